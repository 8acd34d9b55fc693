import * as z from 'zod/mini';
import type { RecordLocale } from '../schemas/envelope.js';
import { toRecordIssues, type RecordIssue } from '../schemas/issues.js';
import type { RecordKind } from '../schemas/record-kind.js';
import type { MspErrorCode } from './events.js';
import { readHostValue } from './host-value.js';
import { applyHostReferences, type HostReferences, type RecordEnvelope } from './record-envelope.js';
import { newId, nowWithOffset } from './time.js';

/** A record being edited, and what only the screen needs beside it. */
export interface Loaded<TWorking, TView> {
  record: TWorking;
  view: TView;
}

/** What one kind of form element says about its record; the model does the rest. */
export interface RecordDefinition<TWorking extends RecordEnvelope, TView> {
  /** The record kind: its schema, version and migrations. */
  readonly recordKind: RecordKind;
  /** The fields of a record nobody has filled in, after the envelope. */
  newRecordFields(): Omit<TWorking, keyof RecordEnvelope>;
  /**
   * A loaded record and its view. `valid` records are given exactly as the host gave them
   * and must be kept so; otherwise `value` is an object that failed the schema, from which the
   * element keeps every field it can show, as given, and sets aside fields that do not apply.
   */
  load(value: Record<string, unknown>, valid: boolean): Loaded<TWorking, TView>;
  /** View state from this element's own snapshot (a saved draft or the browser's restore), or undefined if unreadable. */
  reviveView(snapshot: unknown, record: TWorking): TView | undefined;
  isEmpty(record: TWorking, view: TView): boolean;
  /** Problems the schema does not report: those of the moment or the page (see `MspFormElement`). */
  contextIssues(record: TWorking, schemaIssues: readonly RecordIssue[]): RecordIssue[];
  /** Tidies the record after every edit: answers that stop applying set aside, links followed. */
  tidy?(record: TWorking, view: TView): void;
}

/** What the model needs from the page: its language and the host's references. */
export interface RecordContext {
  locale(): RecordLocale;
  references(): HostReferences;
}

/** A problem with a value the host gave, to tell the host with `msp-error`. */
export interface HostProblem {
  code: MspErrorCode;
  message: string;
  issues: RecordIssue[];
}

/** What a form element keeps for a saved draft or for the browser's back/forward restore. */
interface Snapshot {
  record: unknown;
  view: unknown;
  edited: boolean;
  fresh: boolean;
}

/**
 * The record a form element edits, as a model with no DOM: what the host gave and the schema
 * accepts is held as the record itself and comes back unchanged until someone edits it; what only
 * the screen needs lives beside it. It knows whether the record is fresh (started here, so its
 * language and references follow the page), edited, or a value that could not be used (kept as
 * given), and works out the record's JSON and problems once per change.
 */
export class RecordModel<TRecord, TWorking extends RecordEnvelope, TView> {
  /** The record being edited: as the host gave it until someone edits it. */
  record!: TWorking;
  /** What only the screen needs beside the record. */
  view!: TView;
  /** A record started here, not one the host gave or saved. */
  fresh = true;
  edited = false;
  /** A value from the host that failed; kept as given until someone edits. `readable` if some of it is shown. */
  unreadable?: { raw: unknown; code: MspErrorCode; issues: RecordIssue[]; readable: boolean };
  /** Every problem with the record now. */
  issues: RecordIssue[] = [];
  /** The record's JSON, written once per change. */
  json = 'null';
  /** The person has been told, at a Save, that some saved answers could not be used. */
  #unusableAcknowledged = false;
  #hostValue: unknown = null;
  #hostValueJson: string | null = null;
  #hasHostValue = false;
  /** Changes whenever the record does, so work that depends only on it is done once per change. */
  #revision = 0;
  #syncedState = '';
  /** The revision of a record the host gave that the schema has just accepted. */
  #knownValidRevision = -1;

  readonly #definition: RecordDefinition<TWorking, TView>;
  readonly #context: RecordContext;

  constructor(
    definition: RecordDefinition<TWorking, TView>,
    context: RecordContext,
  ) {
    this.#definition = definition;
    this.#context = context;
  }

