import type { TemplateResult } from 'lit';
import type { FieldBinder } from '../../core/field-binder.js';
import type { ChoiceOption, DateParts, RadiosField } from '../../core/fields.js';
import type { OutcomeCaptureRecord } from '../../schemas/outcome-capture.js';
import type { WorkingReviewClose, ReviewCloseView } from './review-close.state.js';

/** What the parts of the form need from the element to show and edit the record. */
export interface FormContext {
  record: WorkingReviewClose;
  view: ReviewCloseView;
  /** The outcome-capture record, when the host gave a readable one. */
  outcomes: OutcomeCaptureRecord | undefined;
  /** The message to show beside a question now, if any. */
  error(id: string): string | undefined;
  /** Radios whose choice edits the record; answers that stop applying are then set aside. */
  choice<V extends string>(
    id: string,
    label: string,
    options: ChoiceOption<V>[],
    value: V | undefined,
    set: (record: WorkingReviewClose, value: V, view: ReviewCloseView) => void,
    more?: Partial<Pick<RadiosField<V>, 'hint' | 'conditional' | 'asHeading'>>,
  ): TemplateResult;
  /** A choice made in a control of the element's own: the record changes, and answers that stop applying are set aside. */
  answer(change: (record: WorkingReviewClose, view: ReviewCloseView) => void, fieldId: string): void;
  /** A text box whose every keystroke edits the record. */
  text(
    id: string,
    field: { label: string; hint?: string; value: string | undefined; maxLength: number; set: (record: WorkingReviewClose, text: string) => void },
  ): TemplateResult;
  /** GOV.UK date boxes, kept as typed in the view, whose date goes into the record once it is real. */
  date(
    id: string,
    field: {
      label: string;
      hint: string;
      parts: DateParts;
      notAfter?: string;
      set: (record: WorkingReviewClose, view: ReviewCloseView, parts: DateParts) => void;
    },
  ): TemplateResult;
  /** Checkboxes whose ticks edit the record. */
  checkboxes: FieldBinder<WorkingReviewClose, ReviewCloseView>['checkboxes'];
  /** A button that adds to a list, in its own form group. */
  addButton: FieldBinder<WorkingReviewClose, ReviewCloseView>['addButton'];
  /** Removes an entry for an outcome that is not shown, by its place in the list. */
  removeOrphan(list: 'outcomeReviews' | 'outcomeResults', index: number): void;
  addNewOutcome(): void;
  removeNewOutcome(index: number): void;
}
