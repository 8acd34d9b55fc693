import type { OutcomeCaptureRecord } from '../../src/schemas/outcome-capture.js';
import type { ClosureRecord, ReviewRecord } from '../../src/schemas/review-close.js';
import { joyceRecord, mrsTRecord, susiRecord } from './outcome-capture.records.js';

/**
 * Example reviews and endings, for the people of the outcome-capture examples (drawn from the
 * case studies in the MSP 2013/14 report; names are invented).
 */

const [joyceTalk, joyceVisits] = joyceRecord.outcomes.map((outcome) => outcome.id);
const [susiHome, susiMeetings, susiArt] = susiRecord.outcomes.map((outcome) => outcome.id);

/** Joyce's review: one outcome changed (she came to want something different) and one new. */
export const joyceReview: ReviewRecord = {
  kind: 'msp.review-close',
  version: 1,
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  caseRef: 'SG-2026-0412',
  subjectRef: 'P-88121',
  recordedAt: '2026-11-23T14:05:00+00:00',
  recordedBy: 'SW-017',
  locale: 'en-GB',
  outcomeCaptureId: joyceRecord.id,
  stage: 'review',
  outcomeReviews: [
    {
      outcomeId: joyceTalk,
      progress: 'I told him myself that I won’t lend him money. He hasn’t asked since.',
      changed: false,
    },
    {
      outcomeId: joyceVisits,
      progress: 'He still comes round most days. Last week my purse was short again.',
      changed: true,
      changedAt: '2026-11-23T14:00:00+00:00',
      previousWords: 'I want him to keep visiting me.',
      newWords: 'I want him to visit only when my daughter is there.',
      reason: 'Joyce still likes his company, but after the money went missing she wants someone with her.',
    },
  ],
  newOutcomes: [
    {
      id: 'b2c3d4e5-f607-4b8c-9d0e-1f2a3b4c5d6e',
      words: 'I want to learn to use my bank card at the shop myself.',
      firstRecordedAt: '2026-11-23T14:02:00+00:00',
    },
  ],
  nextReviewDate: '2027-01-12',
};

/** Susi's ending: one outcome fully achieved, one partly and one not; the risk reduced. */
export const susiClosure: ClosureRecord = {
  kind: 'msp.review-close',
  version: 1,
  id: 'c3d4e5f6-0718-4c9d-8e1f-2a3b4c5d6e7f',
  caseRef: 'SG-2026-0388',
  recordedAt: '2026-11-24T16:30:00+00:00',
  locale: 'en-GB',
  outcomeCaptureId: susiRecord.id,
  stage: 'closure',
  asked: 'asked-expressed',
  outcomeResults: [
    {
      outcomeId: susiHome,
      achieved: 'partially',
      reason: 'you have moved to a flat of your own, but you still worry that he will find out where it is.',
      personComment: 'I love my flat. I lock the door now and I feel better.',
      barriers: 'It took three months to find a flat that was right for you.',
    },
    {
      outcomeId: susiMeetings,
      achieved: 'fully',
      reason: 'you chose who came to every meeting, and you came to them all.',
      personComment: 'I liked having Jo there with me.',
    },
    {
      outcomeId: susiArt,
      achieved: 'not',
      reason: 'the art group moved to Thursdays, when you are at work.',
      personComment: 'I miss it.',
      barriers: 'The group changed its day, and there is no other group near the new flat yet.',
    },
  ],
  risk: { actionAndResult: 'risk-identified-action-taken', riskOutcome: 'reduced' },
  ending: { happened: true, date: '2026-11-24', method: 'face-to-face', participants: ['person', 'advocate'] },
  feedback: 'questionnaire-completed',
  rationale:
    'Susi chose to move, and we helped her find a flat. She decided not to involve the police; we respected that and agreed a safety plan with her.',
  procedure: { followed: true },
  nextSteps: 'Susi’s housing officer will visit each month. Susi knows to call the safeguarding team, or 999, if she feels unsafe.',
};

/** Mrs T's ending: she was asked but said nothing she wanted, so achievement does not apply. */
export const mrsTClosure: ClosureRecord = {
  kind: 'msp.review-close',
  version: 1,
  id: 'd4e5f607-1829-4dae-9f2a-3b4c5d6e7f80',
  caseRef: 'SG-2026-0275',
  recordedAt: '2026-10-20T15:00:00+01:00',
  locale: 'en-GB',
  outcomeCaptureId: mrsTRecord.id,
  stage: 'closure',
  asked: 'asked-not-expressed',
  risk: { actionAndResult: 'no-risk-identified-no-action-taken' },
  ending: { happened: true, date: '2026-10-19', method: 'phone', participants: ['person', 'family-or-friend'] },
  feedback: 'offered-declined',
  rationale: 'The care home had already changed how it gives Mrs T her medicines. Her daughter agreed nothing more was needed.',
  procedure: { followed: true },
  nextSteps: 'The care home manager will tell us if anything worries them again.',
};

/** Joyce's ending when she asked for the enquiry to stop: no risk outcome, no ending conversation, a departure from procedure. */
export const joyceCeasedClosure: ClosureRecord = {
  kind: 'msp.review-close',
  version: 1,
  id: 'e5f60718-293a-4ebf-8a3b-4c5d6e7f8091',
  caseRef: 'SG-2026-0412',
  subjectRef: 'P-88121',
  recordedAt: '2026-11-24T11:00:00+00:00',
  locale: 'en-GB',
  outcomeCaptureId: joyceRecord.id,
  stage: 'closure',
  asked: 'asked-expressed',
  outcomeResults: [
    { outcomeId: joyceTalk, achieved: 'fully', reason: 'you spoke to him yourself and he has stopped asking you for money.' },
    {
      outcomeId: joyceVisits,
      achieved: 'partially',
      reason: 'he still visits you, but you told us money has gone missing again.',
      personComment: 'I can sort this out myself now.',
    },
  ],
  risk: { actionAndResult: 'ceased-at-request-no-action-taken' },
  ending: { happened: false, whyNot: 'Joyce asked us to stop and did not want another visit. We wrote to her instead.' },
  feedback: 'not-offered',
  rationale: 'Joyce has capacity to decide this and asked us to stop. She knows how to contact us.',
  procedure: {
    followed: false,
    departure: 'We closed without a final meeting because Joyce asked us not to visit again. Her GP knows the enquiry has ended.',
  },
  nextSteps: 'No further action. Joyce has our number and her daughter’s support.',
};

/** The outcome-capture record of each example, by the record that refers to it. */
export const outcomesFor = (record: { outcomeCaptureId: string }): OutcomeCaptureRecord =>
  [joyceRecord, susiRecord, mrsTRecord].find((outcomes) => outcomes.id === record.outcomeCaptureId)!;
