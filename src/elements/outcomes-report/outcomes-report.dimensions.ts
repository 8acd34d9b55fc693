import type { DimensionCounts, DisclosedCount, OutcomesReport } from '../../aggregate/report.js';
import { zeros } from '../../aggregate/counts.js';
import { getLocale, msg, str } from '../../core/locale.js';
import { ASKED_ABOUT_OUTCOMES, OUTCOME_ACHIEVEMENT, type OutcomeAchievement } from '../../schemas/sac-codes.js';
import type { Row, TableView } from './outcomes-report.table.js';

type Split = Record<string, DimensionCounts<DisclosedCount>>;

const NONE: DimensionCounts<DisclosedCount> = { concluded: 0, asked: zeros(ASKED_ABOUT_OUTCOMES), achieved: zeros(OUTCOME_ACHIEVEMENT) };

/** One collator per locale, made when first needed: making one takes a browser milliseconds, and every render sorts. */
const collators = new Map<string, Intl.Collator>();

/** The host's values in order, numbers as numbers (so age bands read 18-64, 65-74, 85+), cases it gave no value for last. */
function valuesOf(now: Split, before: Split) {
  const locale = getLocale();
  let order = collators.get(locale);
  if (!order) collators.set(locale, (order = new Intl.Collator(locale, { numeric: true })));
  return [...new Set([...Object.keys(now), ...Object.keys(before)])].sort(
    (a, b) => Number(a === 'not-given') - Number(b === 'not-given') || order.compare(a, b),
  );
}

/**
 * SG4a split by each fact the host gave about its cases (an age band, an area): for each value,
 * enquiries ended, outcomes said, and how far they were achieved. The names and values are the
 * host's, shown as text. No quote stands beside these tables. Loaded on its own, only once a host
 * has given dimensions, so it takes the report's words for each achievement as `achievedLabel`.
 */
export function dimensionTables(report: OutcomesReport<DisclosedCount>, achievedLabel: (code: OutcomeAchievement) => string): TableView[] {
  const names = [...new Set([...Object.keys(report.dimensions), ...Object.keys(report.previous.dimensions)])];
  return names.map((name, index) => {
    const now = report.dimensions[name] ?? {};
    const before = report.previous.dimensions[name] ?? {};
    const rows: Row[] = valuesOf(now, before).flatMap((value) => {
      const label = value === 'not-given' ? msg('Not given', { id: 'or.dimension.not-given' }) : value;
      const read = (pick: (counts: DimensionCounts<DisclosedCount>) => DisclosedCount) => ({
        now: pick(now[value] ?? NONE),
        before: pick(before[value] ?? NONE),
      });
      return [
        { label: msg(str`${label}: enquiries ended`, { id: 'or.dimension.concluded' }), ...read((c) => c.concluded) },
        { label: msg(str`${label}: said what they wanted`, { id: 'or.dimension.expressed' }), ...read((c) => c.asked['asked-expressed']) },
        ...OUTCOME_ACHIEVEMENT.map((code) => ({
          label: msg(str`${label}: ${achievedLabel(code)}`, { id: 'or.dimension.achieved' }),
          ...read((c) => c.achieved[code]),
        })),
      ];
    });
    return { id: `dimension-${index + 1}`, caption: msg(str`By ${name} (SG4a)`, { id: 'or.table.dimension' }), rows };
  });
}