  get started(): boolean {
    return this.record !== undefined;
  }

  /** Starts a fresh record if there is none yet; returns whether it did. */
  ensure(): boolean {
    if (this.started) return false;
    this.#startFresh();
    return true;
  }

  /** The record as a value: as given by the host if it could not be used, otherwise the record now. */
  get value(): TRecord {
    if (this.unreadable) return this.unreadable.raw as TRecord;
    return JSON.parse(this.json) as TRecord;
  }

  /** The JSON of what `value` returns. */
  get valueJson(): string {
    return this.unreadable ? safeStringify(this.unreadable.raw) : this.json;
  }

  /**
   * A value from the host (an object, or JSON text). Returns false when it changes nothing: the
   * same value again, as some frameworks assign on every render, or the record the element just
   * emitted, echoed back. Otherwise loads it and returns the problem to report, or true.
   */
  setHostValue(next: unknown): false | true | HostProblem {
    const json = next == null || next === '' ? null : typeof next === 'string' ? next : safeStringify(next);
    if (this.#hasHostValue && json === this.#hostValueJson) return false;
    this.#hasHostValue = true;
    this.#hostValue = next ?? null;
    this.#hostValueJson = json;
    if (json !== null && this.started && !this.unreadable && json === this.json) return false;
    return this.#loadHostValue(json === null ? null : next, json?.length ?? 0) ?? true;
  }

  /** Back to what the host last gave (or what was last saved). */
  reset(): HostProblem | undefined {
    return this.#loadHostValue(this.#hostValue, this.#hostValueJson?.length ?? 0);
  }

  #startFresh() {
    const record = {
      kind: this.#definition.recordKind.kind,
      version: this.#definition.recordKind.version,
      id: newId(),
      caseRef: '',
      recordedAt: nowWithOffset(),
      locale: this.#context.locale(),
      ...this.#definition.newRecordFields(),
    };
    this.fresh = true;
    this.#take(this.#definition.load(record, false));
  }

