import { RecordParseError } from './issues.js';
import { parseOutcomeCapture, type Outcome, type OutcomeCaptureRecord } from './outcome-capture.js';
import { reviewCloseLinkIssues } from './review-close.link.js';
import { parseReviewClose, REVIEW_CLOSE_KIND } from './review-close.js';

/**
 * The outcome-capture record after a review: each outcome whose words changed takes its new
 * words, with the words before and why they changed added to the end of its history; each
 * outcome the person no longer wants is withdrawn, with when and why, as outcome capture keeps
 * it (its words and history stay); the new outcomes follow the others. Nothing else changes and nothing is lost: every earlier change,
 * every withdrawn outcome, every other answer stays as it was. `recordedAt` becomes the later of
 * the two records' (the review is an edit), and `recordedBy` the review's, where it names one.
 *
 * Both records are validated first (older versions migrated, nulls read as absent). Throws a
 * `RecordParseError` if either is invalid, if the review-close record is a closure, if it does
 * not fit the outcome-capture record (see `reviewCloseLinkIssues`), or if the result would break
 * a limit (100 changes to one outcome, 50 outcomes). A pure function: it changes neither input.
 */
export function applyReview(outcomeCaptureRecord: unknown, reviewRecord: unknown): OutcomeCaptureRecord {
  const current = parseOutcomeCapture(outcomeCaptureRecord);
  const review = parseReviewClose(reviewRecord);
  if (review.stage !== 'review') {
    throw new RecordParseError(REVIEW_CLOSE_KIND, [{ path: ['stage'], code: 'not-a-review', message: 'Only a review can be applied' }]);
  }
  const problems = reviewCloseLinkIssues(current, review);
  if (problems.length) throw new RecordParseError(REVIEW_CLOSE_KIND, problems);

  const changes = new Map(review.outcomeReviews.map((entry) => [entry.outcomeId, entry]));
  const changed = (outcome: Outcome): Outcome => {
    const entry = changes.get(outcome.id);
    if (entry?.withdrawn) return { ...outcome, withdrawn: { withdrawnAt: entry.withdrawn.withdrawnAt, reason: entry.withdrawn.reason } };
    if (!entry?.changed) return outcome;
    return {
      ...outcome,
      words: entry.newWords,
      history: [...outcome.history, { changedAt: entry.changedAt, previousWords: outcome.words, reason: entry.reason }],
    };
  };
  const later = Date.parse(review.recordedAt) > Date.parse(current.recordedAt) ? review.recordedAt : current.recordedAt;
  return parseOutcomeCapture({
    ...current,
    recordedAt: later,
    ...(review.recordedBy === undefined ? {} : { recordedBy: review.recordedBy }),
    outcomes: [
      ...current.outcomes.map(changed),
      ...review.newOutcomes.map((outcome) => ({ id: outcome.id, words: outcome.words, firstRecordedAt: outcome.firstRecordedAt, history: [] })),
    ],
  });
}
