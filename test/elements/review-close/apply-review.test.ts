import { expect } from '@open-wc/testing';
import {
  RecordParseError,
  applyReview,
  safeParseOutcomeCapture,
  type OutcomeCaptureRecord,
  type RecordIssue,
} from '../../../src/schemas/index.js';
import { joyceRecord, mrsTRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { joyceReview, susiClosure, susiReview } from '../../../fixtures/states/review-close.records.js';

function issuesOf(apply: () => unknown): RecordIssue[] {
  try {
    apply();
  } catch (error) {
    expect(error).to.be.instanceOf(RecordParseError);
    return (error as RecordParseError).issues;
  }
  expect.fail('the review was applied');
}

describe('applyReview: the next outcome-capture record after a review', () => {
  it('a changed outcome takes its new words, and the words before and why are added to the end of its history', () => {
    const next = applyReview(joyceRecord, joyceReview);
    const [, visits] = next.outcomes;
    expect(visits.words).to.equal('I want him to visit only when my daughter is there.');
    expect(visits.history).to.deep.equal([
      {
        changedAt: '2026-11-23T14:00:00+00:00',
        previousWords: 'I want him to keep visiting me.',
        reason: 'Joyce still likes his company, but after the money went missing she wants someone with her.',
      },
    ]);
  });

  it('keeps every earlier change, and the original words, of an outcome that changed before', () => {
    const [talk] = joyceRecord.outcomes;
    const review = structuredClone(joyceReview);
    review.outcomeReviews[0] = {
      outcomeId: talk.id,
      progress: 'He stopped asking.',
      changed: true,
      changedAt: '2026-11-23T14:01:00+00:00',
      previousWords: talk.words,
      newWords: 'I want him to stop coming round.',
      reason: 'Joyce says she is tired of his visits now.',
    };
    const next = applyReview(joyceRecord, review);
    expect(next.outcomes[0].history).to.deep.equal([
      ...talk.history,
      { changedAt: '2026-11-23T14:01:00+00:00', previousWords: talk.words, reason: 'Joyce says she is tired of his visits now.' },
    ]);
    // The very first words are still there, and each change's words can be read back in order.
    expect(next.outcomes[0].history[0].previousWords).to.equal('I don’t want anything to be done. He is very kind.');
    expect(next.outcomes[0].words).to.equal('I want him to stop coming round.');
  });

  it('adds the new outcomes after the others, with their ids and no history', () => {
    const next = applyReview(joyceRecord, joyceReview);
    expect(next.outcomes.map((outcome) => outcome.id)).to.deep.equal([...joyceRecord.outcomes.map((outcome) => outcome.id), joyceReview.newOutcomes[0].id]);
    expect(next.outcomes[2]).to.deep.equal({
      id: joyceReview.newOutcomes[0].id,
      words: 'I want to learn to use my bank card at the shop myself.',
      firstRecordedAt: '2026-11-23T14:02:00+00:00',
      history: [],
    });
  });

  it('loses nothing of the original: every other field, outcome and withdrawn outcome is as it was; the result is valid', () => {
    const next = applyReview(joyceRecord, joyceReview);
    const { outcomes, recordedAt, ...rest } = next;
    const { outcomes: before, recordedAt: _at, ...restBefore } = joyceRecord;
    expect(rest).to.deep.equal(restBefore);
    expect(outcomes[0]).to.deep.equal(before[0]);
    expect(recordedAt).to.equal(joyceReview.recordedAt);
    expect(safeParseOutcomeCapture(next).success).to.be.true;
    // Susi's withdrawn outcome stays, with its reason, after a review of the others.
    const reviewOfTheOthers = {
      ...joyceReview,
      outcomeCaptureId: susiRecord.id,
      outcomeReviews: susiRecord.outcomes
        .filter((outcome) => !outcome.withdrawn)
        .map((outcome) => ({ outcomeId: outcome.id, progress: 'Going well.', changed: false as const })),
      newOutcomes: [],
    };
    const afterSusi = applyReview(susiRecord, reviewOfTheOthers);
    expect(afterSusi.outcomes).to.deep.equal(susiRecord.outcomes);
  });

  it('withdraws an outcome the person no longer wants, with when and why, as outcome capture keeps it; its words and history stay', () => {
    const next = applyReview(susiRecord, susiReview);
    const art = susiRecord.outcomes.find((outcome) => outcome.id === susiReview.outcomeReviews[2].outcomeId)!;
    const after = next.outcomes.find((outcome) => outcome.id === art.id)!;
    expect(after).to.deep.equal({
      ...art,
      withdrawn: {
        withdrawnAt: '2026-11-10T11:20:00+00:00',
        reason: 'Susi has found a pottery class she loves near the new flat and does not want to go back to the art group.',
      },
    });
    // The other outcomes, and the one withdrawn before, are as they were; the result is valid.
    expect(next.outcomes.filter((outcome) => outcome.id !== art.id)).to.deep.equal(susiRecord.outcomes.filter((outcome) => outcome.id !== art.id));
    expect(safeParseOutcomeCapture(next).success).to.be.true;
    // The next review or the ending no longer asks about it.
    expect(next.outcomes.filter((outcome) => !outcome.withdrawn).length).to.equal(susiRecord.outcomes.filter((outcome) => !outcome.withdrawn).length - 1);
  });

  it('is pure: neither record it is given changes', () => {
    const outcomes = structuredClone(joyceRecord);
    const review = structuredClone(joyceReview);
    applyReview(outcomes, review);
    expect(outcomes).to.deep.equal(joyceRecord);
    expect(review).to.deep.equal(joyceReview);
  });

  it('keeps the later recordedAt when the outcome-capture record was edited after the review', () => {
    const later = { ...joyceRecord, recordedAt: '2026-11-24T09:00:00+00:00' };
    expect(applyReview(later, joyceReview).recordedAt).to.equal('2026-11-24T09:00:00+00:00');
  });

  it('refuses a closure, a review of another record, one that misses or invents an outcome, or one that is invalid', () => {
    expect(issuesOf(() => applyReview(susiRecord, susiClosure)).map((issue) => issue.code)).to.deep.equal(['not-a-review']);
    expect(issuesOf(() => applyReview(susiRecord, joyceReview)).map((issue) => issue.code)).to.deep.equal(['other-record']);
    const missing = { ...joyceReview, outcomeReviews: [joyceReview.outcomeReviews[1]] };
    expect(issuesOf(() => applyReview(joyceRecord, missing)).map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['outcomeReviews', 'missing-outcome'],
    ]);
    const invented = structuredClone(joyceReview);
    invented.outcomeReviews[0].outcomeId = 'f6071829-3a4b-4cd5-9e6f-708192a3b4c5';
    expect(issuesOf(() => applyReview(joyceRecord, invented)).map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['outcomeReviews.0.outcomeId', 'unknown-outcome'],
      ['outcomeReviews', 'missing-outcome'],
    ]);
    expect(issuesOf(() => applyReview(joyceRecord, { ...joyceReview, stage: 'finished' }))[0].path).to.deep.equal(['stage']);
  });

  it('refuses a change whose earlier words are not the outcome’s words now: the record changed since the review began', () => {
    const stale = structuredClone(joyceReview);
    stale.outcomeReviews[1] = { ...stale.outcomeReviews[1], previousWords: 'Some other words.' } as (typeof stale.outcomeReviews)[number];
    expect(issuesOf(() => applyReview(joyceRecord, stale)).map((issue) => issue.code)).to.deep.equal(['words-differ']);
  });

  it('adds outcomes only where the person said what they want, and never under an id already used', () => {
    const toMrsT = { ...joyceReview, outcomeCaptureId: mrsTRecord.id, outcomeReviews: [] };
    expect(issuesOf(() => applyReview(mrsTRecord, toMrsT)).map((issue) => issue.code)).to.deep.equal(['not-expressed']);
    const taken = structuredClone(joyceReview);
    taken.newOutcomes[0].id = joyceRecord.outcomes[0].id;
    expect(issuesOf(() => applyReview(joyceRecord, taken)).map((issue) => issue.code)).to.deep.equal(['id-taken']);
  });

  it('refuses a result past a limit rather than dropping anything: 100 changes to one outcome', () => {
    const full = structuredClone(joyceRecord) as OutcomeCaptureRecord;
    const [, visits] = full.outcomes;
    visits.history = Array.from({ length: 100 }, () => ({ changedAt: '2026-11-01T10:00:00+00:00', previousWords: 'Before.', reason: 'Because.' }));
    const issues = issuesOf(() => applyReview(full, joyceReview));
    expect(issues.map((issue) => issue.path.join('.'))).to.deep.equal(['outcomes.1.history']);
  });
});
