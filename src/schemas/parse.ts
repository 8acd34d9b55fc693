import * as z from 'zod/mini';
import { RecordParseError, toRecordIssues, type SafeParseResult } from './issues.js';
import { migrateRecord } from './migrate.js';
import { withoutNulls, type WithoutNulls } from './nulls.js';
import type { RecordKind } from './record-kind.js';

/**
 * Migrates a value that should be a record of this kind to the current version, then validates
 * it. A valid record comes back as given — same keys, same order — except that a `null` in an
 * optional field is left out, since it means the field is absent.
 */
export function safeParseRecord<T>(recordKind: RecordKind<T>, input: unknown): SafeParseResult<WithoutNulls<T>> {
  const migrated = migrateRecord(input, recordKind);
  if (!migrated.success) return migrated;
  const result = z.safeParse(recordKind.schema, migrated.data);
  return result.success
    ? { success: true, data: withoutNulls(migrated.data) as WithoutNulls<T> }
    : { success: false, issues: toRecordIssues(result.error.issues) };
}

/** Returns the valid, current-version record or throws a `RecordParseError`. */
export function parseRecord<T>(recordKind: RecordKind<T>, input: unknown): WithoutNulls<T> {
  const result = safeParseRecord(recordKind, input);
  if (!result.success) throw new RecordParseError(recordKind.kind, result.issues);
  return result.data;
}
