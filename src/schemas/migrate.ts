import { OUTCOME_CAPTURE_KIND, OUTCOME_CAPTURE_VERSION } from './outcome-capture.js';
import type { RecordIssue } from './issues.js';

/** Turns a record of one version into the next version of the same kind. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

interface KindHistory {
  current: number;
  /** steps[n] turns version n into version n + 1. */
  steps: Record<number, Migration>;
}

const KINDS: Record<string, KindHistory> = {
  [OUTCOME_CAPTURE_KIND]: { current: OUTCOME_CAPTURE_VERSION, steps: {} },
};

export type MigrationResult =
  | { success: true; data: unknown }
  | { success: false; issues: RecordIssue[] };

/**
 * Brings a stored record up to the current version of its kind. Records already current, and
 * values that are not records of a known kind, pass through unchanged for the schema to judge.
 * A record from a newer version of the library is refused rather than silently reshaped.
 */
export function migrate(input: unknown): MigrationResult {
  if (!isObject(input) || typeof input.kind !== 'string' || !(input.kind in KINDS)) {
    return { success: true, data: input };
  }
  const history = KINDS[input.kind];
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { success: true, data: input };
  }
  if (version > history.current) {
    return {
      success: false,
      issues: [
        {
          path: ['version'],
          code: 'version-too-new',
          message: `Version ${version} is newer than this library knows (${history.current})`,
        },
      ],
    };
  }
  let record: Record<string, unknown> = input;
  for (let from = version; from < history.current; from++) {
    const step = history.steps[from];
    if (!step) {
      return {
        success: false,
        issues: [{ path: ['version'], code: 'no-migration', message: `No migration from version ${from}` }],
      };
    }
    record = { ...step(record), version: from + 1 };
  }
  return { success: true, data: record };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
