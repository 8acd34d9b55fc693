import type { Enquiry } from './enquiries.js';
import { enquiryDays } from './practice.js';
import type { CaseRow } from './report.js';

/** One row per concluded enquiry, with its codes and no words. */
export function caseRow(enquiry: Enquiry): CaseRow {
  const { closure, capture } = enquiry;
  const row: CaseRow = {
    closureId: closure.id,
    outcomeCaptureId: closure.outcomeCaptureId,
    caseRef: closure.caseRef,
    concludedOn: closure.concludedOn,
    enquiryType: closure.enquiryType,
    asked: closure.asked,
    lackedCapacity: capture?.lacked ?? 'not-recorded',
    risks: Object.fromEntries(
      Object.entries(closure.risks).map(([source, risk]) => [source, risk.riskOutcome ? risk : { actionAndResult: risk.actionAndResult }]),
    ),
    endingConversation: closure.endingHeld,
    procedureFollowed: closure.departure === undefined,
    responses: closure.responses ?? [],
    questionnaires: enquiry.questionnaires.length,
  };
  const days = enquiryDays(enquiry);
  const optional = {
    subjectRef: enquiry.subjectRef,
    overallAchieved: closure.overallAchieved,
    expressedBy: capture?.expressedBy,
    supportProvided: capture?.supportProvided,
    advocacy: capture?.advocacy,
    days,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (row as unknown as Record<string, unknown>)[key] = value;
  return row;
}
