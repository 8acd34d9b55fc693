import type { RecordIssue } from '../schemas/issues.js';

/** The ValidityState flag that best names a record's first problem, as native controls would. */
export function validityFlagsFor(issue: RecordIssue | undefined): ValidityStateFlags {
  switch (issue?.code) {
    case 'too_big':
      return { tooLong: true };
    case 'too_small':
    case 'invalid_type':
      return { valueMissing: true };
    case 'invalid_format':
      return { patternMismatch: true };
    default:
      return { customError: true };
  }
}
