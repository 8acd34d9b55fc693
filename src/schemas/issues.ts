import type * as z from 'zod/mini';

/**
 * One problem with a record, safe to log or forward to monitoring: a path, a code and a message
 * written by the library. It never carries the value that was given.
 */
export interface RecordIssue {
  path: (string | number)[];
  code: string;
  message: string;
  /** For a rule relating one field to another, its name (see the schema's rule type). */
  rule?: string;
}

export type SafeParseResult<T> =
  | { success: true; data: T }
  | { success: false; issues: RecordIssue[] };

/** Thrown by the `parse…` helpers; `issues` says what is wrong without repeating the data. */
export class RecordParseError extends Error {
  readonly issues: RecordIssue[];
  constructor(kind: string, issues: RecordIssue[]) {
    super(`Not a valid ${kind} record: ${issues.map(describeIssue).join('; ')}`);
    this.name = 'RecordParseError';
    this.issues = issues;
  }
}

export function describeIssue(issue: RecordIssue): string {
  const where = issue.path.length ? issue.path.join('.') : '(record)';
  return `${where}: ${issue.message}`;
}

export function toRecordIssues(issues: readonly z.core.$ZodIssue[]): RecordIssue[] {
  return issues.map((issue) => {
    const rule = issue.code === 'custom' ? (issue.params as { rule?: string } | undefined)?.rule : undefined;
    return {
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key.description) : key)),
      code: issue.code,
      message: issue.message,
      ...(rule ? { rule } : {}),
    };
  });
}
