import { badValueValidation } from './common-messages.js';
import type { ErrorDisplay } from './error-display.js';
import { focusField, type FieldError } from './error-summary.js';
import type { FormAssociation } from './form-association.js';
import type { RecordIssue } from '../schemas/issues.js';
import { validityFlagsFor } from './validity.js';

/** What validity reads of the record model. */
export interface RecordState {
  readonly issues: readonly RecordIssue[];
  readonly unreadable?: unknown;
  readonly empty: boolean;
  readonly edited: boolean;
  optionalAndEmpty(required: boolean): boolean;
}

export interface FormValidityHost {
  readonly required: boolean;
  readonly shadowRoot: ShadowRoot | null;
  requestUpdate(): void;
}

/**
 * A form element's validity as the form and the person see it: the Constraint API's flags and
 * message anchored on the first field at fault, the `user-invalid` and `edited` states, and an
 * attempt to submit, which lists every problem and moves focus to the list once it is drawn.
 */
export class FormValidity {
  #focusSummaryAfterUpdate = false;

  readonly #host: FormValidityHost;
  readonly #association: FormAssociation;
  readonly #model: RecordState;
  readonly #errors: ErrorDisplay;
  readonly #fieldErrors: () => FieldError[];
  readonly #readOnlyInForm: () => boolean;

  constructor(
    host: FormValidityHost,
    association: FormAssociation,
    model: RecordState,
    errors: ErrorDisplay,
    fieldErrors: () => FieldError[],
    /** Shown only for reading in a mode of its own: nothing in the record stops the form. */
    readOnlyInForm: () => boolean,
  ) {
    this.#host = host;
    this.#association = association;
    this.#model = model;
    this.#errors = errors;
    this.#fieldErrors = fieldErrors;
    this.#readOnlyInForm = readOnlyInForm;
  }

  apply(): void {
    const { issues, unreadable } = this.#model;
    const first = this.#fieldErrors()[0];
    const anchor = (first && this.#host.shadowRoot?.querySelector<HTMLElement>(`#${CSS.escape(first.fieldId)}`)) || undefined;
    if (this.#readOnlyInForm()) this.#association.setValidity({});
    else if (unreadable) this.#association.setValidity({ badInput: true }, badValueValidation(), anchor);
    else if (issues.length === 0 || this.#model.optionalAndEmpty(this.#host.required)) this.#association.setValidity({});
    else {
      const flags = this.#model.empty ? { valueMissing: true } : validityFlagsFor(issues[0]);
      this.#association.setValidity(flags, first?.message ?? badValueValidation(), anchor);
    }
    this.#association.setState('user-invalid', this.#errors.engaged && !this.#association.validity.valid);
    this.#association.setState('edited', this.#model.edited);
  }

  /** An attempt to complete: list every problem now, and move focus to the list. */
  attempt(): void {
    this.#errors.attempt(this.#fieldErrors());
    this.#focusSummaryAfterUpdate = true;
    this.apply();
    this.#host.requestUpdate();
  }

  /** After an update: the error summary of an attempt takes focus (or, without one, the first field at fault). */
  updated(): void {
    if (!this.#focusSummaryAfterUpdate) return;
    this.#focusSummaryAfterUpdate = false;
    const root = this.#host.shadowRoot;
    const summary = root?.querySelector<HTMLElement>('[data-error-summary]');
    if (summary) summary.focus();
    else {
      const first = this.#fieldErrors()[0];
      if (first && root) focusField(root, first.fieldId);
    }
  }
}
