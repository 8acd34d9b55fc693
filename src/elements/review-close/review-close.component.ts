import { html, nothing, type TemplateResult } from 'lit';
import { MspFormElement } from '../../core/form-element.js';
import { readHostValue } from '../../core/host-value.js';
import { msg } from '../../core/locale.js';
import { nowWithOffset, today } from '../../core/time.js';
import * as z from 'zod/mini';
import { toRecordIssues, type RecordIssue } from '../../schemas/issues.js';
import { outcomeCapture, type OutcomeCaptureRecord } from '../../schemas/outcome-capture.js';
import { reviewClose, type ReviewCloseRecord } from '../../schemas/review-close.js';
import { linkProblems } from '../../schemas/review-close.link.js';
import { renderClosure } from './review-close.closure.js';
import type { FormContext } from './review-close.context.js';
import { FIELD, reviewCloseFieldError, type OutcomesInput } from './review-close.errors.js';
import { stageOptions } from './review-close.options.js';
import { renderReview } from './review-close.review.js';
import {
  isEmptyReviewClose,
  linkTo,
  loadReviewClose,
  newOutcome,
  newReviewCloseFields,
  placeAnswers,
  proposeOverall,
  reviveReviewCloseView,
  type WorkingReviewClose,
  type ReviewCloseView,
} from './review-close.state.js';
import { reviewCloseStyles } from './review-close.styles.js';
import { renderReviewCloseSummary } from './review-close.summary.js';

/**
 * Reviews of what the person wants while safeguarding goes on, and its end: how far each outcome
 * was achieved, what was done about the risk and what became of it, the conversation about
 * ending, and what happens next. Reads the person's outcomes from an `msp.outcome-capture` record
 * and emits an `msp.review-close` record that refers to them by id. Its summary (read only and
 * print) is written to be read back to the person.
 *
 * @tag msp-review-close
 * @summary Review outcomes as they change, and end safeguarding well.
 *
 * @fires {MspSubmitEvent} msp-submit - Completed; `detail` is the valid `msp.review-close` record.
 * @fires {MspErrorEvent} msp-error - The host gave an invalid value or outcomes record, malformed JSON, an unknown locale, or storage failed.
 *
 * @csspart notice - A message about restored or unreadable answers, or about the outcomes record.
 * @csspart outcome - One thing the person wants, or wanted.
 */
export class MspReviewClose extends MspFormElement<ReviewCloseRecord, WorkingReviewClose, ReviewCloseView> {
  static override styles = [...MspFormElement.styles, reviewCloseStyles];
  static override properties = {
    ...MspFormElement.properties,
    outcomesRecord: { attribute: 'outcomes-record', noAccessor: true },
  };

  protected readonly recordKind = reviewClose;
  protected newRecordFields = newReviewCloseFields;
  protected load = loadReviewClose;
  protected reviveView = reviveReviewCloseView;
  protected isEmpty = isEmptyReviewClose;

  /** The outcome-capture record, when the host gave one the schema accepts. */
  private outcomes?: OutcomeCaptureRecord;
  /** What the host gave as the outcome-capture record, kept as given when it could not be used. */
  private outcomesGiven: unknown;
  private outcomesJson: string | null = null;

  /**
   * The `msp.outcome-capture` record whose outcomes are reviewed or closed: an object, or JSON
   * text (the `outcomes-record` attribute). One that fails its schema is reported with `msp-error`
   * and kept as given; the form then says it cannot show the person's words. Reading it gives the
   * record (older versions migrated, nulls left out), or what was given if it could not be used.
   */
  get outcomesRecord(): OutcomeCaptureRecord | unknown {
    return this.outcomesGiven;
  }

  set outcomesRecord(next: OutcomeCaptureRecord | string | null | undefined) {
    let json: string | null = null;
    try {
      json = next == null || next === '' ? null : typeof next === 'string' ? next : (JSON.stringify(next) ?? null);
    } catch {
      json = '';
    }
    // A framework assigning the same record again on every render changes nothing.
    if (json === this.outcomesJson && json !== '') return;
    this.outcomesJson = json;
    const read = readHostValue<OutcomeCaptureRecord>(json === null ? null : next, outcomeCapture, json?.length ?? 0);
    this.outcomes = read.status === 'valid' ? read.record : undefined;
    this.outcomesGiven = read.status === 'valid' ? read.record : read.status === 'none' ? undefined : next;
    const problem = read.status === 'invalid' ? read : read.status === 'none' ? read.problem : undefined;
    if (problem) this.reportHostError(problem.code, `outcomes-record: ${problem.message}`, problem.issues);
    this.recheck();
  }

  private get input(): OutcomesInput {
    return this.outcomesGiven !== undefined && !this.outcomes ? 'unreadable' : this.outcomes;
  }

  protected fieldErrorFor(issue: RecordIssue, record: WorkingReviewClose, view: ReviewCloseView) {
    return reviewCloseFieldError(issue, record, view, this.input);
  }

