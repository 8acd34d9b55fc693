import type { RecordIssue } from './issues.js';
import type { OutcomeCaptureRecord } from './outcome-capture.js';

/**
 * A review-close record refers to the outcomes of one outcome-capture record by id. These rules
 * join the two records, so neither schema can state them: checked here, for the element and for
 * a vendor's server alike.
 */

/** The parts of a review-close record, complete or not, that refer to the outcome-capture record. */
export interface LinkedParts {
  outcomeCaptureId?: string;
  stage?: string;
  asked?: string;
  outcomeReviews?: readonly { outcomeId?: string; changed?: boolean; previousWords?: string }[];
  newOutcomes?: readonly { id?: string }[];
  outcomeResults?: readonly { outcomeId?: string }[];
}

export type OutcomeList = 'outcomeReviews' | 'outcomeResults';

/** One way a review-close record does not fit the outcome-capture record it names. */
export type LinkProblem =
  /** It names another outcome-capture record. */
  | { code: 'other-record' }
  /** At closure, its answer to "were they asked?" is not the outcome-capture record's. */
  | { code: 'asked-differs' }
  /** At a review, it adds outcomes to a record whose outcomes were not expressed. */
  | { code: 'not-expressed' }
  /** An entry for an outcome the record does not hold, or no longer wanted. */
  | { code: 'unknown-outcome' | 'withdrawn-outcome'; list: OutcomeList; index: number }
  /** No entry for an outcome the person still wants. */
  | { code: 'missing-outcome'; list: OutcomeList; outcomeId: string }
  /** A change at review whose earlier words are not the outcome's words now: the outcome changed since. */
  | { code: 'words-differ'; index: number }
  /** A new outcome whose id an outcome of the record already has. */
  | { code: 'id-taken'; index: number };

/** The outcomes the person still wants, in the order recorded. */
export const currentOutcomes = (outcomes: OutcomeCaptureRecord) => outcomes.outcomes.filter((outcome) => !outcome.withdrawn);

/** Every way the review-close record does not fit the outcome-capture record, in record order. */
export function linkProblems(outcomes: OutcomeCaptureRecord, record: LinkedParts): LinkProblem[] {
  if (record.outcomeCaptureId !== undefined && record.outcomeCaptureId !== outcomes.id) return [{ code: 'other-record' }];
  const problems: LinkProblem[] = [];
  const byId = new Map(outcomes.outcomes.map((outcome) => [outcome.id, outcome]));
  const entries = (list: OutcomeList, entries: readonly { outcomeId?: string }[] | undefined) => {
    if (!entries) return;
    const named = new Set<string | undefined>();
    entries.forEach((entry, index) => {
      named.add(entry.outcomeId);
      const outcome = byId.get(entry.outcomeId!);
      if (!outcome) problems.push({ code: 'unknown-outcome', list, index });
      else if (outcome.withdrawn) problems.push({ code: 'withdrawn-outcome', list, index });
    });
    for (const outcome of currentOutcomes(outcomes)) {
      if (!named.has(outcome.id)) problems.push({ code: 'missing-outcome', list, outcomeId: outcome.id });
    }
  };
  if (record.stage === 'review') {
    entries('outcomeReviews', record.outcomeReviews);
    record.outcomeReviews?.forEach((entry, index) => {
      const outcome = byId.get(entry.outcomeId!);
      if (entry.changed && outcome && entry.previousWords !== undefined && entry.previousWords !== outcome.words) {
        problems.push({ code: 'words-differ', index });
      }
    });
    const added = record.newOutcomes ?? [];
    if (added.length && outcomes.asked !== 'asked-expressed') problems.push({ code: 'not-expressed' });
    added.forEach((outcome, index) => byId.has(outcome.id!) && problems.push({ code: 'id-taken', index }));
  } else if (record.stage === 'closure') {
    if (record.asked !== undefined && record.asked !== outcomes.asked) problems.push({ code: 'asked-differs' });
    if (outcomes.asked === 'asked-expressed' && record.asked === outcomes.asked) entries('outcomeResults', record.outcomeResults);
  }
  return problems;
}

const RULE = 'matches-outcome-capture';

/**
 * The same problems as issues, for logs and monitoring: a path in the review-close record, a code
 * and a message, never anyone's words. Empty when the records fit.
 */
export function reviewCloseLinkIssues(outcomes: OutcomeCaptureRecord, record: LinkedParts): RecordIssue[] {
  return linkProblems(outcomes, record).map((problem): RecordIssue => {
    const issue = (path: RecordIssue['path'], message: string): RecordIssue => ({ path, code: problem.code, message, rule: RULE });
    switch (problem.code) {
      case 'other-record':
        return issue(['outcomeCaptureId'], 'The record refers to another outcome-capture record');
      case 'asked-differs':
        return issue(['asked'], 'asked differs from the outcome-capture record');
      case 'not-expressed':
        return issue(['newOutcomes'], 'Outcomes can be added at review only where outcomes were expressed');
      case 'unknown-outcome':
        return issue([problem.list, problem.index, 'outcomeId'], 'No outcome of the outcome-capture record has this id');
      case 'withdrawn-outcome':
        return issue([problem.list, problem.index, 'outcomeId'], 'This outcome was withdrawn');
      case 'missing-outcome':
        return issue([problem.list], `No entry for outcome ${problem.outcomeId}`);
      case 'words-differ':
        return issue(['outcomeReviews', problem.index, 'previousWords'], 'The outcome’s words have changed since');
      case 'id-taken':
        return issue(['newOutcomes', problem.index, 'id'], 'An outcome of the outcome-capture record already has this id');
    }
  });
}
