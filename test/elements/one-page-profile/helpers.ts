import {
  byId,
  settle,
  summaryLinks as allSummaryLinks,
  tabTo as tabToShared,
} from '../../helpers/dom.js';
import type { MspOnePageProfile } from '../../../src/elements/one-page-profile/one-page-profile.component.js';
import type { OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import { sendKeys } from '../../engines.js';

/** Helpers for the <msp-one-page-profile> tests: find controls as a person would, by label, text or id. */

export type Profile = MspOnePageProfile;

export { announced, buttonByText, byId, fieldError, focusName, press, root, settle, waitFor } from '../../helpers/dom.js';

export const statementId = (id: string) => `item-${id}-text`;

/** Sets the element's value to anything a host might give, valid or not. */
export function give(el: Profile, value: unknown) {
  (el as unknown as { value: unknown }).value = value;
}

/** Presses Tab until `name` has focus; fails after `max` presses. */
export const tabTo = (el: Profile, name: string, max = 80) => tabToShared(el, name, max);

export async function type(el: Profile, text: string) {
  await sendKeys({ type: text });
  await settle(el);
}

/** The error summary's links: the id each goes to, and its words. */
export const summaryLinks = (el: Element): { target: string; text: string }[] =>
  allSummaryLinks(el).map(({ target, text }) => ({ target, text }));

/** Every statement of a record, in page order. */
export const statementsOf = (record: OnePageProfileRecord) =>
  [...record.likedAndAdmired, ...record.importantToMe, ...record.howToSupportMe].map((statement) => statement.text);

/** The record's words a page must show: the name, statements, chart, and notes. */
export function wordsOf(record: OnePageProfileRecord): string[] {
  return [
    record.name,
    ...statementsOf(record),
    ...(record.communication ?? []).flatMap((row) => [row.whatIsHappening, row.whatIDo, row.weThinkItMeans, row.weShould]),
    ...(record.helpedBy ? [record.helpedBy] : []),
    record.sharedWith,
  ];
}

/** A file holding the bytes of a data URL, as if the person picked it. */
export function fileFromDataUrl(dataUrl: string, name: string): File {
  const [head, data] = dataUrl.split(',');
  const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  return new File([bytes], name, { type: head.slice(5, -7) });
}

/** Picks a file in the photo field, as the file chooser does. */
export function pickFile(el: Profile, file: File) {
  const input = byId<HTMLInputElement>(el, 'photo');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