  #take(loaded: Loaded<TWorking, TView>) {
    this.record = loaded.record;
    this.view = loaded.view;
    this.#revision++;
  }

  #loadHostValue(input: unknown, jsonLength: number): HostProblem | undefined {
    this.unreadable = undefined;
    this.#unusableAcknowledged = false;
    this.edited = false;
    const read = readHostValue<TRecord>(input, this.#definition.recordKind, jsonLength);
    if (read.status === 'none') {
      this.#startFresh();
      return read.problem;
    }
    if (read.status === 'valid') {
      this.fresh = false;
      this.#take(this.#definition.load(read.record as Record<string, unknown>, true));
      this.#knownValidRevision = this.#revision;
      return undefined;
    }
    if (read.readable) {
      this.fresh = false;
      this.#take(this.#definition.load(withEnvelope(read.readable, this.#definition.recordKind, this.#context.locale()), false));
    } else {
      this.#startFresh();
    }
    this.unreadable = { raw: input, code: read.code, issues: read.issues, readable: read.readable !== undefined };
    this.#revision++;
    return { code: read.code, message: read.message, issues: read.issues };
  }

  /** An edit by the person: the record changes, is tidied, re-stamped and carries the host's references. */
  edit(change: (record: TWorking, view: TView) => void): void {
    change(this.record, this.view);
    this.#definition.tidy?.(this.record, this.view);
    this.#revision++;
    this.unreadable = undefined;
    this.edited = true;
    this.record.recordedAt = nowWithOffset();
    if (this.fresh) this.record.locale = this.#context.locale();
    applyHostReferences(this.record, this.#context.references());
  }

  /** Something besides the record that its problems depend on has changed. */
  recheck(): void {
    this.#revision++;
  }

  /**
   * Brings the JSON and the problems up to date. A fresh record follows the page's language and the
   * host's references; the work is done again only when the record has changed since the last time.
   */
  sync(): void {
    if (!this.started) return;
    if (this.fresh) {
      this.record.locale = this.#context.locale();
      applyHostReferences(this.record, this.#context.references());
    }
    const fields = this.record as unknown as Record<string, unknown>;
    const references = Object.keys(this.#context.references()).map((field) => fields[field]);
    const state = `${this.#revision}|${this.record.locale}|${references.join('|')}`;
    if (state === this.#syncedState) return;
    this.#syncedState = state;
    this.json = safeStringify(this.record);
    // For an unreadable value, the issues are those of what could be read, so each shows at its field.
    const result = this.#knownValidRevision === this.#revision ? undefined : z.safeParse(this.#definition.recordKind.schema, this.record);
    const issues = !result || result.success ? [] : toRecordIssues(result.error.issues);
    this.issues = [...issues, ...this.#definition.contextIssues(this.record, issues)];
  }

  get empty(): boolean {
    return this.#definition.isEmpty(this.record, this.view);
  }

  /** What goes into the form: the value as given if it could not be used, nothing for an optional empty record, else the record. */
  formValue(required: boolean): string | null {
    if (this.unreadable) return typeof this.unreadable.raw === 'string' ? this.unreadable.raw : safeStringify(this.unreadable.raw);
    return this.optionalAndEmpty(required) ? null : this.json;
  }

  /** An optional element nobody has filled in is valid and sends nothing. */
  optionalAndEmpty(required: boolean): boolean {
    return !required && !this.unreadable && this.empty;
  }

  /**
   * Before completing: a saved value read in full but for parts that could not be used is kept
   * as the form shows it at the second Save; the first says so. Returns whether to say so now.
   */
  mustTellUnusable(): boolean {
    if (!this.unreadable?.readable || this.issues.length > 0) return false;
    if (!this.#unusableAcknowledged) {
      this.#unusableAcknowledged = true;
      return true;
    }
    this.unreadable = undefined;
    this.#revision++;
    this.sync();
    return false;
  }

  /** What was saved becomes the baseline: reset returns to it, and later changes to it are history. */
  markSaved(): void {
    this.edited = false;
    const saved = this.value;
    // Kept as text, so later edits to the record (which is `saved` itself) cannot reach it.
    this.#hostValue = this.unreadable ? saved : this.json;
    this.#hostValueJson = this.json;
    this.fresh = false;
    this.#take(this.#definition.load(saved as Record<string, unknown>, true));
  }

  /** The snapshot as JSON, reusing the record's JSON rather than writing it out again. */
  snapshotJson(): string {
    return `{"record":${this.json},"view":${safeStringify(this.view)},"edited":${this.edited},"fresh":${this.fresh}}`;
  }

  snapshot(): Snapshot {
    return { record: this.record, view: this.view, edited: this.edited, fresh: this.fresh };
  }

  /** Takes back a snapshot; false, changing nothing, if it cannot be read. */
  restore(input: unknown): boolean {
    const snapshot = input as Partial<Snapshot> | null;
    if (!snapshot || typeof snapshot !== 'object' || !isObject(snapshot.record)) return false;
    const { record } = this.#definition.load(withEnvelope(snapshot.record, this.#definition.recordKind, this.#context.locale()), false);
    const view = this.#definition.reviveView(snapshot.view, record);
    if (!view) return false;
    this.#take({ record, view });
    this.fresh = snapshot.fresh === true;
    this.unreadable = undefined;
    this.edited = snapshot.edited === true;
    return true;
  }
}

/**
 * A value that failed the schema, with the envelope fields an element needs to work made good
 * where they are missing or of the wrong type. Fields of the right type are kept as given.
 */
function withEnvelope(value: Record<string, unknown>, recordKind: RecordKind, locale: RecordLocale): Record<string, unknown> {
  const text = (key: string) => typeof value[key] === 'string';
  return {
    ...value,
    kind: recordKind.kind,
    version: recordKind.version,
    ...(text('id') ? {} : { id: newId() }),
    ...(text('caseRef') ? {} : { caseRef: '' }),
    ...(text('recordedAt') ? {} : { recordedAt: nowWithOffset() }),
    ...(value.locale === 'en-GB' || value.locale === 'cy' ? {} : { locale }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}
