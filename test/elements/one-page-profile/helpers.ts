import { sendKeys } from '@web/test-runner-commands';
import type { MspOnePageProfile } from '../../../src/elements/one-page-profile/one-page-profile.component.js';
import type { OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';

/** Helpers for the <msp-one-page-profile> tests: find controls as a person would, by label, text or id. */

export type Profile = MspOnePageProfile;

export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** A control inside the element, by its id; throws if it is not rendered. */
export function byId<T extends HTMLElement = HTMLElement>(el: Element, id: string): T {
  const found = root(el).getElementById(id);
  if (!found) throw new Error(`#${id} is not rendered`);
  return found as T;
}

export const statementId = (id: string) => `item-${id}-text`;

export function buttonByText(scope: ParentNode, text: string): HTMLButtonElement {
  const button = [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

/** Sets the element's value to anything a host might give, valid or not. */
export function give(el: Profile, value: unknown) {
  (el as unknown as { value: unknown }).value = value;
}

export async function settle(el: Profile) {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await el.updateComplete;
}

/** Waits for something that happens after a file is read or a photo decoded. */
export async function waitFor(condition: () => boolean, what: string, timeout = 5000) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Presses a key, or a key with Shift held (`Shift+Tab`). */
export async function press(el: Profile, key: string) {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await settle(el);
}

/** What has focus inside the element: a control's id, or a button's words. */
export function focusName(el: Profile): string {
  if (document.activeElement !== el) return document.activeElement?.id || document.activeElement?.localName || 'none';
  const active = root(el).activeElement as HTMLElement | null;
  if (!active) return 'none';
  if (active.id) return active.id;
  if (active.getAttribute('part')) return `part:${active.getAttribute('part')}`;
  return `${active.localName}:${active.textContent!.replace(/\s+/g, ' ').trim()}`;
}

/** Presses Tab until `name` has focus; fails after `max` presses. */
export async function tabTo(el: Profile, name: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await press(el, 'Tab');
    if (focusName(el) === name) return;
  }
  throw new Error(`Tab never reached ${name}; last focus: ${focusName(el)}`);
}

export async function type(el: Profile, text: string) {
  await sendKeys({ type: text });
  await settle(el);
}

/** What the element last said through its polite live region. */
export function announcement(el: Element): string {
  return root(el).querySelector('[data-announcer]')!.textContent!.trim();
}

/** The message shown beside a field, without its hidden prefix. */
export function fieldError(el: Element, fieldId: string): string | undefined {
  const message = root(el).getElementById(`${fieldId}-error`);
  return message?.textContent!.replace('Error:', '').replace(/\s+/g, ' ').trim();
}

export function summaryLinks(el: Element): { target: string; text: string }[] {
  return [...root(el).querySelectorAll<HTMLAnchorElement>('[data-error-summary] a')].map((link) => ({
    target: link.getAttribute('href')!.replace(/^#/, ''),
    text: link.textContent!.trim(),
  }));
}

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
