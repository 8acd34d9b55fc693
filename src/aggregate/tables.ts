import type { QuestionnaireFacts } from './kept.js';
import { byDimension, type HostFacts } from './dimensions.js';
import type { Enquiry } from './enquiries.js';
import { experience } from './experience.js';
import { measure } from './measure.js';
import { type Period, inPeriod } from './period.js';
import { practice } from './practice.js';
import { quotes } from './quotes.js';
import type { Jurisdiction, PeriodReport } from './report.js';
import { enquiryTypes, sacTables } from './sac.js';

/** The enquiry type each jurisdiction reports (rule 4). */
export const JURISDICTION_TYPE = { england: 'section-42', wales: 'section-126' } as const;

/** The enquiries concluded in a period (rule 3), and of those the jurisdiction's type (rule 4). */
export function concludedIn(enquiries: Enquiry[], period: Period, jurisdiction: Jurisdiction) {
  const all = enquiries.filter((enquiry) => inPeriod(enquiry.closure.concludedOn, period));
  return { all, counted: all.filter((enquiry) => enquiry.closure.enquiryType === JURISDICTION_TYPE[jurisdiction]) };
}

/** Every table for one period. */
export function periodReport(
  enquiries: Enquiry[],
  unlinked: QuestionnaireFacts[],
  period: Period,
  jurisdiction: Jurisdiction,
  facts: HostFacts,
): PeriodReport {
  const { all, counted } = concludedIn(enquiries, period, jurisdiction);
  return {
    ...period,
    concluded: counted.length,
    byType: enquiryTypes(all),
    ...sacTables(counted),
    measure: measure(counted),
    experience: experience(counted, unlinked, period),
    practice: practice(counted),
    quotes: quotes(counted),
    dimensions: byDimension(counted, facts),
  };
}
