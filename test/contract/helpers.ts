
export type MspElement = HTMLElement & {
  value: unknown;
  name: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  validity: ValidityState;
  validationMessage: string;
  willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  complete(): boolean;
  markSaved(): void;
  updateComplete: Promise<boolean>;
};

export { root as shadow, settle } from '../helpers/dom.js';
import { root as shadow } from '../helpers/dom.js';
import { sendKeys } from '../engines.js';

/** The first multi-line text field the element shows. */
export function firstTextarea(el: Element): HTMLTextAreaElement {
  const area = shadow(el).querySelector('textarea');
  if (!area) throw new Error('no textarea rendered');
  return area;
}

/** Types as a person would: focus the control, then real key presses. */
export async function typeInto(control: HTMLElement, text: string) {
  control.focus();
  await sendKeys({ type: text });
}

export function visibleErrorSummary(el: Element): HTMLElement | null {
  return shadow(el).querySelector('[data-error-summary]');
}

/** Records every event of the given types that reaches the document. */
export function recordEvents(types: string[]) {
  const seen: Event[] = [];
  const listener = (event: Event) => seen.push(event);
  for (const type of types) document.addEventListener(type, listener);
  return {
    seen,
    of: (type: string) => seen.filter((event) => event.type === type),
    stop: () => types.forEach((type) => document.removeEventListener(type, listener)),
  };
}
