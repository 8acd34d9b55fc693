import type { ExperienceAnswerEntry, ExperienceQuestionnaireRecord } from '../schemas/experience-questionnaire.js';
import type { Advocacy, Capacity, OutcomeCaptureRecord } from '../schemas/outcome-capture.js';
import type { ClosureRecord, EnquiryResponse, OutcomeResult, ReviewRecord } from '../schemas/review-close.js';

/**
 * What the counting keeps of each record (rule 13): its codes, and the person's words only where
 * they may yet be quoted; never the practitioner's notes. zod's output may hold null for an
 * absent optional field; these hold undefined.
 */

export interface ClosureFacts {
  id: string;
  outcomeCaptureId: string;
  caseRef: string;
  subjectRef?: string;
  concludedOn: string;
  enquiryType: ClosureRecord['enquiryType'];
  asked: ClosureRecord['asked'];
  overallAchieved?: NonNullable<ClosureRecord['overallAchieved']>;
  risks: ClosureRecord['risks'];
  responses?: EnquiryResponse[];
  endingHeld: boolean;
  /** The practitioner's words for a departure from procedure; undefined where it was followed. */
  departure?: string;
  /** Only where the person agreed to be quoted. */
  outcomeResults?: OutcomeResult[];
}

export interface CaptureFacts {
  asked: OutcomeCaptureRecord['asked'];
  subjectRef?: string;
  expressedBy?: NonNullable<OutcomeCaptureRecord['expressedBy']>;
  lacked: Capacity['lacked'];
  supportProvided?: NonNullable<Capacity['supportProvided']>;
  advocacy?: Advocacy['status'];
  conversationDate?: string;
  /** Outcome id → words, for quotes the closure may allow. */
  words: [string, string][];
}

export interface QuestionnaireFacts {
  closureId?: string;
  recordedAt: string;
  answers: ExperienceAnswerEntry[];
  /** Only where the person agreed to be quoted. */
  couldBeBetter?: string;
}

/** What the counting needs of a review: never the words of its progress notes. */
export interface ReviewSummary {
  outcomeCaptureId: string;
  at: number;
  changed: number;
  withdrawn: number;
  /** Outcome id → its words from this review on (changed or new). */
  words: [string, string][];
}

const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export const closureFacts = (closure: ClosureRecord): ClosureFacts => ({
  id: closure.id,
  outcomeCaptureId: closure.outcomeCaptureId,
  caseRef: closure.caseRef,
  subjectRef: given(closure.subjectRef),
  concludedOn: closure.concludedOn,
  enquiryType: closure.enquiryType,
  asked: closure.asked,
  overallAchieved: given(closure.overallAchieved),
  risks: closure.risks,
  responses: given(closure.responses),
  endingHeld: closure.ending.happened,
  departure: closure.procedure.followed ? undefined : given(closure.procedure.departure),
  outcomeResults: closure.quoteConsent === 'yes' ? given(closure.outcomeResults) : undefined,
});

export const captureFacts = (capture: OutcomeCaptureRecord): CaptureFacts => ({
  asked: capture.asked,
  subjectRef: given(capture.subjectRef),
  expressedBy: given(capture.expressedBy),
  lacked: capture.capacity.lacked,
  supportProvided: given(capture.capacity.supportProvided),
  advocacy: given(capture.advocacy?.status),
  conversationDate: given(capture.conversation?.date),
  words: capture.outcomes.map((outcome) => [outcome.id, outcome.words]),
});

export const questionnaireFacts = (questionnaire: ExperienceQuestionnaireRecord): QuestionnaireFacts => ({
  closureId: given(questionnaire.closureId),
  recordedAt: questionnaire.recordedAt,
  answers: questionnaire.answers,
  couldBeBetter: questionnaire.quoteConsent === 'yes' ? given(questionnaire.couldBeBetter) : undefined,
});

export function reviewSummary(review: ReviewRecord, at: number): ReviewSummary {
  const words: [string, string][] = [];
  let changed = 0;
  let withdrawn = 0;
  for (const entry of review.outcomeReviews) {
    if (entry.changed) {
      changed++;
      words.push([entry.outcomeId, entry.newWords!]);
    } else if (entry.withdrawn) withdrawn++;
  }
  for (const outcome of review.newOutcomes) words.push([outcome.id, outcome.words]);
  return { outcomeCaptureId: review.outcomeCaptureId, at, changed, withdrawn, words };
}
