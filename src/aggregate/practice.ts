import { ADVOCACY_STATUS } from '../schemas/outcome-capture.js';
import { ENQUIRY_RESPONSES } from '../schemas/review-close.js';
import { median, zeros } from './counts.js';
import type { Enquiry } from './enquiries.js';
import { daysBetween } from './period.js';
import type { Practice } from './report.js';

/** Days from the outcome capture's conversation to `concludedOn`, where there was a conversation. */
export const enquiryDays = ({ closure, capture }: Enquiry) =>
  capture?.conversationDate ? daysBetween(capture.conversationDate, closure.concludedOn) : undefined;

/** Rule 10: how the work was done. */
export function practice(enquiries: Enquiry[]): Practice {
  const result: Practice = {
    endingConversation: { held: 0, 'not-held': 0 },
    procedure: { followed: 0, departed: 0, departures: [] },
    reviews: { reviews: 0, changed: 0, withdrawn: 0 },
    responses: zeros([...ENQUIRY_RESPONSES, 'none'] as const),
    advocacy: zeros([...ADVOCACY_STATUS, 'not-recorded'] as const),
    days: { median: null, of: 0 },
  };
  const days: number[] = [];
  for (const enquiry of enquiries) {
    const { closure, capture } = enquiry;
    result.endingConversation[closure.endingHeld ? 'held' : 'not-held']++;
    if (closure.departure === undefined) result.procedure.followed++;
    else {
      result.procedure.departed++;
      result.procedure.departures.push(closure.departure);
    }
    for (const review of enquiry.reviews) {
      result.reviews.reviews++;
      result.reviews.changed += review.changed;
      result.reviews.withdrawn += review.withdrawn;
    }
    if (closure.responses?.length) for (const response of closure.responses) result.responses[response]++;
    else result.responses.none++;
    result.advocacy[capture?.advocacy ?? 'not-recorded']++;
    const taken = enquiryDays(enquiry);
    if (taken !== undefined) days.push(taken);
  }
  result.days = { median: median(days), of: days.length };
  return result;
}
