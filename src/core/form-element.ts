import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import type { RecordIssue } from '../schemas/issues.js';
import { toRecordIssues } from '../schemas/issues.js';
import type { RecordKind } from '../schemas/record-kind.js';
import { formStyles } from '../styles/form.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import {
  badValueNotice,
  badValueSummary,
  badValueValidation,
  discardDraft,
  draftRestoredNotice,
  formatDateTime,
} from './common-messages.js';
import type { DraftController, DraftStore } from './drafts.js';
import { ErrorDisplay } from './error-display.js';
import { errorSummary, focusField, questionOf, type FieldError } from './error-summary.js';
import { textField, type TextField } from './fields.js';
import { MspChangeEvent, MspErrorEvent, MspInputEvent, MspSubmitEvent, type MspErrorCode } from './events.js';
import { readHostValue } from './host-value.js';
import { getLocale, subscribeToLocale, type LocaleListener } from './locale.js';
import { PrintModeController } from './print-mode.js';
import { applyHostReferences, type RecordEnvelope } from './record-envelope.js';
import { newId, nowWithOffset } from './time.js';
import { validityFlagsFor } from './validity.js';
import { VERSION } from './version.js';

export type { RecordEnvelope } from './record-envelope.js';

/** A record being edited, and what only the screen needs beside it. */
export interface Loaded<TDraft, TView> {
  record: TDraft;
  view: TView;
}

/** What this element keeps for a draft or for the browser's back/forward restore. */
interface Snapshot {
  record: unknown;
  view: unknown;
  edited: boolean;
  fresh: boolean;
}

/** The id of the notice about a value that could not be used; the error summary can link to it. */
const UNREADABLE_NOTICE_ID = 'saved-answers-notice';

