import { sendKeys } from '@web/test-runner-commands';
import type { MspExperienceQuestionnaire } from '../../../src/elements/experience-questionnaire/experience-questionnaire.component.js';

/** Helpers for the <msp-experience-questionnaire> tests: find controls as a person would, by label, text or id. */

export type Questionnaire = MspExperienceQuestionnaire;

export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export async function settle(el: Questionnaire) {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await el.updateComplete;
}

/** The radio groups shown, each by its question's words (the legend's text). */
export function questionGroups(el: Element): { words: string; group: HTMLFieldSetElement }[] {
  return [...root(el).querySelectorAll('fieldset fieldset')].map((group) => ({
    words: group.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim(),
    group: group as HTMLFieldSetElement,
  }));
}

/** The words of every question shown, in order. */
export const questionWords = (el: Element) => questionGroups(el).map((question) => question.words);

/** The radio of a question, found by the question's words and the answer's word. */
export function answerRadio(el: Element, question: string, answer: string): HTMLInputElement {
  const found = questionGroups(el).find((candidate) => candidate.words === question);
  if (!found) throw new Error(`no question "${question}" among: ${questionWords(el).join(' | ')}`);
  const label = [...found.group.querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === answer);
  if (!label) throw new Error(`question "${question}" has no answer "${answer}"`);
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
}

/** Chooses an answer the way a click does. */
export async function choose(el: Questionnaire, question: string, answer: string) {
  answerRadio(el, question, answer).click();
  await settle(el);
}

export function buttonByText(el: Element, text: string): HTMLButtonElement {
  const button = [...root(el).querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

export const hasButton = (el: Element, text: string) =>
  [...root(el).querySelectorAll('button')].some((candidate) => candidate.textContent!.trim() === text);

export function focused(el: Element): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

/** A short name for what has focus inside the element: its id, the submit button's part, or its text. */
export function focusName(el: Element): string {
  if (document.activeElement !== el) return document.activeElement?.id || document.activeElement?.localName || 'none';
  const active = focused(el);
  if (!active) return 'none';
  if (active.id) return active.id;
  if (active.getAttribute('part')) return `part:${active.getAttribute('part')}`;
  return `${active.localName}:${active.textContent!.trim()}`;
}

export async function press(el: Questionnaire, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

/** Presses Tab until `name` has focus; fails after `max` presses. */
export async function tabTo(el: Questionnaire, name: string, max = 30) {
  for (let i = 0; i < max; i++) {
    await press(el, 'Tab');
    if (focusName(el) === name) return;
  }
  throw new Error(`Tab never reached ${name}; last focus: ${focusName(el)}`);
}

/** The progress line of one question at a time, e.g. "Question 3 of 9". */
export const progress = (el: Element) => root(el).getElementById('progress')?.textContent!.trim();

/** The published JSON Schema, as a vendor would fetch it. */
export async function publishedSchema(): Promise<object> {
  const response = await fetch('/schemas/experience-questionnaire.schema.json');
  return response.json();
}