  /**
   * Problems beyond the schema's: the outcome-capture record unreadable or not matching; an
   * outcome's progress while whether it changed is unanswered (the schema reports only that);
   * dates that must not be past or future.
   */
  protected override contextIssues(record: WorkingReviewClose): RecordIssue[] {
    const issues: RecordIssue[] = [];
    const add = (path: RecordIssue['path'], code: string, rule?: string) =>
      issues.push({ path, code, message: 'Does not fit the outcome-capture record or the date', ...(rule ? { rule } : {}) });
    if (this.input === 'unreadable') add(['link'], 'unreadable');
    if (this.outcomes) {
      for (const problem of linkProblems(this.outcomes, record)) {
        if (problem.code === 'missing-outcome') {
          for (const field of problem.list === 'outcomeReviews' ? ['progress', 'changed'] : ['achieved']) {
            add([problem.list, 'of', problem.outcomeId, field], problem.code);
          }
        } else if (problem.code === 'unknown-outcome' || problem.code === 'withdrawn-outcome') {
          add([problem.list, problem.index, 'outcomeId'], problem.code);
        } else if (problem.code === 'words-differ') {
          add(['outcomeReviews', problem.index, 'previousWords'], problem.code);
        } else {
          add(['link'], problem.code);
        }
      }
    }
    record.outcomeReviews?.forEach((entry, index) => {
      if (entry.changed === undefined && !/\S/.test(entry.progress ?? '')) add(['outcomeReviews', index, 'progress'], 'too_small');
    });
    const now = today();
    if (record.stage === 'review' && this.view.nextReviewTyped && record.nextReviewDate && record.nextReviewDate <= now) {
      add(['nextReviewDate'], 'custom', 'date-not-future');
    }
    if (record.ending?.date && record.ending.date > now) add(['ending', 'date'], 'custom', 'date-in-future');
    if (record.stage === 'closure' && record.concludedOn && record.concludedOn > now) add(['concludedOn'], 'custom', 'date-in-future');
    // Until "may their words be quoted?" is answered the schema cannot tell which shape of closure
    // this is, so it reports only that; the rest of the closure is checked as if it were answered.
    if (record.stage === 'closure' && record.quoteConsent === undefined) {
      const rest = z.safeParse(reviewClose.schema, { ...record, quoteConsent: 'not-asked' });
      if (!rest.success) issues.push(...toRecordIssues(rest.error.issues));
    }
    return issues;
  }

  protected submitLabel() {
    const stage = this.record.stage;
    return stage === 'review'
      ? msg('Save the review', { id: 'rc.submit.review' })
      : stage === 'closure'
        ? msg('Save the ending', { id: 'rc.submit.closure' })
        : msg('Save', { id: 'rc.submit' });
  }

  protected renderSummary() {
    return renderReviewCloseSummary(this.record, this.outcomes);
  }



  protected renderFields(): TemplateResult {
    const form = this.formContext();
    const stage = this.record.stage;
    const linkError = this.fieldErrors().find((error) => error.fieldId === FIELD.link);
    return html`${this.outcomes && !linkError ? nothing : this.renderLinkNotice(linkError?.message)}
      <section class="section">
        ${form.choice(FIELD.stage, msg('What are you recording?', { id: 'rc.stage.label' }), stageOptions(), stage, (record, chosen) => (record.stage = chosen), {
          asHeading: true,
        })}
      </section>
      ${stage === 'review' ? renderReview(form) : stage === 'closure' ? renderClosure(form) : nothing}`;
  }

  /**
   * Why the person's words are not shown, or why these answers do not fit them: a problem the host
   * must put right, shown at once. The error summary links here.
   */
  private renderLinkNotice(problem: string | undefined) {
    return html`<div
      class=${problem ? 'notice notice--error' : 'notice'}
      part="notice"
      id=${FIELD.link}
      tabindex="-1"
      role=${this.input === 'unreadable' ? 'alert' : nothing}
    >
      <p class="body">
        ${problem ?? msg('The record of what the person wants is not here, so their words are not shown.', { id: 'rc.link.missing' })}
      </p>
    </div>`;
  }

  /** What the parts of the form use to show and edit the record: the bound field kit, and this form's own actions. */
  private formContext(): FormContext {
    const fields = this.fields();
    return {
      record: this.record,
      view: this.view,
      outcomes: this.outcomes,
      error: fields.error,
      answer: (change, fieldId) => fields.edit(change, { commit: true, touch: fieldId }),
      choice: (id, label, options, value, set, more) => fields.choice(id, label, options, value, set, more),
      text: (id, field) => fields.text(id, { ...field, multiline: true, rows: 3 }),
      date: (id, field) => fields.date(id, field),
      checkboxes: (id, field) => fields.checkboxes(id, field),
      addButton: (id, field) => fields.addButton(id, field),
      removeOrphan: (list, index) => {
        fields.edit((record) => record[list]?.splice(index, 1), { commit: true });
        this.focusAfterUpdate = FIELD.stage;
      },
      addNewOutcome: () => {
        const added = (this.record.newOutcomes ?? []).length;
        fields.edit((record) => (record.newOutcomes ??= []).push(newOutcome(nowWithOffset())), { commit: true });
        this.focusAfterUpdate = FIELD.newOutcome(added);
      },
      removeNewOutcome: (index) => {
        fields.edit((record) => record.newOutcomes?.splice(index, 1), { commit: true });
        this.focusAfterUpdate = FIELD.addNewOutcome;
      },
    };
  }

  /**
   * After every edit the record follows the outcome-capture record, and answers that stop applying
   * are set aside (those that apply again come back).
   */
  protected override tidy(record: WorkingReviewClose, view: ReviewCloseView): void {
    linkTo(record, this.outcomes);
    placeAnswers(record, view.aside);
    proposeOverall(record, view);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-review-close': MspReviewClose;
  }
}
