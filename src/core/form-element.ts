import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import type { RecordIssue } from '../schemas/issues.js';
import { LIMITS } from '../schemas/limits.js';
import { safeParseWith } from '../schemas/parse.js';
import { formStyles } from '../styles/form.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import {
  badValueNotice,
  badValueValidation,
  discardDraft,
  draftRestoredNotice,
  formatDateTime,
} from './common-messages.js';
import { DraftController, type DraftStore } from './drafts.js';
import { errorSummary, focusField, type FieldError } from './error-summary.js';
import {
  MspChangeEvent,
  MspErrorEvent,
  MspInputEvent,
  MspSubmitEvent,
  type MspErrorCode,
} from './events.js';
import { getLocale, subscribeToLocale, type LocaleListener } from './locale.js';
import { newId, nowWithOffset } from './time.js';
import { VERSION } from './version.js';

/** The envelope fields the base keeps for the element; the element adds its own fields. */
export interface EnvelopeParts {
  id: string;
  caseRef: string;
  subjectRef?: string;
  recordedAt: string;
  recordedBy?: string;
  locale: 'en-GB' | 'cy';
}

/** A value the host gave that could not be used; kept exactly as given. */
interface UnreadableValue {
  raw: unknown;
  code: MspErrorCode;
  issues: RecordIssue[];
}

/** The envelope as given: references in a value are kept unless the host's attributes override them. */
type StoredEnvelope = Pick<EnvelopeParts, 'id' | 'recordedAt'> & Partial<Pick<EnvelopeParts, 'caseRef' | 'subjectRef' | 'recordedBy'>>;

interface Snapshot<TState> {
  state: TState;
  envelope: StoredEnvelope;
  edited: boolean;
}

/**
 * The one base every msp element stands on: a form-associated custom element whose value is a
 * typed record, validated by the record's zod schema. It owns the shared contract — form
 * participation, validity, reset and restore, the `value` property and attribute, events, the
 * error summary, locale, drafts and the unsaved-changes warning — so an element only describes
 * its state, how state maps to a record, its fields, and what each schema issue means to a person.
 *
 * @fires {MspInputEvent} msp-input - Every edit. `detail: { value, valid }`.
 * @fires {MspChangeEvent} msp-change - A committed edit: a choice made, a field left, an item added or removed.
 * @fires {MspSubmitEvent} msp-submit - The tool was completed; `detail` is the valid record. Cancelable: cancel it to stop the surrounding form being submitted.
 * @fires {MspErrorEvent} msp-error - The host gave something unusable: an invalid `value`, malformed JSON, an unknown locale, or storage that failed. `detail: { code, message, issues }`, never the person's words.
 * @fires {Event} input - Native, from the host element, with every edit.
 * @fires {Event} change - Native, from the host element, with every committed edit.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart error-summary - The list of problems shown after an attempt to submit.
 * @csspart notice - A message about restored or unreadable answers.
 * @csspart submit-button - The button that completes the tool.
 *
 * @cssprop --msp-font-family - Text font. Default: Arial, 'Helvetica Neue', Helvetica, sans-serif.
 * @cssprop --msp-text-colour - Text. Default: #0b0c0c.
 * @cssprop --msp-secondary-text-colour - Hints. Default: #484949.
 * @cssprop --msp-background-colour - Inputs. Default: #ffffff.
 * @cssprop --msp-panel-colour - Panels such as each outcome. Default: #f3f2f1.
 * @cssprop --msp-border-colour - Dividers. Default: #b1b4b6.
 * @cssprop --msp-input-border-colour - Input borders. Default: #0b0c0c.
 * @cssprop --msp-focus-colour - Focus highlight. Default: #ffdd00.
 * @cssprop --msp-focus-text-colour - Text on the focus highlight. Default: #0b0c0c.
 * @cssprop --msp-error-colour - Errors. Default: #d4351c.
 * @cssprop --msp-link-colour - Links. Default: #1d70b8.
 * @cssprop --msp-button-colour - The primary button. Default: #00703c.
 * @cssprop --msp-button-text-colour - Text on the primary button. Default: #ffffff.
 * @cssprop --msp-button-shadow-colour - The primary button's shadow. Default: #002d18.
 * @cssprop --msp-secondary-button-colour - Secondary buttons. Default: #f3f2f1.
 * @cssprop --msp-secondary-button-shadow-colour - Their shadow. Default: #929191.
 * @cssprop --msp-warning-button-colour - Warning buttons. Default: #d4351c.
 * @cssprop --msp-notice-colour - The border of notices. Default: #1d70b8.
 * @cssprop --msp-disabled-text-colour - Text, borders and controls that cannot be used now. Default: #5f6568.
 * @cssprop --msp-disabled-background-colour - Inputs that cannot be used now. Default: #f3f2f1.
 * @cssprop --msp-font-size - Body text. Default: max(19px, 1.1875rem); max(16px, 1rem) on narrow screens. The px floor holds on a page with a small root font; the rem part grows with text zoom.
 * @cssprop --msp-small-font-size - Small text. Default: max(16px, 1rem); max(14px, 0.875rem) on narrow screens.
 * @cssprop --msp-heading-l-size - Large headings. Default: max(36px, 2.25rem); max(27px, 1.6875rem) on narrow screens.
 * @cssprop --msp-heading-m-size - Section headings, question headings and the error summary's title. Default: max(24px, 1.5rem); max(21px, 1.3125rem) on narrow screens.
 * @cssprop --msp-heading-s-size - Small headings. Default: max(19px, 1.1875rem); max(16px, 1rem) on narrow screens.
 * @cssprop --msp-control-size - Radios and checkboxes, and the least height of inputs, selects and buttons. Default: max(40px, 2.5rem).
 * @cssprop --msp-line-height - Line height. Default: 1.32.
 * @cssprop --msp-space - The spacing unit. Default: max(15px, 0.9375rem).
 * @cssprop --msp-radius - Corner radius of inputs and buttons. Default: 0.
 * @cssprop --msp-max-width - Longest line of a form section. Default: max(640px, 40rem).
 */
