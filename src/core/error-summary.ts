import { html, nothing } from 'lit';
import { errorSummaryTitle } from './common-messages.js';

export interface FieldError {
  /** The id of the control inside the element's shadow root. */
  fieldId: string;
  message: string;
}

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
 * The container takes focus when shown (see `MspFormElement`), so screen readers announce it.
 */
export function errorSummary(errors: readonly FieldError[], root: () => ShadowRoot | null) {
  if (errors.length === 0) return nothing;
  const follow = (event: Event, fieldId: string) => {
    event.preventDefault();
    const shadow = root();
    if (shadow) focusField(shadow, fieldId);
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" data-error-summary>
    <div role="alert">
      <h2 class="error-summary__title">${errorSummaryTitle()}</h2>
      <ul class="error-summary__list">
        ${errors.map(
          (error) =>
            html`<li><a href=${`#${error.fieldId}`} @click=${(event: Event) => follow(event, error.fieldId)}>${error.message}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}
