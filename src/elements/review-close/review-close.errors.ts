import { formatNumber } from '../../core/common-messages.js';
import type { FieldError } from '../../core/error-summary.js';
import { dateFieldId, dateProblem, dateProblemMessage, type DateParts, type DateProblem } from '../../core/fields.js';
import { msg, str } from '../../core/locale.js';
import type { RecordIssue } from '../../schemas/issues.js';
import { LIMITS } from '../../schemas/limits.js';
import type { OutcomeCaptureRecord } from '../../schemas/outcome-capture.js';
import type { RiskSource } from '../../schemas/sac-codes.js';
import { riskSourceOptions, labelOf } from './review-close.options.js';
import { rowsOf, shownOutcomes, type WorkingReviewClose, type ReviewCloseView } from './review-close.state.js';

/** The id of each control in the shadow root; error summary links and validity anchors use them. */
export const FIELD = {
  stage: 'stage',
  link: 'outcomes-link',
  progress: (n: number) => `outcome-${n}-progress`,
  changed: (n: number) => `outcome-${n}-changed`,
  newWords: (n: number) => `outcome-${n}-new-words`,
  changeReason: (n: number) => `outcome-${n}-reason`,
  withdrawReason: (n: number) => `outcome-${n}-withdrawn-reason`,
  achieved: (n: number) => `outcome-${n}-achieved`,
  resultReason: (n: number) => `outcome-${n}-why`,
  comment: (n: number) => `outcome-${n}-comment`,
  barriers: (n: number) => `outcome-${n}-barriers`,
  /** The button that removes an answer for an outcome not shown, by its place in the list. */
  orphan: (index: number) => `answer-${index + 1}-remove`,
  newOutcome: (index: number) => `new-outcome-${index + 1}`,
  addNewOutcome: 'add-new-outcome',
  nextReviewDate: 'next-review-date',
  concludedOn: 'concluded-on',
  enquiryType: 'enquiry-type',
  overallAchieved: 'overall-achieved',
  riskSources: 'risk-sources',
  actionAndResult: (source: RiskSource) => `risk-${source}`,
  riskOutcome: (source: RiskSource) => `risk-${source}-outcome`,
  responses: 'responses',
  quoteConsent: 'quote-consent',
  quoteConsentBy: 'quote-consent-by',
  happened: 'ending-happened',
  endingDate: 'ending-date',
  method: 'ending-method',
  participants: 'ending-participants',
  whyNot: 'ending-why-not',
  feedback: 'feedback',
  rationale: 'rationale',
  followed: 'procedure-followed',
  departure: 'departure',
  nextSteps: 'next-steps',
} as const;

export const tooLong = (max: number) => msg(str`This must be ${formatNumber(max)} characters or fewer`, { id: 'rc.error.too-long' });

/** What the outcome-capture record given to the element is, as far as errors need to know. */
export type OutcomesInput = OutcomeCaptureRecord | 'unreadable' | undefined;

const { wordsLength, reasonLength } = LIMITS;

/** A question: its field, what to say when it is not answered, and the longest answer, for text. */
type Question = [fieldId: string, unanswered: (() => string) | undefined, max?: number];

/** The questions of the record, by the path of their answer (`risk.riskOutcome`, or `feedback`). */
const QUESTIONS: Record<string, Question> = {
  stage: [FIELD.stage, () => msg('Select whether this is a review or the end of safeguarding', { id: 'rc.error.stage' })],
  enquiryType: [FIELD.enquiryType, () => msg('Select what kind of enquiry it was', { id: 'rc.error.enquiry-type' })],
  overallAchieved: [
    FIELD.overallAchieved,
    () => msg('Select whether, overall, the person got what they wanted', { id: 'rc.error.overall' }),
  ],
  risks: [FIELD.riskSources, () => msg('Select where the risk came from', { id: 'rc.error.risk-sources' })],
  responses: [FIELD.responses, () => msg('Select the ways of working you used, or none', { id: 'rc.error.responses' })],
  'ending.method': [FIELD.method, () => msg('Select how you talked', { id: 'rc.error.method' })],
  'ending.participants': [FIELD.participants, () => msg('Select who was there', { id: 'rc.error.participants' })],
  'ending.whyNot': [FIELD.whyNot, undefined, reasonLength],
  ending: [
    FIELD.happened,
    () => msg('Select whether you talked with the person about ending safeguarding', { id: 'rc.error.happened' }),
  ],
  feedback: [FIELD.feedback, () => msg('Select whether you asked the person how safeguarding felt', { id: 'rc.error.feedback' })],
  rationale: [FIELD.rationale, () => msg('Write why these decisions were made', { id: 'rc.error.rationale' }), wordsLength],
  'procedure.departure': [FIELD.departure, () => msg('Say what was done differently, and why', { id: 'rc.error.departure' }), wordsLength],
  procedure: [FIELD.followed, () => msg('Select whether you followed the usual procedure', { id: 'rc.error.followed' })],
  nextSteps: [FIELD.nextSteps, () => msg('Write what happens next', { id: 'rc.error.next-steps' }), wordsLength],
  quoteConsent: [
    FIELD.quoteConsent,
    () => msg('Select whether the person’s words may be quoted in reports to the Board', { id: 'rc.error.quote-consent' }),
  ],
  quoteConsentBy: [FIELD.quoteConsentBy, () => msg('Select who answered', { id: 'rc.error.quote-consent-by' })],
};

