import type { CaptureFacts, ClosureFacts, QuestionnaireFacts, ReviewSummary } from './kept.js';
import type { LatestRecords } from './latest.js';

/** One concluded enquiry: its latest closure and what links to it. */
export interface Enquiry {
  closure: ClosureFacts;
  capture?: CaptureFacts;
  /** Why there is no capture. */
  captureProblem?: 'missing' | 'invalid';
  reviews: ReviewSummary[];
  questionnaires: QuestionnaireFacts[];
  subjectRef?: string;
}

export interface Enquiries {
  enquiries: Enquiry[];
  /** Questionnaires naming no closure this input holds. */
  unlinked: QuestionnaireFacts[];
}

/** Whether closure `a` supersedes closure `b` of the same enquiry: a later instant, or on a tie the greater id in lower case. */
const supersedes = (a: { at: number; id: string }, b: { at: number; id: string }) =>
  a.at > b.at || (a.at === b.at && a.id.toLowerCase() > b.id.toLowerCase());

/**
 * Rule 3: an enquiry is the latest closure for one outcome capture. Reviews and questionnaires are
 * joined to it; a questionnaire naming any closure of the enquiry, even a superseded one, is linked.
 */
export function concludedEnquiries(latest: LatestRecords): Enquiries {
  const byCapture = new Map<string, Enquiry & { at: number }>();
  const captureOfClosure = new Map<string, string>();
  const reviews: ReviewSummary[] = [];
  for (const [id, { at, record }] of latest.closures) {
    if ('changed' in record) {
      reviews.push(record);
      continue;
    }
    const captureId = record.outcomeCaptureId;
    captureOfClosure.set(id, captureId);
    const current = byCapture.get(captureId);
    if (current && !supersedes({ at, id }, { at: current.at, id: current.closure.id })) continue;
    byCapture.set(captureId, { at, closure: record, reviews: [], questionnaires: [] });
  }
  for (const [captureId, enquiry] of byCapture) {
    const capture = latest.captures.get(captureId)?.record;
    if (capture) enquiry.capture = capture;
    else enquiry.captureProblem = latest.invalidCaptures.has(captureId) ? 'invalid' : 'missing';
    const subjectRef = enquiry.closure.subjectRef ?? capture?.subjectRef;
    if (subjectRef !== undefined) enquiry.subjectRef = subjectRef;
  }
  for (const review of reviews) byCapture.get(review.outcomeCaptureId)?.reviews.push(review);
  const unlinked: QuestionnaireFacts[] = [];
  for (const { record } of latest.questionnaires.values()) {
    const captureId = record.closureId === undefined ? undefined : captureOfClosure.get(record.closureId);
    const enquiry = captureId === undefined ? undefined : byCapture.get(captureId);
    if (enquiry) enquiry.questionnaires.push(record);
    else unlinked.push(record);
  }
  return { enquiries: [...byCapture.values()], unlinked };
}