export abstract class MspFormElement<TRecord, TState> extends LitElement {
  static formAssociated = true;
  static version = VERSION;
  static override styles = [tokens, formStyles];

  static override properties = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    value: { attribute: 'value', noAccessor: true },
    caseRef: { attribute: 'case-ref' },
    subjectRef: { attribute: 'subject-ref' },
    recordedBy: { attribute: 'recorded-by' },
    draftKey: { attribute: 'draft-key' },
    draftStorage: { attribute: 'draft-storage' },
    draftStore: { attribute: false },
    warnUnsaved: { attribute: 'warn-unsaved', type: Boolean },
  };

  /** The name under which the record's JSON is submitted with the form. */
  declare name: string;
  /** The record must be complete and valid for the form to submit. */
  declare required: boolean;
  /** Shown but not editable, and not submitted. */
  declare disabled: boolean;
  /** Shown as a summary that cannot be edited. */
  declare readonly: boolean;
  /** The host's reference for the case; copied into the record's `caseRef`. */
  declare caseRef: string | undefined;
  /** The host's reference for the person; copied into `subjectRef`. */
  declare subjectRef: string | undefined;
  /** The host's reference for who is recording; copied into `recordedBy`. */
  declare recordedBy: string | undefined;
  /** Turns on draft saving under this key, given a store. */
  declare draftKey: string | undefined;
  /** `session` keeps drafts in this tab's sessionStorage. Nothing is stored otherwise, unless `draftStore` is set. */
  declare draftStorage: string | undefined;
  /** A store of the host's own for drafts. */
  declare draftStore: DraftStore | undefined;
  /** Ask the browser to warn before leaving the page with unsaved edits. */
  declare warnUnsaved: boolean;

  protected readonly internals: ElementInternals;
  protected state: TState;
  private envelope: StoredEnvelope;
  private unreadable?: UnreadableValue;
  private hostValue: unknown = null;
  private hostValueJson: string | null = null;
  private edited = false;
  private formDisabled = false;
  private showAllErrors = false;
  private focusSummaryAfterUpdate = false;
  private readonly touched = new Set<string>();
  private issues: RecordIssue[] = [];
  private unsubscribeLocale?: () => void;
  protected readonly drafts: DraftController;

  protected abstract readonly schema: z.ZodMiniType<TRecord>;
  /** The state of an element nobody has filled in. */
  protected abstract emptyState(): TState;
  /** State from a record, or as much of one as can be read from a value that failed the schema. */
  protected abstract stateFromValue(value: unknown): TState;
  /** State from a snapshot taken by this element (a draft or the browser's form restore), or undefined if unreadable. */
  protected abstract reviveState(snapshot: unknown): TState | undefined;
  protected abstract recordFromState(state: TState, envelope: EnvelopeParts): TRecord;
  protected abstract isEmpty(state: TState): boolean;
  /** Where a schema issue is shown, and what it says to a person, in the current locale. */
  protected abstract fieldErrorFor(issue: RecordIssue, state: TState): FieldError | undefined;
  protected abstract renderFields(): TemplateResult;
  protected abstract renderSummary(): TemplateResult;
  protected abstract submitLabel(): string;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.required = false;
    this.disabled = false;
    this.readonly = false;
    this.warnUnsaved = false;
    this.state = undefined as TState;
    this.envelope = { id: newId(), recordedAt: nowWithOffset() };
    this.drafts = new DraftController(this, {
      restore: (snapshot) => this.restoreSnapshot(snapshot),
      failed: (message) => this.reportHostError('storage-failed', message),
    });
    this.addEventListener('invalid', this.onInvalid);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Inner controls' composed `input` events would reach the page retargeted to the host, beside
    // the host's own; the host's one event per edit is the contract.
    root.addEventListener('input', (event) => event.stopPropagation());
    return root;
  }

  override connectedCallback(): void {
    this.state ??= this.emptyState();
    super.connectedCallback();
    for (const error of this.pendingHostErrors.splice(0)) this.dispatchEvent(error);
    this.unsubscribeLocale ??= subscribeToLocale(this.localeListener);
    this.listenBeforeUnload();
    this.syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeLocale?.();
    this.unsubscribeLocale = undefined;
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** Only an element whose host asked for the warning listens for the page being left. */
  private listenBeforeUnload() {
    if (this.warnUnsaved && this.isConnected) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  // ——— value ———

  /**
   * The record. Setting it (an object, or JSON text) replaces what is shown; a value that fails
   * the schema is kept exactly as given, reported with `msp-error`, and shown as far as it can be
   * read. Reading it returns that kept value until the person edits, then the edited record.
   * Setting the same value again (as some frameworks do on every render) changes nothing.
   */
  get value(): TRecord {
    if (this.unreadable) return this.unreadable.raw as TRecord;
    return this.currentRecord();
  }

  set value(next: TRecord | string | null | undefined) {
    const json = next == null || next === '' ? null : typeof next === 'string' ? next : safeStringify(next);
    if (this.hasLoadedHostValue && json === this.hostValueJson) return;
    this.hasLoadedHostValue = true;
    this.hostValue = next ?? null;
    this.hostValueJson = json;
    // A host echoing back the record the element just emitted changes nothing either.
    if (json !== null && this.state !== undefined && json === safeStringify(this.value)) return;
    this.load(json === null ? null : next);
    this.drafts.restoredFrom = undefined;
    this.requestUpdate();
  }

  private hasLoadedHostValue = false;

  /** The record as the element would submit it now, whether or not it is valid yet. */
  protected currentRecord(): TRecord {
    this.state ??= this.emptyState();
    // The host's attributes win over references carried in the value; keys follow the schema's order.
    const subjectRef = this.subjectRef || this.envelope.subjectRef;
    const recordedBy = this.recordedBy || this.envelope.recordedBy;
    return this.recordFromState(this.state, {
      id: this.envelope.id,
      caseRef: this.caseRef || this.envelope.caseRef || '',
      ...(subjectRef ? { subjectRef } : {}),
      recordedAt: this.envelope.recordedAt,
      ...(recordedBy ? { recordedBy } : {}),
      locale: getLocale(),
    });
  }

  private load(input: unknown) {
    this.unreadable = undefined;
    this.edited = false;
    this.showAllErrors = false;
    this.touched.clear();
    if (input === null || input === undefined) {
      this.state = this.emptyState();
      this.envelope = { id: newId(), recordedAt: nowWithOffset() };
      this.syncForm();
      return;
    }
    let parsed: unknown = input;
    if (typeof input === 'string') {
      if (input.length > LIMITS.recordJsonLength) {
        return this.keepUnreadable(input, 'too-large', `The value is ${input.length} characters; the limit is ${LIMITS.recordJsonLength}`);
      }
      try {
        parsed = JSON.parse(input);
      } catch {
        return this.keepUnreadable(input, 'invalid-json', 'The value is not valid JSON');
      }
    } else if ((this.hostValueJson?.length ?? 0) > LIMITS.recordJsonLength) {
      return this.keepUnreadable(input, 'too-large', `The value is larger than ${LIMITS.recordJsonLength} characters of JSON`);
    }
    const result = safeParseWith(this.schema, parsed);
    if (result.success) {
      this.state = this.stateFromValue(result.data);
      this.envelope = envelopeOf(result.data) ?? { id: newId(), recordedAt: nowWithOffset() };
    } else {
      this.state = this.stateFromValue(parsed);
      this.envelope = envelopeOf(parsed) ?? { id: newId(), recordedAt: nowWithOffset() };
      this.unreadable = { raw: input, code: 'invalid-value', issues: result.issues };
      this.showAllErrors = true;
      this.reportHostError('invalid-value', 'The value does not match the record schema', result.issues);
    }
    this.syncForm();
  }

  private keepUnreadable(raw: unknown, code: MspErrorCode, message: string) {
    this.state = this.emptyState();
    this.envelope = { id: newId(), recordedAt: nowWithOffset() };
    this.unreadable = { raw, code, issues: [{ path: [], code, message }] };
    this.reportHostError(code, message, this.unreadable.issues);
    this.syncForm();
  }

  // ——— editing, for subclasses ———

  /**
   * Applies an edit to the state. `commit` marks a finished change (a choice, an added item)
   * and fires `msp-change`; `touch` names a field whose errors may now show.
   */
  protected edit(change: (state: TState) => void, options: { commit?: boolean; touch?: string } = {}) {
    if (this.readonly || this.isDisabled) return;
    change(this.state);
    this.unreadable = undefined;
    this.edited = true;
    this.envelope = { ...this.envelope, recordedAt: nowWithOffset() };
    if (options.touch) this.touched.add(options.touch);
    this.syncForm();
    this.requestUpdate();
    this.drafts.schedule(() => this.snapshot());
    this.emitValueEvents(options.commit ?? false);
  }

  /** A field was left after a change: its errors may now show, and the change is committed. */
  protected commit(fieldId: string) {
    this.touched.add(fieldId);
    this.requestUpdate();
    this.emitValueEvents(true);
  }

  private emitValueEvents(committed: boolean) {
    const detail = { value: this.value, valid: this.issues.length === 0 };
    this.dispatchEvent(new MspInputEvent(detail));
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (committed) {
      this.dispatchEvent(new MspChangeEvent(detail));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  protected get isDisabled() {
    return this.disabled || this.formDisabled;
  }

  // ——— validity ———

  private syncForm() {
    if (this.state === undefined) return;
    const record = this.currentRecord();
    const optionalAndEmpty = !this.required && !this.unreadable && this.isEmpty(this.state);
    // For an unreadable value, the issues are those of what could be read, so each shows at its field.
    this.issues = optionalAndEmpty ? [] : this.validate(record);
    const formValue = this.unreadable
      ? typeof this.unreadable.raw === 'string'
        ? this.unreadable.raw
        : safeStringify(this.unreadable.raw)
      : optionalAndEmpty
        ? null
        : safeStringify(record);
    this.internals.setFormValue(formValue, safeStringify(this.snapshot()));
    this.applyValidity();
  }

  private validate(record: TRecord): RecordIssue[] {
    const result = safeParseWith(this.schema, record);
    return [...(result.success ? [] : result.issues), ...this.contextIssues(record)];
  }

  /**
   * Problems the schema cannot know about because they depend on the moment or the page, such as
   * a date in the future. They block completion in the element but do not make a stored record invalid.
   */
  protected contextIssues(_record: TRecord): RecordIssue[] {
    return [];
  }

  private applyValidity() {
    const errors = this.fieldErrors();
    const first = errors[0];
    const anchor = first ? this.renderRoot?.querySelector?.<HTMLElement>(`#${CSS.escape(first.fieldId)}`) : null;
    if (this.unreadable) {
      this.internals.setValidity({ badInput: true }, badValueValidation(), anchor ?? undefined);
    } else if (this.issues.length === 0) {
      this.internals.setValidity({});
    } else {
      const flags: ValidityStateFlags = this.isEmpty(this.state)
        ? { valueMissing: true }
        : flagFor(this.issues[0]);
      this.internals.setValidity(flags, first?.message ?? badValueValidation(), anchor ?? undefined);
    }
    this.toggleState('user-invalid', (this.showAllErrors || this.touched.size > 0) && !this.internals.validity.valid);
    this.toggleState('edited', this.edited);
  }

  private toggleState(name: string, on: boolean) {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet: the state is cosmetic only.
    }
  }

  /** Every problem with the record now, as a person reads it, one per field. */
  protected fieldErrors(): FieldError[] {
    if (this.state === undefined) return [];
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    for (const issue of this.issues) {
      const error = this.fieldErrorFor(issue, this.state);
      if (error && !seen.has(error.fieldId)) {
        seen.add(error.fieldId);
        errors.push(error);
      }
    }
    return inPageOrder(errors, this.shadowRoot);
  }

  /** The message to show beside a field now: only after it was touched or a submit was tried. */
  protected errorFor(fieldId: string, errors: readonly FieldError[]): string | undefined {
    if (!this.showAllErrors && !this.touched.has(fieldId)) return undefined;
    return errors.find((error) => error.fieldId === fieldId)?.message;
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
  checkValidity(): boolean {
    this.quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.quietCheck = false;
    }
  }
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) this.showErrors();
    return valid;
  }

  private quietCheck = false;

  /**
   * `invalid` fires both for a quiet `form.checkValidity()` and when the person tries to submit
   * the form. Only the second moves focus to the element, so errors are shown only then.
   */
  private onInvalid = () => {
    if (this.quietCheck) return;
    // A submission moves focus into the first invalid control; a host's quiet check does not.
    const focusedBefore = this.matches(':focus-within');
    setTimeout(() => {
      if (!focusedBefore && this.matches(':focus-within')) this.showErrors();
    });
  };

  private showErrors() {
    this.showAllErrors = true;
    this.focusSummaryAfterUpdate = true;
    this.applyValidity();
    this.requestUpdate();
  }

  /**
   * Completes the tool, as its own button does: shows the problems if there are any; otherwise
   * fires `msp-submit` with the record and, unless that is cancelled, submits the surrounding form.
   * Returns whether the record was complete.
   */
  complete(): boolean {
    this.syncForm();
    const record = this.currentRecord();
    if (this.unreadable || this.validate(record).length > 0) {
      this.showErrors();
      return false;
    }
    const event = new MspSubmitEvent(record);
    this.dispatchEvent(event);
    if (!event.defaultPrevented) {
      this.markSaved();
      this.internals.form?.requestSubmit();
    }
    return true;
  }

  /**
   * Tells the element its record has been saved: the draft is removed and leaving the page no
   * longer warns. Completing the tool does this itself unless the host cancels `msp-submit` to
   * save the record its own way, in which case the host calls this once the save succeeds.
   */
  markSaved(): void {
    this.drafts.clear();
    this.edited = false;
    // What was saved becomes the baseline: reset returns to it, and later changes to it are history.
    const saved = this.currentRecord();
    this.hostValue = saved;
    this.hostValueJson = safeStringify(saved);
    this.state = this.stateFromValue(saved);
    this.applyValidity();
    this.requestUpdate();
  }

  // ——— form lifecycle ———

  formResetCallback() {
    this.load(this.hostValue);
    this.drafts.clear();
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete') {
    if (reason !== 'restore' || typeof state !== 'string') return;
    try {
      this.restoreSnapshot(JSON.parse(state));
    } catch {
      // An unreadable restore state leaves the element as it is.
    }
  }

  private snapshot(): Snapshot<TState> {
    return { state: this.state, envelope: this.envelope, edited: this.edited };
  }

  private restoreSnapshot(input: unknown): boolean {
    const snapshot = input as Partial<Snapshot<TState>> | null;
    if (!snapshot || typeof snapshot !== 'object') return false;
    const state = this.reviveState(snapshot.state);
    if (!state) return false;
    const envelope = envelopeOf(snapshot.envelope);
    this.state = state;
    if (envelope) this.envelope = envelope;
    this.unreadable = undefined;
    this.edited = snapshot.edited === true;
    this.syncForm();
    this.requestUpdate();
    return true;
  }

  private discardDraft = () => {
    this.drafts.clear();
    this.load(this.hostValue);
    this.requestUpdate();
  };

  // ——— host errors, locale, leaving ———

  /** Errors found before the element was in the page, e.g. from its `value` attribute during upgrade. */
  private readonly pendingHostErrors: MspErrorEvent[] = [];

  private reportHostError(code: MspErrorCode, message: string, issues: RecordIssue[] = []) {
    const event = new MspErrorEvent({ code, message, issues });
    if (this.isConnected) this.dispatchEvent(event);
    else this.pendingHostErrors.push(event);
  }

  private localeListener: LocaleListener = {
    localeChanged: () => {
      this.syncForm();
      this.requestUpdate();
    },
    localeFailed: (requested, reason) =>
      this.reportHostError(
        reason,
        reason === 'unknown-locale'
          ? `No "${requested.slice(0, 35)}" locale; the element stays in ${getLocale()}`
          : `The "${requested.slice(0, 35)}" locale could not be loaded; the element stays in ${getLocale()}`,
      ),
  };

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.warnUnsaved && this.edited && !this.readonly) {
      event.preventDefault();
      event.returnValue = '';
    }
  };

  // ——— rendering ———

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('warnUnsaved')) this.listenBeforeUnload();
    if (changed.has('required') || changed.has('caseRef') || changed.has('subjectRef') || changed.has('recordedBy')) {
      this.syncForm();
    }
  }

  protected override updated(): void {
    this.applyValidity();
    if (this.focusSummaryAfterUpdate) {
      this.focusSummaryAfterUpdate = false;
      const summary = this.renderRoot.querySelector<HTMLElement>('[data-error-summary]');
      if (summary) summary.focus();
      else {
        const first = this.fieldErrors()[0];
        if (first) focusField(this.shadowRoot!, first.fieldId);
      }
    }
  }

  protected override render() {
    if (this.state === undefined) return nothing;
    const errors = this.showAllErrors ? this.fieldErrors() : [];
    // The shadow content carries its own language, so a Welsh form on an English page is read as Welsh.
    return html`<div part="base" class="base" lang=${getLocale()}>
      ${this.readonly ? nothing : errorSummary(errors, () => this.shadowRoot)} ${this.renderNotices()}
      ${this.readonly
        ? this.renderSummary()
        : html`<fieldset class="fieldset" ?disabled=${this.isDisabled}>
            ${this.renderFields()}
            <div class="button-group">
              <button type="button" class="button" part="submit-button" @click=${() => this.complete()}>
                ${this.submitLabel()}
              </button>
            </div>
          </fieldset>`}
    </div>`;
  }

  private renderNotices() {
    const notices: TemplateResult[] = [];
    if (this.unreadable) {
      notices.push(html`<div class="notice notice--error" part="notice" role="alert">
        <p>${badValueNotice()}</p>
      </div>`);
    }
    if (this.drafts.restoredFrom && !this.readonly) {
      notices.push(html`<div class="notice" part="notice" role="status">
        <p class="body">${draftRestoredNotice(formatDateTime(this.drafts.restoredFrom))}</p>
        <button type="button" class="link-button" @click=${this.discardDraft}>${discardDraft()}</button>
      </div>`);
    }
    return notices;
  }
}

/** Errors in the order their fields appear, as the GOV.UK error summary lists them. */
function inPageOrder(errors: FieldError[], root: ShadowRoot | null): FieldError[] {
  if (!root || errors.length < 2) return errors;
  const position = new Map(
    errors.map((error) => [error, root.querySelector(`#${CSS.escape(error.fieldId)}`)] as const),
  );
  return [...errors].sort((a, b) => {
    const first = position.get(a);
    const second = position.get(b);
    if (!first || !second) return first ? -1 : second ? 1 : 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

function flagFor(issue: RecordIssue | undefined): ValidityStateFlags {
  switch (issue?.code) {
    case 'too_big':
      return { tooLong: true };
    case 'too_small':
    case 'invalid_type':
      return { valueMissing: true };
    case 'invalid_format':
      return { patternMismatch: true };
    default:
      return { customError: true };
  }
}

function envelopeOf(value: unknown): StoredEnvelope | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { id, recordedAt, caseRef, subjectRef, recordedBy } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof recordedAt !== 'string') return undefined;
  const text = (ref: unknown) => (typeof ref === 'string' && ref ? ref : undefined);
  return { id, recordedAt, caseRef: text(caseRef), subjectRef: text(subjectRef), recordedBy: text(recordedBy) };
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}
