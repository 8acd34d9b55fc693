import { byId, option, settle } from '../../helpers/dom.js';
import { sendKeys } from '../../engines.js';
import type { MspReviewClose } from '../../../src/elements/review-close/review-close.component.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import type { ReviewCloseRecord } from '../../../src/schemas/review-close.js';
import { susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { compile2020, compileDraft07, type Validate } from '../../vendor/ajv.js';

/** Helpers for the <msp-review-close> tests: find controls as a person would, by id or label. */

export type ReviewClose = MspReviewClose & { value: ReviewCloseRecord };

/** Susi's outcomes without the one she no longer wants: an outcome-capture record with three outcomes. */
export const threeOutcomes: OutcomeCaptureRecord = {
  ...structuredClone(susiRecord),
  outcomes: structuredClone(susiRecord.outcomes.filter((outcome) => !outcome.withdrawn)),
} as OutcomeCaptureRecord;

export { byId, collect, fieldError, has, option, root, settle, summaryLinks, typeInto } from '../../helpers/dom.js';

/** Picks an answer the way a click does. */
export async function choose(el: ReviewClose, name: string, value: string) {
  option(el, name, value).click();
  await settle(el);
}

/** The published JSON Schemas, compiled as a vendor would: draft 2020-12 and draft-07. */
export async function publishedValidators(): Promise<{ draft2020: Validate; draft07: Validate }> {
  const load = async (file: string) => (await (await fetch(`/schemas/${file}`)).json()) as object;
  return {
    draft2020: compile2020(await load('review-close.schema.json')),
    draft07: compileDraft07(await load('review-close.draft-07.schema.json')),
  };
}

/** Types a date into its day, month and year boxes, as a person would, and leaves the year box. */
export async function enterDate(el: ReviewClose, id: string, [day, month, year]: string[]) {
  for (const [box, text] of [[id, day], [`${id}-month`, month], [`${id}-year`, year]]) {
    const input = byId<HTMLInputElement>(el, box);
    input.focus();
    input.select();
    await sendKeys({ type: text });
  }
  byId(el, `${id}-year`).dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}
