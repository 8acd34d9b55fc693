import { ASKED_ABOUT_OUTCOMES, OUTCOME_ACHIEVEMENT } from '../schemas/sac-codes.js';
import { entry, zeros } from './counts.js';
import type { Enquiry } from './enquiries.js';
import type { AggregateOptions, DimensionCounts } from './report.js';

export type HostFacts = (caseRef: string) => Readonly<Record<string, string>> | undefined;

/** A look-up of the host's facts by caseRef, from a Map or a plain object. */
export function hostFacts(dimensions: AggregateOptions['dimensions']): HostFacts {
  if (!dimensions) return () => undefined;
  if (dimensions instanceof Map) return (caseRef) => dimensions.get(caseRef);
  const table = dimensions as Readonly<Record<string, Readonly<Record<string, string>>>>;
  return (caseRef) => (Object.hasOwn(table, caseRef) ? table[caseRef] : undefined);
}

/** SG4a split by each host dimension; a case without a value for one is under `not-given`. */
export function byDimension(enquiries: Enquiry[], facts: HostFacts): Record<string, Record<string, DimensionCounts>> {
  const names = new Set<string>();
  const given = enquiries.map(({ closure }) => {
    const found = facts(closure.caseRef) ?? {};
    for (const name of Object.keys(found)) names.add(name);
    return found;
  });
  const tables: Record<string, Record<string, DimensionCounts>> = {};
  for (const name of names) {
    const table = entry(tables, name, () => ({}));
    enquiries.forEach(({ closure }, index) => {
      const value = Object.hasOwn(given[index], name) ? String(given[index][name]) : 'not-given';
      const counts = entry(table, value, () => ({ concluded: 0, asked: zeros(ASKED_ABOUT_OUTCOMES), achieved: zeros(OUTCOME_ACHIEVEMENT) }));
      counts.concluded++;
      counts.asked[closure.asked]++;
      if (closure.overallAchieved) counts.achieved[closure.overallAchieved]++;
    });
  }
  return tables;
}
