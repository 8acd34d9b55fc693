import { html, nothing } from 'lit';
import { errorPrefix } from './common-messages.js';

/**
 * What every field template shares: its options, the hint, the error message with its hidden
 * "Error:" prefix, and the ids that tie them to the control with `aria-describedby`.
 */

export interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  /** A message to show now; pass undefined until the person has interacted or submitted. */
  error?: string;
  disabled?: boolean;
}

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids to put in `aria-describedby`, or undefined when there are none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export function errorMessage(id: string, message: string | undefined) {
  if (!message) return nothing;
  return html`<p id=${errorId(id)} class="error-message">
    <span class="visually-hidden">${errorPrefix()}</span> ${message}
  </p>`;
}

export function hint(id: string, text: string | undefined) {
  return text ? html`<div id=${hintId(id)} class="hint">${text}</div>` : nothing;
}

export function groupClass(error: string | undefined) {
  return error ? 'form-group form-group--error' : 'form-group';
}
