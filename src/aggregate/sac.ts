import { ENQUIRY_TYPES } from '../schemas/review-close.js';
import {
  ACTION_AND_RESULT,
  ASKED_ABOUT_OUTCOMES,
  CAPACITY_SUPPORT_PROVIDED,
  LACKED_CAPACITY,
  OUTCOME_ACHIEVEMENT,
  RISK_OUTCOME,
  RISK_SOURCES,
  type RiskSource,
} from '../schemas/sac-codes.js';
import { zeros } from './counts.js';
import type { Enquiry } from './enquiries.js';
import type { Conflict, Counts, SacTables, UnlinkedClosure } from './report.js';
import type { EnquiryType } from '../schemas/review-close.js';

const bySource = <K extends string>(codes: readonly K[]) =>
  Object.fromEntries(RISK_SOURCES.map((source) => [source, zeros(codes)])) as Record<RiskSource, Counts<K>>;

export const enquiryTypes = (enquiries: Enquiry[]): Counts<EnquiryType> => {
  const counts = zeros(ENQUIRY_TYPES);
  for (const { closure } of enquiries) counts[closure.enquiryType]++;
  return counts;
};

/** Rules 5 to 7: SG4a from the closure, SG3a from the outcome capture, SG2c and SG2e once per source of risk. */
export function sacTables(enquiries: Enquiry[]) {
  const sac: SacTables = {
    SG4a: { asked: zeros(ASKED_ABOUT_OUTCOMES), achieved: zeros(OUTCOME_ACHIEVEMENT) },
    SG3a: { lackedCapacity: zeros(LACKED_CAPACITY), supported: zeros(CAPACITY_SUPPORT_PROVIDED) },
    SG2c: bySource(ACTION_AND_RESULT),
    SG2e: bySource(RISK_OUTCOME),
  };
  const unlinked: UnlinkedClosure[] = [];
  const conflicts: Conflict[] = [];
  for (const { closure, capture, captureProblem } of enquiries) {
    const refs = { closureId: closure.id, outcomeCaptureId: closure.outcomeCaptureId, caseRef: closure.caseRef };
    sac.SG4a.asked[closure.asked]++;
    if (closure.overallAchieved) sac.SG4a.achieved[closure.overallAchieved]++;
    if (capture) {
      if (capture.asked !== closure.asked) conflicts.push({ ...refs, closureAsked: closure.asked, captureAsked: capture.asked });
      sac.SG3a.lackedCapacity[capture.lacked]++;
      if (capture.supportProvided) sac.SG3a.supported[capture.supportProvided]++;
    } else {
      unlinked.push({ ...refs, reason: captureProblem! });
      sac.SG3a.lackedCapacity['not-recorded']++;
    }
    for (const [source, risk] of Object.entries(closure.risks) as [RiskSource, NonNullable<(typeof closure.risks)[RiskSource]>][]) {
      sac.SG2c[source][risk.actionAndResult]++;
      if (risk.riskOutcome) sac.SG2e[source][risk.riskOutcome]++;
    }
  }
  return { sac, unlinked, conflicts };
}
