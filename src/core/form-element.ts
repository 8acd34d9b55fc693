import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { RecordIssue } from '../schemas/issues.js';
import type { RecordKind } from '../schemas/record-kind.js';
import { DraftSlot } from './draft-slot.js';
import type { DraftStore } from './drafts.js';
import { ErrorDisplay } from './error-display.js';
import type { FieldError } from './error-summary.js';
import { fieldErrorsOf } from './field-errors.js';
import { emitValueEvents, MspSubmitEvent } from './events.js';
import { FieldBinder } from './field-binder.js';
import { MspFormAssociatedElement } from './form-associated-element.js';
import { FormValidity } from './form-validity.js';
import { renderFormNotices } from './form-notices.js';
import { renderFormShell } from './form-shell.js';
import { getLocale } from './locale.js';
import type { HostReferences, RecordEnvelope } from './record-envelope.js';
import { RecordModel, type Loaded, type RecordDefinition } from './record-model.js';
import { UnsavedWarning } from './unsaved-warning.js';

export type { RecordEnvelope } from './record-envelope.js';
export type { Loaded } from './record-model.js';

/**
 * The base of every msp form element: a form-associated custom element whose model is the record
 * itself (`RecordModel`). It keeps the form contract — the `value` property and attribute, form
 * participation and validity (`FormAssociation`), which errors show, completing, reset and restore,
 * drafts and the unsaved-changes warning — so an element only says how to start and read a record,
 * its fields, and what each schema issue means to a person.
 *
 * @fires {MspInputEvent} msp-input - Every edit. `detail: { value, valid }`.
 * @fires {MspChangeEvent} msp-change - A committed edit: a choice made, a field left, an item added or removed.
 * @fires {MspSubmitEvent} msp-submit - The tool was completed; `detail` is the valid record. Cancelable: cancel it to stop the surrounding form being submitted.
 * @fires {Event} input - Native, from the host element, with every edit.
 * @fires {Event} change - Native, from the host element, with every committed edit.
 *
 * @csspart error-summary - The list of problems shown after an attempt to submit.
 * @csspart notice - A message about restored or unreadable answers.
 * @csspart submit-button - The button that completes the tool.
 */
