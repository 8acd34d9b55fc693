import { byId, has, option, root, settle } from '../../helpers/dom.js';
import type { MspOutcomeCapture } from '../../../src/elements/outcome-capture/outcome-capture.component.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { mrsTRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { sendKeys } from '../../engines.js';

/** Helpers for the <msp-outcome-capture> tests: find controls as a person would, by label or id. */

export type OutcomeCapture = MspOutcomeCapture;

export {
  buttonByText,
  byId,
  byLabel as controlByLabel,
  collect,
  fieldError,
  has,
  option,
  root,
  settle,
  summaryLinks,
  typeInto,
  type SummaryLink,
} from '../../helpers/dom.js';

/** Picks an answer the way a click does. */
export async function choose(el: OutcomeCapture, name: string, value: string) {
  option(el, name, value).click();
  await settle(el);
}

/** The words boxes of the outcomes shown, in order. */
export function wordsBoxes(el: Element): HTMLTextAreaElement[] {
  return [...root(el).querySelectorAll<HTMLTextAreaElement>('textarea')].filter((area) => /^outcome-.+-words$/.test(area.id));
}

/** The outcome id a words box belongs to. */
export function outcomeIdOf(box: HTMLElement): string {
  const match = /^outcome-(.+)-(words|reason|withdraw-reason|area)$/.exec(box.id);
  if (!match) throw new Error(`${box.id} is not an outcome control`);
  return match[1];
}

/** The list item of one outcome. */
export function outcomeItem(el: Element, outcomeId: string): HTMLElement {
  const control = byId(el, `outcome-${outcomeId}-words`);
  return control.closest('li')!;
}

export function focused(el: Element): Element | null {
  return root(el).activeElement;
}

/** Replaces what a text box holds by selecting it all and typing over it. */
export async function typeOver(el: OutcomeCapture, control: HTMLTextAreaElement | HTMLInputElement, text: string) {
  control.focus();
  control.select();
  await sendKeys({ type: text });
  await settle(el);
}

/** Puts a long text in a box at once (as a paste does), then leaves the box if asked. */
export async function paste(el: OutcomeCapture, control: HTMLTextAreaElement | HTMLInputElement, text: string, leave = false) {
  control.focus();
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  if (leave) control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

export function summary(el: Element): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[data-error-summary]');
}

/** Types a date into the day, month and year boxes of a date question, as a person does. */
export async function enterDate(el: OutcomeCapture, id: string, day: string, month: string, year: string) {
  for (const [box, text] of [[id, day], [`${id}-month`, month], [`${id}-year`, year]] as const) {
    const input = byId<HTMLInputElement>(el, box);
    input.focus();
    input.select();
    if (text) await sendKeys({ type: text });
    else await sendKeys({ press: 'Backspace' });
  }
  byId<HTMLInputElement>(el, `${id}-year`).dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Answers every question but the outcomes: a conversation, information, capacity. */
export async function answerTheRest(el: OutcomeCapture) {
  if (has(el, 'conversation-date')) await enterDate(el, 'conversation-date', '5', '1', '2026');
  await choose(el, 'conversation-method', 'face-to-face');
  await choose(el, 'information-given', 'yes');
  await choose(el, 'lacked-capacity', 'no');
}

/** A complete record with outcomes expressed, built from Mrs T's: the caller adds outcomes. */
export function expressedRecord(outcomes: OutcomeCaptureRecord['outcomes']): OutcomeCaptureRecord {
  return { ...structuredClone(mrsTRecord), asked: 'asked-expressed', expressedBy: 'person', outcomes } as OutcomeCaptureRecord;
}

export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;
