import { caseRow } from './cases.js';
import { hostFacts } from './dimensions.js';
import { concludedEnquiries } from './enquiries.js';
import { LatestRecords } from './latest.js';
import { periodOf, previousPeriod } from './period.js';
import type { AggregateOptions, OutcomesReport } from './report.js';
import { concludedIn, periodReport } from './tables.js';

/**
 * Counts what the records say for the Board and the national return: raw counts only, to be
 * passed through `disclose` before anything is published. `records`: parsed JSON values of any
 * kind, in any order, from an array, an iterable or an async iterable; read once.
 */
export async function aggregate(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: AggregateOptions = {},
): Promise<OutcomesReport> {
  const period = periodOf(options);
  const jurisdiction = options.jurisdiction ?? 'england';
  if (jurisdiction !== 'england' && jurisdiction !== 'wales') throw new RangeError('jurisdiction must be england or wales');
  const latest = new LatestRecords();
  if (Symbol.asyncIterator in records) for await (const value of records) latest.add(value);
  else for (const value of records) latest.add(value);
  const { enquiries, unlinked } = concludedEnquiries(latest);
  const facts = hostFacts(options.dimensions);
  return {
    jurisdiction,
    disclosed: false,
    ...periodReport(enquiries, unlinked, period, jurisdiction, facts),
    invalid: latest.invalid,
    previous: periodReport(enquiries, unlinked, previousPeriod(period), jurisdiction, facts),
    cases: concludedIn(enquiries, period, jurisdiction).all.map(caseRow),
  };
}
