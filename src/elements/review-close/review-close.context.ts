import type { TemplateResult } from 'lit';
import type { FieldBinder } from '../../core/field-binder.js';
import type { OutcomeCaptureRecord } from '../../schemas/outcome-capture.js';
import type { WorkingReviewClose, ReviewCloseView } from './review-close.state.js';

/** This form's own record, view and actions, beside the bound field kit. */
export interface FormActions {
  record: WorkingReviewClose;
  view: ReviewCloseView;
  /** The outcome-capture record, when the host gave a readable one. */
  outcomes: OutcomeCaptureRecord | undefined;
  /** A textarea of three rows whose every keystroke edits the record. */
  text(
    id: string,
    field: { label: string; hint?: string; value: string | undefined; maxLength: number; set: (record: WorkingReviewClose, text: string) => void },
  ): TemplateResult;
  /** Removes an entry for an outcome that is not shown, by its place in the list. */
  removeOrphan(list: 'outcomeReviews' | 'outcomeResults', index: number): void;
  addNewOutcome(): void;
  removeNewOutcome(index: number): void;
}

/**
 * What the parts of the form need from the element to show and edit the record: the field kit
 * bound to it (a choice edits and commits, and answers that stop applying are then set aside),
 * and this form's own actions.
 */
export type FormContext = Omit<FieldBinder<WorkingReviewClose, ReviewCloseView>, 'text'> & FormActions;