/** The questions about one outcome, by the field of its entry; `n` is its number on screen. */
const OUTCOME_QUESTIONS: Record<string, (n: number, number: string) => Question> = {
  progress: (n, number) => [
    FIELD.progress(n),
    () => msg(str`Write how it is going (${number}), in the person’s words`, { id: 'rc.error.progress' }),
    wordsLength,
  ],
  newWords: (n, number) => [
    FIELD.newWords(n),
    () => msg(str`Write what the person wants now (${number}), in their own words`, { id: 'rc.error.new-words' }),
    wordsLength,
  ],
  reason: (n, number) => [
    FIELD.changeReason(n),
    () => msg(str`Say why what the person wants has changed (${number})`, { id: 'rc.error.change-reason' }),
    reasonLength,
  ],
  withdrawn: (n, number) => [
    FIELD.withdrawReason(n),
    () => msg(str`Say why the person no longer wants this (${number})`, { id: 'rc.error.withdrawn-reason' }),
    reasonLength,
  ],
  achieved: (n, number) => [FIELD.achieved(n), () => msg(str`Select how far this has been achieved (${number})`, { id: 'rc.error.achieved' })],
  'result.reason': (n) => [FIELD.resultReason(n), undefined, reasonLength],
  personComment: (n) => [FIELD.comment(n), undefined, wordsLength],
  barriers: (n) => [FIELD.barriers(n), undefined, wordsLength],
  // `changed`, and the change's earlier words or time, which the person sets by answering it.
  changed: (n, number) => [FIELD.changed(n), () => msg(str`Select whether what the person wants has changed (${number})`, { id: 'rc.error.changed' })],
};

const at = ([fieldId, unanswered, max]: Question, issue: RecordIssue): FieldError | undefined => {
  const message = issue.code === 'too_big' && max ? tooLong(max) : unanswered?.();
  return message ? { fieldId, message } : undefined;
};

/**
 * What a schema issue (or a problem of the moment) means to the person filling in the form, and
 * which field it belongs to. Undefined for a problem no field shows.
 */
export function reviewCloseFieldError(
  issue: RecordIssue,
  record: WorkingReviewClose,
  view: ReviewCloseView,
  input: OutcomesInput,
): FieldError | undefined {
  const [first, second, third] = issue.path;
  switch (first) {
    case 'outcomeCaptureId':
    case 'asked':
    case 'link':
      return { fieldId: FIELD.link, message: linkMessage(input) };
    case 'outcomeReviews':
    case 'outcomeResults':
      return outcomeError(issue, record, input);
    case 'newOutcomes':
      if (typeof second !== 'number') {
        return issue.code === 'too_big'
          ? { fieldId: FIELD.addNewOutcome, message: msg(str`You can add up to ${formatNumber(LIMITS.outcomes)} things`, { id: 'rc.error.too-many' }) }
          : { fieldId: FIELD.link, message: linkMessage(input) };
      }
      if (third !== 'words') return undefined;
      return at(
        [
          FIELD.newOutcome(second),
          () => msg(str`Write the new thing the person wants (${formatNumber(second + 1)}), in their own words`, { id: 'rc.error.new-outcome' }),
          wordsLength,
        ],
        issue,
      );
    case 'nextReviewDate':
      return dateError(FIELD.nextReviewDate, view.nextReviewDate, issue.rule, () =>
        msg('The date of the next review', { id: 'rc.next-review.what' }),
      );
    case 'concludedOn':
      return dateError(FIELD.concludedOn, view.concludedOn, issue.rule, () =>
        msg('The date the enquiry ended', { id: 'rc.concluded-on.what' }),
      );
    case 'risks':
      return typeof second === 'string' ? riskError(second as RiskSource, third === 'riskOutcome') : at(QUESTIONS.risks, issue);
    default: {
      if (first === 'ending' && second === 'date') {
        return dateError(FIELD.endingDate, view.endingDate, issue.rule, () =>
          msg('The date you talked about ending safeguarding', { id: 'rc.ending-date.what' }),
        );
      }
      const question = QUESTIONS[`${first}.${second}`] ?? QUESTIONS[first as string];
      // The envelope comes from the page, not the person: say so rather than point at a field.
      return question ? at(question, issue) : { fieldId: FIELD.stage, message: setUpWrong() };
    }
  }
}

