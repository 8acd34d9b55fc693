import { setOwn } from '../schemas/nulls.js';
import type { DisclosedCount, OutcomesReport, Quote } from './report.js';

/** NHS England's rule for published SAC counts: 1 to 4 suppressed, every other count to the nearest 5. */
export const discloseCount = (count: number): DisclosedCount => (count > 0 && count < 5 ? '[c]' : Math.round(count / 5) * 5);

const isShare = (value: object) => Object.keys(value).join() === 'count,of,percent';
const isMedian = (value: object) => Object.keys(value).join() === 'median,of';

/** Every number a count, except a share's percentage and a median, which are hidden where what they stand on is `[c]`. */
function walk(value: unknown): unknown {
  if (typeof value === 'number') return discloseCount(value);
  if (Array.isArray(value)) return value.map(walk);
  if (typeof value !== 'object' || value === null) return value;
  const disclosed: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) setOwn(disclosed, key, walk(item));
  const raw = value as Record<string, unknown>;
  if (isShare(value)) disclosed.percent = disclosed.count === '[c]' || disclosed.of === '[c]' ? '[c]' : raw.percent;
  if (isMedian(value)) disclosed.median = disclosed.of === '[c]' ? '[c]' : raw.median;
  return disclosed;
}

/**
 * The report as it may be published: every count rounded to the nearest 5, or `"[c]"` from 1 to 4;
 * totals rounded on their own, so cells may not add up to them; a percentage or median hidden
 * where what it stands on is `"[c]"`; no quote beside a `"[c]"` cell (its achievement's, or the
 * count of enquiries with outcomes expressed, or of questionnaires); no departures listed under a
 * `"[c]"` count; no case rows.
 */
export function disclose(report: OutcomesReport): OutcomesReport<DisclosedCount> {
  if (report.disclosed) return report as unknown as OutcomesReport<DisclosedCount>;
  const disclosed = walk({ ...report, cases: [] }) as OutcomesReport<DisclosedCount>;
  for (const period of [disclosed, disclosed.previous]) {
    const beside = (quote: Quote) =>
      quote.table === 'SG4a'
        ? period.sac.SG4a.asked['asked-expressed'] !== '[c]' && period.sac.SG4a.achieved[quote.achieved!] !== '[c]'
        : period.experience.questionnaires !== '[c]';
    period.quotes = period.quotes.filter(beside);
    if (period.practice.procedure.departed === '[c]') period.practice.procedure.departures = [];
  }
  disclosed.disclosed = true;
  return disclosed;
}
