import { FormAssociation } from './form-association.js';
import { MspElement } from './msp-element.js';

/**
 * An msp element that takes part in a `<form>`: the Constraint Validation API a form and a host
 * expect of a control, and the lifecycle callbacks the platform calls (reset, a surrounding
 * `disabled`, back/forward restore), each handed to the form element that extends this.
 */
export abstract class MspFormAssociatedElement extends MspElement {
  static formAssociated = true;

  protected readonly association = new FormAssociation(this, () => this.showProblems());

  /** The person tried to submit the form, or a host asked to report validity, and the element is invalid: show why. */
  protected abstract showProblems(): void;
  /** The form was reset: back to the value the host gave. */
  protected abstract resetValue(): void;
  /** The browser restores the state the element gave on back/forward navigation. */
  protected abstract restoreState(state: unknown): void;

  get validity(): ValidityState {
    return this.association.validity;
  }
  get validationMessage(): string {
    return this.association.validationMessage;
  }
  /** True while shown only for reading in a mode of its own: as with `readonly`, submitted but never validated. */
  protected get readOnlyInForm(): boolean {
    return false;
  }

  get willValidate(): boolean {
    return !this.readOnlyInForm && this.association.willValidate;
  }
  get form(): HTMLFormElement | null {
    return this.association.form;
  }
  checkValidity(): boolean {
    return this.association.checkValidity();
  }
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) this.showProblems();
    return valid;
  }

  /** Disabled by the element's own `disabled`, or by a surrounding `<fieldset disabled>` or form. */
  protected get formDisabled(): boolean {
    return this.association.formDisabled;
  }

  formResetCallback() {
    this.resetValue();
  }

  formDisabledCallback(disabled: boolean) {
    this.association.formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete') {
    if (reason !== 'restore' || typeof state !== 'string') return;
    try {
      this.restoreState(JSON.parse(state));
    } catch {
      // An unreadable restore state leaves the element as it is.
    }
  }
}
