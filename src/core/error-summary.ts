import { html, nothing } from 'lit';
import { errorSummaryTitle } from './common-messages.js';

export interface FieldError {
  /** The id of the control inside the element's shadow root that the summary links to. */
  fieldId: string;
  /** The question the problem belongs to, where the link goes to one part of it (a date's month box); defaults to `fieldId`. */
  field?: string;
  message: string;
}

/** The question a problem belongs to. */
export const questionOf = (error: FieldError) => error.field ?? error.fieldId;

/**
 * Moves focus to a control inside a shadow root and brings its label (or legend) into view,
 * the way GOV.UK's error summary does for fields in the light DOM.
 */
export function focusField(root: ShadowRoot | DocumentFragment, fieldId: string): boolean {
  const control = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId)}`);
  if (!control) return false;
  const fieldset = control.closest('fieldset');
  const label =
    fieldset?.querySelector('legend') ??
    root.querySelector<HTMLElement>(`label[for="${CSS.escape(fieldId)}"]`) ??
    control;
  control.focus({ preventScroll: true });
  label.scrollIntoView({ block: 'start' });
  return true;
}

/**
 * The GOV.UK error summary: a titled list of links, one per problem, at the top of the element.
 * It is announced by taking focus at each attempt to complete the tool (see `MspFormElement`),
 * not by a live region, so a screen reader reads it once per attempt rather than at every
 * change while the person fixes the problems.
 */
export function errorSummary(errors: readonly FieldError[], root: () => ShadowRoot | null) {
  if (errors.length === 0) return nothing;
  const follow = (event: Event, fieldId: string) => {
    event.preventDefault();
    const shadow = root();
    if (shadow) focusField(shadow, fieldId);
  };
  return html`<div
    class="error-summary"
    part="error-summary"
    role="region"
    aria-labelledby="error-summary-title"
    tabindex="-1"
    data-error-summary
  >
    <h2 class="error-summary__title" id="error-summary-title">${errorSummaryTitle()}</h2>
    <ul class="error-summary__list">
      ${errors.map(
        (error) =>
          html`<li><a href=${`#${error.fieldId}`} @click=${(event: Event) => follow(event, error.fieldId)}>${error.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** Errors in the order their fields appear, as the GOV.UK error summary lists them. */
export function inPageOrder(errors: FieldError[], root: ShadowRoot | null): FieldError[] {
  if (!root || errors.length < 2) return errors;
  const position = new Map(errors.map((error) => [error, root.querySelector(`#${CSS.escape(error.fieldId)}`)] as const));
  return [...errors].sort((a, b) => {
    const first = position.get(a);
    const second = position.get(b);
    if (!first || !second) return first ? -1 : second ? 1 : 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
