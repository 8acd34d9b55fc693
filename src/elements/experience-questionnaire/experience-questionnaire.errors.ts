import type { FieldError } from '../../core/error-summary.js';
import { msg } from '../../core/locale.js';
import type { RecordIssue } from '../../schemas/issues.js';

/**
 * The id of each control in the shadow root is the name of the record field it answers
 * (`completedBy`, `couldBeBetter`, `anythingElse`, `quoteConsent`, `quoteConsentBy`, `administeredBy`,
 * `method`); the answers of the question shown at index
 * `i` start at `q${i + 1}`. Error summary links and validity anchors use them.
 */
export const questionFieldId = (index: number) => `q${index + 1}`;

/**
 * What a schema issue means to the person answering, and which field it belongs to. Answers
 * the form gives are always valid; a problem with a saved one is not shown at a field.
 */
export function questionnaireFieldError(issue: RecordIssue): FieldError | undefined {
  const field = issue.path[0];
  if (field === 'answers') return undefined;
  if (field === 'completedBy') {
    return { fieldId: field, message: msg('Select who is answering these questions', { id: 'eq.error.by' }) };
  }
  if (field === 'quoteConsentBy') {
    return { fieldId: field, message: msg('Select who gave the answer about using their words', { id: 'eq.error.quote-by' }) };
  }
  if (field === 'couldBeBetter' || field === 'anythingElse') {
    return { fieldId: field, message: msg('This must be 2,000 characters or fewer', { id: 'eq.error.too-long' }) };
  }
  // The envelope comes from the page, not the person: say so rather than point at a field.
  return {
    fieldId: 'completedBy',
    message: msg('This form cannot be used. Contact the team who run this page.', { id: 'eq.error.envelope' }),
  };
}
