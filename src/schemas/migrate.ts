import type { RecordIssue } from './issues.js';
import type { RecordKind } from './record-kind.js';

export type MigrationResult = { success: true; data: unknown } | { success: false; issues: RecordIssue[] };

/**
 * Brings a stored record of the given kind up to its current version. Current records, and
 * values that are not records of this kind, pass through unchanged for the schema to judge. A
 * record from a newer version of the library is refused rather than silently reshaped.
 */
export function migrateRecord(input: unknown, recordKind: RecordKind): MigrationResult {
  if (!isObject(input) || input.kind !== recordKind.kind) return { success: true, data: input };
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { success: true, data: input };
  if (version > recordKind.version) {
    return {
      success: false,
      issues: [
        {
          path: ['version'],
          code: 'version-too-new',
          message: `Version ${version} is newer than this library knows (${recordKind.version})`,
        },
      ],
    };
  }
  let record: Record<string, unknown> = input;
  for (let from = version; from < recordKind.version; from++) {
    const step = recordKind.migrations[from];
    if (!step) {
      return { success: false, issues: [{ path: ['version'], code: 'no-migration', message: `No migration from version ${from}` }] };
    }
    record = { ...step(record), version: from + 1 };
  }
  return { success: true, data: record };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