/**
 * What is wrong with what the host gave about the outcome-capture record: it could not be read, it
 * was not given, or these answers do not fit it. Only the team who run the page can put it right.
 */
export function linkMessage(input: OutcomesInput): string {
  return input === 'unreadable'
    ? msg('The record of what the person wants could not be read. Contact the team who run this page.', { id: 'rc.error.outcomes-unreadable' })
    : input
      ? setUpWrong()
      : msg('This form needs the record of what the person wants. Contact the team who run this page.', { id: 'rc.error.needs-outcomes' });
}

const setUpWrong = () =>
  msg('This form was set up with details it cannot use. Contact the team who run this page.', { id: 'rc.error.envelope' });

/**
 * A problem with one outcome's answers. The path is `[list, index, field]` for an entry, or
 * `[list, 'of', outcomeId, field]` for an outcome that has no entry yet.
 */
function outcomeError(issue: RecordIssue, record: WorkingReviewClose, input: OutcomesInput): FieldError | undefined {
  const [list, index, field, missingField] = issue.path;
  const review = list === 'outcomeReviews';
  const entries = review ? record.outcomeReviews : record.outcomeResults;
  const { rows, orphans } = rowsOf(shownOutcomes(input === 'unreadable' ? undefined : input, entries), entries);
  if (typeof index === 'number' && orphans.includes(index)) {
    return { fieldId: FIELD.orphan(index), message: msg('This answer is not for anything the person wants now. Remove it', { id: 'rc.error.unknown' }) };
  }
  // The list itself (missing, or empty where outcomes were expressed) is the first outcome's question.
  const row = index === 'of' ? rows.find((candidate) => candidate.outcome.id === field) : typeof index === 'number' ? rows.find((candidate) => candidate.entry === entries?.[index]) : rows[0];
  if (!row) return issue.code === 'too_big' ? undefined : { fieldId: FIELD.link, message: linkMessage(input) };
  const what = String(index === 'of' ? missingField : typeof index === 'number' ? field : review ? 'progress' : 'achieved');
  // Earlier words that are not the outcome's words now are put right by editing the change.
  const key = issue.code === 'words-differ' ? 'newWords' : !review && what === 'reason' ? 'result.reason' : what;
  const n = row.outcome.number;
  const number = formatNumber(n);
  if (issue.rule === 'change-differs') {
    return { fieldId: FIELD.newWords(n), message: msg('Write what they want now, or answer No', { id: 'rc.error.same-words' }) };
  }
  return at((OUTCOME_QUESTIONS[key] ?? OUTCOME_QUESTIONS.changed)(n, number), issue);
}

/** A problem with the risk from one source: what was found and done, or what became of it. */
function riskError(source: RiskSource, outcome: boolean): FieldError {
  const from = labelOf(riskSourceOptions(), source) ?? source;
  return outcome
    ? { fieldId: FIELD.riskOutcome(source), message: msg(str`${from}: select what happened to the risk`, { id: 'rc.error.source-risk-outcome' }) }
    : {
        fieldId: FIELD.actionAndResult(source),
        message: msg(str`${from}: select what was found about the risk, and whether action was taken`, { id: 'rc.error.source-risk' }),
      };
}

/** A problem with a date, in GOV.UK's wording, linked to the first box at fault. */
function dateError(id: string, parts: DateParts, rule: string | undefined, what: () => string): FieldError {
  const problem: DateProblem = rule === 'date-in-future' ? { kind: 'future' } : (dateProblem(parts) ?? { kind: 'missing' });
  const firstBox = problem.kind === 'incomplete' ? problem.missing[0] : problem.kind === 'not-real' ? problem.parts[0] : 'day';
  return {
    fieldId: dateFieldId(id, firstBox),
    field: id,
    message:
      rule === 'date-not-future'
        ? msg('The date of the next review must be in the future', { id: 'rc.error.next-review-past' })
        : dateProblemMessage(problem, what()),
  };
}
