import * as z from 'zod/mini';
import { RecordParseError, toRecordIssues, type SafeParseResult } from './issues.js';
import { migrate } from './migrate.js';
import { OUTCOME_CAPTURE_KIND, outcomeCaptureSchema, type OutcomeCaptureRecord } from './outcome-capture.js';

/** Migrates, then validates, a value that should be a record of the schema's kind. */
export function safeParseWith<T>(schema: z.ZodMiniType<T>, input: unknown): SafeParseResult<T> {
  const migrated = migrate(input);
  if (!migrated.success) return migrated;
  const result = z.safeParse(schema, migrated.data);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: toRecordIssues(result.error.issues) };
}

export function safeParseOutcomeCapture(input: unknown): SafeParseResult<OutcomeCaptureRecord> {
  return safeParseWith(outcomeCaptureSchema, input);
}

/** Returns the valid, current-version record or throws a `RecordParseError`. */
export function parseOutcomeCapture(input: unknown): OutcomeCaptureRecord {
  const result = safeParseOutcomeCapture(input);
  if (!result.success) throw new RecordParseError(OUTCOME_CAPTURE_KIND, result.issues);
  return result.data;
}
