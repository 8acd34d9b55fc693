import type { RecordIssue } from '../schemas/issues.js';
import { LIMITS } from '../schemas/limits.js';
import { migrateRecord } from '../schemas/migrate.js';
import { withoutNulls } from '../schemas/nulls.js';
import { safeParseRecord } from '../schemas/parse.js';
import type { RecordKind } from '../schemas/record-kind.js';
import type { MspErrorCode } from './events.js';

/** What a value from the host turned out to be. */
export type HostValue<TRecord> =
  /** Nothing to load; `problem` if what was given was not a record at all, to tell the host. */
  | { status: 'none'; problem?: { code: MspErrorCode; message: string; issues: RecordIssue[] } }
  | { status: 'valid'; record: TRecord }
  | {
      status: 'invalid';
      code: MspErrorCode;
      message: string;
      issues: RecordIssue[];
      /** The value, migrated and without nulls, for the element to show as much of as it can; absent when not an object. */
      readable?: Record<string, unknown>;
    };

/**
 * Reads a value the host gave (an object, or JSON text): none, a valid record (migrated to the
 * current version, nulls left out, otherwise exactly as given), or an invalid one with what is
 * wrong. `jsonLength` is the length of its JSON text, to refuse an oversized value before parsing.
 */
export function readHostValue<TRecord>(input: unknown, recordKind: RecordKind, jsonLength: number): HostValue<TRecord> {
  if (input === null || input === undefined || input === '') return { status: 'none' };
  if (jsonLength > LIMITS.recordJsonLength) {
    return invalid('too-large', `The value is ${jsonLength} characters of JSON; the limit is ${LIMITS.recordJsonLength}`);
  }
  if (input === OBJECT_AS_ATTRIBUTE) {
    // A framework wrote a record object as an attribute because the element was not defined yet:
    // nothing of the record reached the element, so it starts fresh and says how to fix the page.
    return { status: 'none', problem: problem('object-as-attribute', OBJECT_AS_ATTRIBUTE_MESSAGE) };
  }
  let parsed: unknown = input;
  if (typeof input === 'string') {
    try {
      parsed = JSON.parse(input);
    } catch {
      return invalid('invalid-json', 'The value is not valid JSON');
    }
  }
  const result = safeParseRecord(recordKind, parsed);
  if (result.success) return { status: 'valid', record: result.data as TRecord };
  const migrated = migrateRecord(parsed, recordKind);
  const readable = withoutNulls(migrated.success ? migrated.data : parsed);
  return {
    status: 'invalid',
    code: 'invalid-value',
    message: 'The value does not match the record schema',
    issues: result.issues,
    readable: isObject(readable) ? readable : undefined,
  };
}

/** What an object becomes when a framework sets it as an attribute. */
const OBJECT_AS_ATTRIBUTE = '[object Object]';

const OBJECT_AS_ATTRIBUTE_MESSAGE =
  'value="[object Object]": a record was set as an attribute before the element was defined. Define it ' +
  'first (import its file, or await customElements.whenDefined), or set value as a property; see docs/embedding.md';

function problem(code: MspErrorCode, message: string) {
  return { code, message, issues: [{ path: [], code, message }] };
}

function invalid(code: MspErrorCode, message: string): HostValue<never> {
  return { status: 'invalid', ...problem(code, message) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
