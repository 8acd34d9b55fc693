import type { RecordIssue } from '../schemas/issues.js';
import { badValueSummary } from './common-messages.js';
import { inPageOrder, questionOf, type FieldError } from './error-summary.js';
import { UNREADABLE_NOTICE_ID } from './form-notices.js';

/** A value from the host the element could not use: `readable` if some of it is shown. */
export interface Unreadable {
  readable: boolean;
}

/**
 * Every problem with a record, as a person reads it, one per question, in page order. A problem no
 * field can show (a saved value the element could not read at all, or a part of one it cannot
 * display) is listed once, as saved answers that could not be used, so the person is never left
 * with a Save button that does nothing.
 */
export function fieldErrorsOf(
  issues: readonly RecordIssue[],
  unreadable: Unreadable | undefined,
  fieldErrorFor: (issue: RecordIssue) => FieldError | undefined,
  root: ShadowRoot | null,
): FieldError[] {
  const couldNotUse = { fieldId: UNREADABLE_NOTICE_ID, message: badValueSummary() };
  if (unreadable && !unreadable.readable) return [couldNotUse];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  let unshown = false;
  for (const issue of issues) {
    const error = fieldErrorFor(issue);
    if (!error) unshown = true;
    else if (!seen.has(questionOf(error))) {
      seen.add(questionOf(error));
      errors.push(error);
    }
  }
  const ordered = inPageOrder(errors, root);
  return unshown || (unreadable && ordered.length === 0) ? [couldNotUse, ...ordered] : ordered;
}