export abstract class MspFormElement<TRecord, TWorking extends RecordEnvelope, TView> extends MspFormAssociatedElement {
  static override properties = {
    ...MspFormAssociatedElement.properties,
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

  // The element is its record's definition: the model calls the methods below, which each kind of element gives.
  readonly #model = new RecordModel<TRecord, TWorking, TView>(this as unknown as RecordDefinition<TWorking, TView>, {
    locale: getLocale,
    references: () => this.hostReferences(),
  });
  readonly #errors = new ErrorDisplay();
  readonly #unsavedWarning = new UnsavedWarning(this, () => this.#model.edited && !this.readonly);
  readonly #problemsShown = new FormValidity(this, this.association, this.#model, this.#errors, () => this.fieldErrors(), () =>
    this.readOnlyInForm);
  readonly #drafts = new DraftSlot(this, (snapshot) => this.#restoreSnapshot(snapshot), (message) =>
    this.reportHostError('storage-failed', message),
  );

  /** The record kind: its schema, version and migrations. */
  protected abstract readonly recordKind: RecordKind;
  /** The fields of a record nobody has filled in, after the envelope. */
  protected abstract newRecordFields(): Omit<TWorking, keyof RecordEnvelope>;
  /** A loaded record and its view; see `RecordDefinition.load`. */
  protected abstract load(value: Record<string, unknown>, valid: boolean): Loaded<TWorking, TView>;
  /** A view from this element's own snapshot (a draft or the browser's restore), or undefined if unreadable. */
  protected abstract reviveView(snapshot: unknown, record: TWorking): TView | undefined;
  protected abstract isEmpty(record: TWorking, view: TView): boolean;
  /** Where a schema issue is shown, and what it says to a person, in the current locale. */
  protected abstract fieldErrorFor(issue: RecordIssue, record: TWorking, view: TView): FieldError | undefined;
  protected abstract renderFields(): TemplateResult;
  protected abstract renderSummary(): TemplateResult;
  protected abstract submitLabel(): string;

  constructor() {
    super();
    this.name = '';
    this.required = false;
    this.disabled = false;
    this.readonly = false;
    this.warnUnsaved = false;
  }

  /**
   * The host's references, each under the name of the property and record field that holds it:
   * a fresh record carries them, an edit writes each one set. An element may add its own here.
   */
  protected hostReferences(): HostReferences {
    return { caseRef: this.caseRef, subjectRef: this.subjectRef, recordedBy: this.recordedBy };
  }

  /** The record being edited: as the host gave it until someone edits it. */
  protected get record(): TWorking {
    return this.#model.record;
  }
  /** What only the screen needs beside the record. */
  protected get view(): TView {
    return this.#model.view;
  }

  override connectedCallback(): void {
    this.#model.ensure();
    super.connectedCallback();
    this.#syncForm();
  }

  /**
   * The record. Setting it (an object, or JSON text) replaces what is shown; a value that fails
   * the schema is kept exactly as given, reported with `msp-error`, and shown as far as it can be
   * read. Reading it returns the record as given (an older version migrated, nulls left out)
   * until the person edits, then the edited record. Setting the same value again (as some
   * frameworks do on every render) changes nothing.
   */
  get value(): TRecord {
    this.#ensureRecord();
    return this.#model.value;
  }

  set value(next: TRecord | string | null | undefined) {
    const loaded = this.#model.setHostValue(next);
    if (loaded === false) return;
    this.#afterHostValue(loaded === true ? undefined : loaded);
    this.#drafts.forgetRestored();
    this.requestUpdate();
  }

  #ensureRecord() {
    if (this.#model.ensure()) this.#syncForm();
  }

  /** After a value from the host was loaded: problems reported, and shown at once beside what could be read. */
  #afterHostValue(problem: ReturnType<RecordModel<TRecord, TWorking, TView>['reset']>) {
    this.#errors.clear();
    if (problem) this.reportHostError(problem.code, problem.message, problem.issues);
    this.#syncForm();
    if (this.#model.unreadable) this.#errors.attempt(this.fieldErrors());
  }

  /**
   * Applies an edit to the record and its view. `commit` marks a finished change (a choice, an
   * added item) and fires `msp-change`; `touch` names a field whose message may now show.
   */
  protected edit(change: (record: TWorking, view: TView) => void, options: { commit?: boolean; touch?: string } = {}) {
    if (this.readonly || this.isDisabled) return;
    this.#model.edit(change);
    if (options.touch) this.#errors.touch(options.touch);
    this.#syncForm();
    this.requestUpdate();
    this.#drafts.schedule(() => this.#model.snapshot());
    this.#emitValueEvents(options.commit ?? false);
  }

  /** Tidies the record after every edit (answers that stop applying set aside, links followed); by default nothing. */
  protected tidy(_record: TWorking, _view: TView): void {}

  /** The field kit bound to the record for this render, with the messages shown now. */
  protected fields(): FieldBinder<TWorking, TView> {
    const errors = this.fieldErrors();
    const host = { edit: this.edit.bind(this), commit: this.commit.bind(this) };
    return new FieldBinder<TWorking, TView>(host, (id) => this.#errors.messageFor(id, errors));
  }

  /** A field was left after a change: its message may now show, and the change is committed. */
  protected commit(fieldId: string) {
    // A field left because an update moved focus or removed it (the error summary taking focus,
    // the form turning into its summary) reports it during the update: commit once it is over.
    if (this.rendering) {
      void this.updateComplete.then(() => this.commit(fieldId));
      return;
    }
    this.#errors.touch(fieldId);
    this.requestUpdate();
    this.#emitValueEvents(true);
  }

  #emitValueEvents(committed: boolean) {
    emitValueEvents(this, this.#model.valueJson, this.#model.issues.length === 0, committed);
  }

  protected get isDisabled() {
    return this.disabled || this.formDisabled;
  }

  /** Whether the summary is shown instead of the form: read only, printing, or previewing print. */
  protected get showsSummary(): boolean {
    return this.readonly || this.printing;
  }

  /** Brings the form value, validity and states up to date with the record. */
  #syncForm() {
    if (!this.#model.started) return;
    this.#model.sync();
    this.association.setValue(this.#model.formValue(this.required), this.#model.snapshotJson());
    this.#problemsShown.apply();
  }

  /** Works out the record's problems again, when something besides the record that they depend on has changed. */
  protected recheck(): void {
    this.#model.recheck();
    this.#syncForm();
    this.requestUpdate();
  }

  /**
   * Problems the schema does not report: those of the moment or the page (a date in the future
   * blocks completion but does not make a stored record invalid), and, for an incomplete record,
   * problems in parts the schema did not reach, so every problem is listed at once.
   */
  protected contextIssues(_record: TWorking, _schemaIssues: readonly RecordIssue[]): RecordIssue[] {
    return [];
  }

  /** Every problem with the record now, as a person reads it, one per question, in page order. */
  protected fieldErrors(): FieldError[] {
    if (!this.#model.started) return [];
    const { issues, unreadable } = this.#model;
    return fieldErrorsOf(issues, unreadable, (issue) => this.fieldErrorFor(issue, this.record, this.view), this.shadowRoot);
  }

  /**
   * Completes the tool, as its own button does: shows the problems if there are any; otherwise
   * fires `msp-submit` with the record and, unless that is cancelled, submits the surrounding form.
   * Returns whether the record was complete.
   */
  complete(): boolean {
    this.#ensureRecord();
    this.#syncForm();
    // A saved value the form read in full but for parts it could not use: the first Save says so;
    // Save again keeps what the form shows, so the person is never stuck.
    const tellUnusable = this.#model.mustTellUnusable();
    this.#syncForm();
    if (tellUnusable || this.#model.unreadable || this.#model.issues.length > 0) {
      this.showProblems();
      return false;
    }
    const event = new MspSubmitEvent(this.value);
    this.dispatchEvent(event);
    if (!event.defaultPrevented) {
      this.markSaved();
      this.association.requestSubmit();
    }
    return true;
  }

  /**
   * Tells the element its record has been saved: the draft is removed and leaving the page no
   * longer warns. Completing the tool does this itself unless the host cancels `msp-submit` to
   * save the record its own way, in which case the host calls this once the save succeeds.
   */
  markSaved(): void {
    this.#ensureRecord();
    this.#drafts.clear();
    this.#errors.clear();
    this.#model.markSaved();
    this.#syncForm();
    this.requestUpdate();
  }

  protected showProblems(): void {
    this.#problemsShown.attempt();
  }

  protected resetValue(): void {
    this.#afterHostValue(this.#model.reset());
    this.#drafts.clear();
    this.requestUpdate();
  }

  protected restoreState(state: unknown): void {
    this.#restoreSnapshot(state);
  }

  #restoreSnapshot(snapshot: unknown): boolean {
    if (!this.#model.restore(snapshot)) return false;
    this.#syncForm();
    this.requestUpdate();
    return true;
  }

  protected override localeChanged(): void {
    this.#syncForm();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('draftKey')) this.#drafts.start();
    if (changed.has('warnUnsaved')) this.#unsavedWarning.listen();
    if (changed.has('required') || Object.keys(this.hostReferences()).some((field) => changed.has(field))) {
      this.#syncForm();
    }
  }

  protected override updated(): void {
    this.#problemsShown.apply();
    super.updated();
    this.#problemsShown.updated();
  }

  protected override render() {
    if (!this.#model.started) return nothing;
    const summary = this.showsSummary;
    return renderFormShell({
      summary,
      errors: summary ? [] : this.#errors.summary(this.fieldErrors()),
      // Discarding answers brought back from a draft goes back to the host's value.
      notices: renderFormNotices(!!this.#model.unreadable, this.readonly ? undefined : this.#drafts.restoredFrom, () => this.resetValue()),
      announcer: this.renderAnnouncer(),
      disabled: this.isDisabled,
      content: () => (summary ? this.renderSummary() : this.renderFields()),
      submitLabel: () => this.submitLabel(),
      complete: () => this.complete(),
      root: () => this.shadowRoot,
    });
  }
}
