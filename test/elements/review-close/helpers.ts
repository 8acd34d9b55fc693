import { sendKeys } from '@web/test-runner-commands';
import type { MspReviewClose } from '../../../src/elements/review-close/review-close.component.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import type { ReviewCloseRecord } from '../../../src/schemas/review-close.js';
import { susiRecord } from '../../../stories/states/outcome-capture.records.js';
import { compile2020, compileDraft07, type Validate } from '../../vendor/ajv.js';

/** Helpers for the <msp-review-close> tests: find controls as a person would, by id or label. */

export type ReviewClose = MspReviewClose & { value: ReviewCloseRecord };

/** Susi's outcomes without the one she no longer wants: an outcome-capture record with three outcomes. */
export const threeOutcomes: OutcomeCaptureRecord = {
  ...structuredClone(susiRecord),
  outcomes: structuredClone(susiRecord.outcomes.filter((outcome) => !outcome.withdrawn)),
} as OutcomeCaptureRecord;

export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function byId<T extends HTMLElement = HTMLElement>(el: Element, id: string): T {
  const found = root(el).getElementById(id);
  if (!found) throw new Error(`#${id} is not rendered`);
  return found as T;
}

export const has = (el: Element, id: string) => root(el).getElementById(id) !== null;

/** The radio or checkbox of a question (`name`) that stands for `value`. */
export function option(el: Element, name: string, value: string): HTMLInputElement {
  const found = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((input) => input.value === value);
  if (!found) throw new Error(`no ${name} option for ${value}`);
  return found;
}

export async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await el.updateComplete;
}

/** Picks an answer the way a click does. */
export async function choose(el: ReviewClose, name: string, value: string) {
  option(el, name, value).click();
  await settle(el);
}

/** Types as a person does: focus, then real key presses. */
export async function typeInto(el: ReviewClose, control: HTMLElement, text: string) {
  control.focus();
  await sendKeys({ type: text });
  await settle(el);
}

/** The message shown beside a field, without its hidden prefix. */
export function fieldError(el: Element, fieldId: string): string | undefined {
  const message = root(el).getElementById(`${fieldId}-error`);
  return message ? message.textContent!.replace(/^\s*(Error|Gwall):/, '').replace(/\s+/g, ' ').trim() : undefined;
}

export function summaryLinks(el: Element) {
  return [...root(el).querySelectorAll<HTMLAnchorElement>('[data-error-summary] a')].map((link) => ({
    target: link.getAttribute('href')!.replace(/^#/, ''),
    text: link.textContent!.trim(),
    link,
  }));
}

/** The published JSON Schemas, compiled as a vendor would: draft 2020-12 and draft-07. */
export async function publishedValidators(): Promise<{ draft2020: Validate; draft07: Validate }> {
  const load = async (file: string) => (await (await fetch(`/schemas/${file}`)).json()) as object;
  return {
    draft2020: compile2020(await load('review-close.schema.json')),
    draft07: compileDraft07(await load('review-close.draft-07.schema.json')),
  };
}

/** Every event of a type the element fires, with its detail. */
export function collect<T = unknown>(el: Element, type: string) {
  const details: T[] = [];
  el.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}