/**
 * The one base every msp element stands on: a form-associated custom element whose model is the
 * record itself. What the host gives and the schema accepts is held as given and comes back
 * unchanged until someone edits it; what only the screen needs (answers set aside, a half-typed
 * date) lives beside it in a view. The base owns the shared contract — form participation,
 * validity, reset and restore, the `value` property and attribute, events, the error summary,
 * print, locale, drafts and the unsaved-changes warning — so an element only says how to start
 * and read a record, its fields, and what each schema issue means to a person.
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
export abstract class MspFormElement<TRecord, TDraft extends RecordEnvelope, TView> extends LitElement {
  static formAssociated = true;
  static version = VERSION;
  static override styles = [tokens, formStyles];

  static override properties = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    printPreview: { attribute: 'print-preview', type: Boolean, reflect: true },
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
  /** Shows on screen what prints: the readable summary of the record. */
  declare printPreview: boolean;
  /** The host's reference for the case; copied into the record's `caseRef` for a new record or an edit. */
  declare caseRef: string | undefined;
  /** The host's reference for the person; copied into `subjectRef` for a new record or an edit. */
  declare subjectRef: string | undefined;
  /** The host's reference for who is recording; copied into `recordedBy` for a new record or an edit. */
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
  /** The record being edited: as the host gave it until someone edits it. */
  protected record!: TDraft;
  /** What only the screen needs beside the record. */
  protected view!: TView;
  /** A record this element started, not one the host gave or saved: its language and references follow the page. */
  private fresh = true;
  /** A value from the host that failed; kept as given until someone edits. `readable` if some of it is shown. */
  private unreadable?: { raw: unknown; code: MspErrorCode; issues: RecordIssue[]; readable: boolean };
  /** The person has been told, at a Save, that some saved answers could not be used. */
  private unusableAcknowledged = false;
  private hostValue: unknown = null;
  private hostValueJson: string | null = null;
  private hasLoadedHostValue = false;
  private edited = false;
  private formDisabled = false;
  private recordJson = 'null';
  /** Changes whenever the record does, so work that depends only on it is done once per change. */
  private revision = 0;
  private syncedState = '';
  /** The revision of a record the host gave that the schema has just accepted. */
  private knownValidRevision = -1;
  /** Every problem with the record now, whether or not the element is required. */
  private issues: RecordIssue[] = [];
  private optionalAndEmpty = false;
  private readonly errors = new ErrorDisplay();
  private focusSummaryAfterUpdate = false;
  private quietCheck = false;
  private unsubscribeLocale?: () => void;
  /** Loaded only for an element with a `draft-key`: most pages never download it. */
  private drafts?: DraftController;
  private draftsLoading = false;
  private readonly printMode = new PrintModeController(this);

  /** The record kind: its schema, version and migrations. */
  protected abstract readonly recordKind: RecordKind;
  /** The fields of a record nobody has filled in, after the envelope. */
  protected abstract newRecordFields(): Omit<TDraft, keyof RecordEnvelope>;
  /**
   * A loaded record and its view. `valid` records are given exactly as the host gave them and
   * must be kept so; otherwise `value` is an object that failed the schema, from which the
   * element keeps every field it can show, as given, and sets aside fields that do not apply.
   */
  protected abstract load(value: Record<string, unknown>, valid: boolean): Loaded<TDraft, TView>;
  /** A view from this element's own snapshot (a draft or the browser's restore), or undefined if unreadable. */
  protected abstract reviveView(snapshot: unknown, record: TDraft): TView | undefined;
  protected abstract isEmpty(record: TDraft, view: TView): boolean;
  /** Where a schema issue is shown, and what it says to a person, in the current locale. */
  protected abstract fieldErrorFor(issue: RecordIssue, record: TDraft, view: TView): FieldError | undefined;
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
    this.printPreview = false;
    this.warnUnsaved = false;
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
    if (!this.record) this.startFresh();
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
   * read. Reading it returns the record as given (an older version migrated, nulls left out)
   * until the person edits, then the edited record. Setting the same value again (as some
   * frameworks do on every render) changes nothing.
   */
  get value(): TRecord {
    if (this.unreadable) return this.unreadable.raw as TRecord;
    this.ensureRecord();
    return JSON.parse(this.recordJson) as TRecord;
  }

  set value(next: TRecord | string | null | undefined) {
    const json = next == null || next === '' ? null : typeof next === 'string' ? next : safeStringify(next);
    if (this.hasLoadedHostValue && json === this.hostValueJson) return;
    this.hasLoadedHostValue = true;
    this.hostValue = next ?? null;
    this.hostValueJson = json;
    // A host echoing back the record the element just emitted changes nothing either.
    if (json !== null && this.record && !this.unreadable && json === this.recordJson) return;
    this.loadHostValue(json === null ? null : next, json?.length ?? 0);
    if (this.drafts) this.drafts.restoredFrom = undefined;
    this.requestUpdate();
  }

  private ensureRecord() {
    if (!this.record) {
      this.startFresh();
      this.syncForm();
    }
  }

  private startFresh() {
    const record = {
      kind: this.recordKind.kind,
      version: this.recordKind.version,
      id: newId(),
      caseRef: '',
      recordedAt: nowWithOffset(),
      locale: getLocale(),
      ...this.newRecordFields(),
    };
    this.fresh = true;
    ({ record: this.record, view: this.view } = this.load(record, false));
    this.revision++;
  }

  private loadHostValue(input: unknown, jsonLength: number) {
    this.unreadable = undefined;
    this.unusableAcknowledged = false;
    this.edited = false;
    this.errors.clear();
    const read = readHostValue<TRecord>(input, this.recordKind, jsonLength);
    if (read.status === 'none') {
      this.startFresh();
    } else if (read.status === 'valid') {
      this.fresh = false;
      ({ record: this.record, view: this.view } = this.load(read.record as Record<string, unknown>, true));
      this.knownValidRevision = ++this.revision;
    } else {
      if (read.readable) {
        this.fresh = false;
        ({ record: this.record, view: this.view } = this.load(withEnvelope(read.readable, this.recordKind), false));
      } else {
        this.startFresh();
      }
      this.unreadable = { raw: input, code: read.code, issues: read.issues, readable: read.readable !== undefined };
      this.revision++;
      this.reportHostError(read.code, read.message, read.issues);
    }
    this.syncForm();
    // The problems of a value that could not be used show at once, beside what could be read.
    if (this.unreadable) this.errors.attempt(this.fieldErrors());
  }

  // ——— editing, for subclasses ———

  /**
   * Applies an edit to the record and its view. `commit` marks a finished change (a choice, an
   * added item) and fires `msp-change`; `touch` names a field whose message may now show.
   */
  protected edit(change: (record: TDraft, view: TView) => void, options: { commit?: boolean; touch?: string } = {}) {
    if (this.readonly || this.isDisabled) return;
    change(this.record, this.view);
    this.revision++;
    this.unreadable = undefined;
    this.edited = true;
    this.record.recordedAt = nowWithOffset();
    if (this.fresh) this.record.locale = getLocale();
    applyHostReferences(this.record, this);
    if (options.touch) this.errors.touch(options.touch);
    this.syncForm();
    this.requestUpdate();
    this.drafts?.schedule(() => this.snapshot());
    this.emitValueEvents(options.commit ?? false);
  }

  /**
   * A text box from the field kit bound to the record: each keystroke edits the record through
   * `set`, and leaving the box after a change commits it.
   */
  protected textFor(
    id: string,
    field: Omit<TextField, 'id' | 'onInput' | 'onCommit'> & { set: (record: TDraft, text: string) => void },
  ): TemplateResult {
    const { set, ...shown } = field;
    return textField({
      ...shown,
      id,
      onInput: (text) => this.edit((record) => set(record, text)),
      onCommit: () => this.commit(id),
    });
  }

  /** A field was left after a change: its message may now show, and the change is committed. */
  protected commit(fieldId: string) {
    // A field left because an update moved focus or removed it (the error summary taking focus,
    // the form turning into its summary) reports it during the update: commit once it is over.
    if (this.rendering) {
      void this.updateComplete.then(() => this.commit(fieldId));
      return;
    }
    this.errors.touch(fieldId);
    this.requestUpdate();
    this.emitValueEvents(true);
  }

  private emitValueEvents(committed: boolean) {
    const json = this.unreadable ? safeStringify(this.unreadable.raw) : this.recordJson;
    let value: unknown;
    // The record is parsed for a listener only when one reads it, and is the record of this moment.
    const detail = {
      get value() {
        return (value ??= JSON.parse(json));
      },
      valid: this.issues.length === 0,
    };
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

  /** What the polite live region says now; see `announce`. */
  private announcement = '';

  /**
   * Says something to screen reader users without moving focus, through a polite live region:
   * where an item moved to, what was added or removed, which question is showing. Saying the same
   * words twice in a row is heard twice.
   */
  protected announce(words: string): void {
    // A live region announces a change of its text; clear it first so repeated words are a change.
    this.announcement = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.announcement = words;
      this.requestUpdate();
    });
  }

  /** Whether the summary is shown instead of the form: read only, printing, or previewing print. */
  protected get showsSummary(): boolean {
    return this.readonly || this.printPreview || this.printMode.printing;
  }

  // ——— validity ———

  /**
   * Brings the form value, validity and states up to date with the record. The record's JSON and
   * its validation are worked out again only when the record has changed since the last time.
   */
  private syncForm() {
    if (!this.record) return;
    if (this.fresh) {
      this.record.locale = getLocale();
      applyHostReferences(this.record, this);
    }
    const { locale, caseRef, subjectRef, recordedBy } = this.record;
    const state = `${this.revision}|${locale}|${caseRef}|${subjectRef}|${recordedBy}`;
    if (state !== this.syncedState) {
      this.syncedState = state;
      this.recordJson = safeStringify(this.record);
      // For an unreadable value, the issues are those of what could be read, so each shows at its field.
      this.issues = this.validate(this.knownValidRevision === this.revision);
    }
    // An optional element nobody has filled in is valid and sends nothing; its own Save still asks for a whole record.
    const optionalAndEmpty = !this.required && !this.unreadable && this.isEmpty(this.record, this.view);
    this.optionalAndEmpty = optionalAndEmpty;
    const formValue = this.unreadable
      ? typeof this.unreadable.raw === 'string'
        ? this.unreadable.raw
        : safeStringify(this.unreadable.raw)
      : optionalAndEmpty
        ? null
        : this.recordJson;
    this.internals.setFormValue(formValue, this.snapshotJson());
    this.applyValidity();
  }

  /** The record's problems: the schema's (unless it was just found valid as it loaded) and those of the moment. */
  private validate(knownValid: boolean): RecordIssue[] {
    const result = knownValid ? undefined : z.safeParse(this.recordKind.schema, this.record);
    const issues = !result || result.success ? [] : toRecordIssues(result.error.issues);
    return [...issues, ...this.contextIssues(this.record, issues)];
  }

  /**
   * Works out the record's problems again, for an element whose `contextIssues` depend on
   * something besides the record that has changed, such as a second input from the host.
   */
  protected recheck(): void {
    this.revision++;
    this.syncForm();
    this.requestUpdate();
  }

  /**
   * Problems the schema does not report: those that depend on the moment or the page, such as a
   * date in the future, which block completion but do not make a stored record invalid; and, for
   * an incomplete record, problems in parts the schema did not reach because an earlier answer is
   * missing, so every problem is listed at once.
   */
  protected contextIssues(_record: TDraft, _schemaIssues: readonly RecordIssue[]): RecordIssue[] {
    return [];
  }

  /**
   * True while a subclass shows the record only for reading, in a mode of its own: as with
   * `readonly`, its value is still submitted, but nothing in it stops the form.
   */
  protected get readOnlyInForm(): boolean {
    return false;
  }

  private applyValidity() {
    const errors = this.fieldErrors();
    const first = errors[0];
    const anchor = first ? this.renderRoot?.querySelector?.<HTMLElement>(`#${CSS.escape(first.fieldId)}`) : null;
    if (this.readOnlyInForm) {
      this.internals.setValidity({});
    } else if (this.unreadable) {
      this.internals.setValidity({ badInput: true }, badValueValidation(), anchor ?? undefined);
    } else if (this.issues.length === 0 || this.optionalAndEmpty) {
      this.internals.setValidity({});
    } else {
      const flags = this.isEmpty(this.record, this.view) ? { valueMissing: true } : validityFlagsFor(this.issues[0]);
      this.internals.setValidity(flags, first?.message ?? badValueValidation(), anchor ?? undefined);
    }
    this.toggleState('user-invalid', this.errors.engaged && !this.internals.validity.valid);
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

  /**
   * Every problem with the record now, as a person reads it, one per field, in page order. A
   * problem no field can show (a saved value the element could not read at all, or a part of one
   * it cannot display) is listed once, as saved answers that could not be used, so the person is
   * never left with a Save button that does nothing.
   */
  protected fieldErrors(): FieldError[] {
    if (!this.record) return [];
    const couldNotUse = { fieldId: UNREADABLE_NOTICE_ID, message: badValueSummary() };
    if (this.unreadable && !this.unreadable.readable) return [couldNotUse];
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    let unshown = false;
    for (const issue of this.issues) {
      const error = this.fieldErrorFor(issue, this.record, this.view);
      if (!error) unshown = true;
      else if (!seen.has(questionOf(error))) {
        seen.add(questionOf(error));
        errors.push(error);
      }
    }
    const ordered = inPageOrder(errors, this.shadowRoot);
    return unshown || (this.unreadable && ordered.length === 0) ? [couldNotUse, ...ordered] : ordered;
  }

  /** The message to show beside a question now: only after it was touched or a submit was tried. */
  protected errorFor(question: string, errors: readonly FieldError[]): string | undefined {
    return this.errors.messageFor(question, errors);
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

  /** An attempt to complete: list every problem now, and move focus to the list. */
  private showErrors() {
    this.errors.attempt(this.fieldErrors());
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
    this.ensureRecord();
    this.syncForm();
    // A saved value the form read in full but for parts it could not use: the first Save says so;
    // Save again keeps what the form shows, so the person is never stuck.
    if (this.unreadable?.readable && this.issues.length === 0) {
      if (!this.unusableAcknowledged) {
        this.unusableAcknowledged = true;
        this.showErrors();
        return false;
      }
      this.unreadable = undefined;
      this.revision++;
      this.syncForm();
    }
    if (this.unreadable || this.issues.length > 0) {
      this.showErrors();
      return false;
    }
    const event = new MspSubmitEvent(this.value);
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
    this.ensureRecord();
    this.drafts?.clear();
    this.edited = false;
    // What was saved becomes the baseline: reset returns to it, and later changes to it are history.
    const saved = this.value;
    this.hostValue = saved;
    this.hostValueJson = this.recordJson;
    this.fresh = false;
    this.errors.clear();
    ({ record: this.record, view: this.view } = this.load(saved as Record<string, unknown>, true));
    this.revision++;
    this.syncForm();
    this.requestUpdate();
  }

  // ——— form lifecycle ———

  formResetCallback() {
    this.loadHostValue(this.hostValue, this.hostValueJson?.length ?? 0);
    this.drafts?.clear();
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

  private snapshot(): Snapshot {
    return { record: this.record, view: this.view, edited: this.edited, fresh: this.fresh };
  }

  /** The snapshot as JSON, reusing the record's JSON rather than writing it out again. */
  private snapshotJson(): string {
    return `{"record":${this.recordJson},"view":${safeStringify(this.view)},"edited":${this.edited},"fresh":${this.fresh}}`;
  }

  private restoreSnapshot(input: unknown): boolean {
    const snapshot = input as Partial<Snapshot> | null;
    if (!snapshot || typeof snapshot !== 'object' || !isObject(snapshot.record)) return false;
    const { record } = this.load(withEnvelope(snapshot.record, this.recordKind), false);
    const view = this.reviveView(snapshot.view, record);
    if (!view) return false;
    this.record = record;
    this.view = view;
    this.revision++;
    this.fresh = snapshot.fresh === true;
    this.unreadable = undefined;
    this.edited = snapshot.edited === true;
    this.syncForm();
    this.requestUpdate();
    return true;
  }

  private discardDraft = () => {
    this.drafts?.clear();
    this.loadHostValue(this.hostValue, this.hostValueJson?.length ?? 0);
    this.requestUpdate();
  };

  // ——— host errors, locale, leaving ———

  /** Errors found before the element was in the page, e.g. from its `value` attribute during upgrade. */
  private readonly pendingHostErrors: MspErrorEvent[] = [];

  /** Tells the host, with `msp-error`, that something it gave cannot be used; held until the element is in the page. */
  protected reportHostError(code: MspErrorCode, message: string, issues: RecordIssue[] = []) {
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

  /** Starts keeping drafts once the element has a `draft-key`, loading that code the first time. */
  private startDrafts() {
    if (this.drafts || this.draftsLoading || !this.draftKey) return;
    this.draftsLoading = true;
    void import('./drafts.js').then(({ DraftController }) => {
      this.drafts = new DraftController(this, {
        restore: (snapshot) => this.restoreSnapshot(snapshot),
        failed: (message) => this.reportHostError('storage-failed', message),
      });
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('draftKey')) this.startDrafts();
    if (changed.has('warnUnsaved')) this.listenBeforeUnload();
    if (changed.has('required') || changed.has('caseRef') || changed.has('subjectRef') || changed.has('recordedBy')) {
      this.syncForm();
    }
  }

  /** True for a whole update, `updated()` and the focus it moves included. */
  private rendering = false;

  protected override performUpdate(): void {
    this.rendering = true;
    try {
      super.performUpdate();
    } finally {
      this.rendering = false;
    }
  }

  /**
   * The id of a control to move focus to once the next update has rendered it: after something is
   * added or removed, or another step is shown. If it is not there, focus goes to the first control.
   */
  protected focusAfterUpdate?: string;

  protected override updated(): void {
    this.applyValidity();
    if (this.focusAfterUpdate) {
      const id = this.focusAfterUpdate;
      this.focusAfterUpdate = undefined;
      const target =
        this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ??
        this.renderRoot.querySelector<HTMLElement>('input, select, textarea, button');
      target?.focus();
    }
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
    if (!this.record) return nothing;
    const summary = this.showsSummary;
    // The shadow content carries its own language, so a Welsh form on an English page is read as Welsh.
    return html`<div part="base" class=${summary ? 'base base--summary' : 'base'} lang=${getLocale()}>
      ${summary ? nothing : errorSummary(this.errors.summary(this.fieldErrors()), () => this.shadowRoot)}
      ${this.renderNotices()}
      <div class="visually-hidden" role="status" data-announcer>${this.announcement}</div>
      ${summary
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
      notices.push(html`<div class="notice notice--error" part="notice" role="alert" id=${UNREADABLE_NOTICE_ID} tabindex="-1">
        <p>${badValueNotice()}</p>
      </div>`);
    }
    const restoredFrom = this.drafts?.restoredFrom;
    if (restoredFrom && !this.readonly) {
      notices.push(html`<div class="notice" part="notice" role="status">
        <p class="body">${draftRestoredNotice(formatDateTime(restoredFrom))}</p>
        <button type="button" class="link-button" @click=${this.discardDraft}>${discardDraft()}</button>
      </div>`);
    }
    return notices;
  }
}

/** Errors in the order their fields appear, as the GOV.UK error summary lists them. */
function inPageOrder(errors: FieldError[], root: ShadowRoot | null): FieldError[] {
  if (!root || errors.length < 2) return errors;
  const position = new Map(errors.map((error) => [error, root.querySelector(`#${CSS.escape(error.fieldId)}`)] as const));
  return [...errors].sort((a, b) => {
    const first = position.get(a);
    const second = position.get(b);
    if (!first || !second) return first ? -1 : second ? 1 : 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * A value that failed the schema, with the envelope fields an element needs to work made good
 * where they are missing or of the wrong type. Fields of the right type are kept as given.
 */
function withEnvelope(value: Record<string, unknown>, recordKind: RecordKind): Record<string, unknown> {
  const text = (key: string) => typeof value[key] === 'string';
  return {
    ...value,
    kind: recordKind.kind,
    version: recordKind.version,
    ...(text('id') ? {} : { id: newId() }),
    ...(text('caseRef') ? {} : { caseRef: '' }),
    ...(text('recordedAt') ? {} : { recordedAt: nowWithOffset() }),
    ...(value.locale === 'en-GB' || value.locale === 'cy' ? {} : { locale: getLocale() }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}
