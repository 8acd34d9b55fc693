import { root, settle, tabTo as tabToShared } from '../../helpers/dom.js';
import type { MspExperienceQuestionnaire } from '../../../src/elements/experience-questionnaire/experience-questionnaire.component.js';

/** Helpers for the <msp-experience-questionnaire> tests: find controls as a person would, by label, text or id. */

export type Questionnaire = MspExperienceQuestionnaire;

export { buttonByText, focusName, press, root, settle } from '../../helpers/dom.js';

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

export const hasButton = (el: Element, text: string) =>
  [...root(el).querySelectorAll('button')].some((candidate) => candidate.textContent!.trim() === text);

export function focused(el: Element): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

/** Presses Tab until `name` has focus; fails after `max` presses. */
export const tabTo = (el: Questionnaire, name: string, max = 30) => tabToShared(el, name, max);

/** Shift+Tab back to a control before focus, as Back is. */
export const tabBackTo = (el: Questionnaire, name: string, max = 30) => tabToShared(el, name, max, 'Shift+Tab');

/** The progress line of one question at a time, e.g. "Question 3 of 9". */
export const progress = (el: Element) => root(el).getElementById('progress')?.textContent!.trim();

/** The published JSON Schema, as a vendor would fetch it. */
export async function publishedSchema(): Promise<object> {
  const response = await fetch('/schemas/experience-questionnaire.schema.json');
  return response.json();
}
