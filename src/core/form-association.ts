/**
 * A form element's part in its `<form>`, over `ElementInternals`: the value the form submits, the
 * Constraint Validation API, custom states, and telling a quiet validity check (a host's
 * `form.checkValidity()`) from the person trying to submit. The element keeps the lifecycle
 * callbacks (reset, disabled, restore), which the platform calls on it, and hands them the work.
 */
export class FormAssociation {
  readonly internals: ElementInternals;
  /** Disabled by a surrounding `<fieldset disabled>` or form. */
  formDisabled = false;
  #quietCheck = false;

  readonly #host: HTMLElement;
  readonly #onSubmitAttempt: () => void;

  constructor(
    host: HTMLElement,
    /** The person tried to submit the form and this element was invalid. */
    onSubmitAttempt: () => void,
  ) {
    this.#host = host;
    this.#onSubmitAttempt = onSubmitAttempt;
    this.internals = host.attachInternals();
    host.addEventListener('invalid', this.#onInvalid);
  }

  /** What the form submits, and the state the browser keeps for back/forward restore. */
  setValue(value: string | null, state: string): void {
    this.internals.setFormValue(value, state);
  }

  setValidity(flags: ValidityStateFlags, message?: string, anchor?: HTMLElement): void {
    if (Object.keys(flags).length === 0) this.internals.setValidity({});
    else this.internals.setValidity(flags, message, anchor);
  }

  /** Turns a custom state (`:state(name)`) on or off. */
  setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet: the state is cosmetic only.
    }
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Checks without showing anything: the `invalid` event this fires is not an attempt to submit. */
  checkValidity(): boolean {
    this.#quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#quietCheck = false;
    }
  }

  requestSubmit(): void {
    this.internals.form?.requestSubmit();
  }

  /**
   * `invalid` fires both for a quiet `form.checkValidity()` and when the person tries to submit
   * the form. Only the second moves focus to the element, so errors are shown only then.
   */
  #onInvalid = () => {
    if (this.#quietCheck) return;
    // A submission moves focus into the first invalid control; a host's quiet check does not.
    const focusedBefore = this.#host.matches(':focus-within');
    setTimeout(() => {
      if (!focusedBefore && this.#host.matches(':focus-within')) this.#onSubmitAttempt();
    });
  };
}
