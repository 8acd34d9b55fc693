/**
 * The Board page's report: the stored records counted by `msp-elements/aggregate`, as a case
 * system would count them, for the fallback without JavaScript and the two CSV files. Nothing is
 * counted here; this file only chooses the records and the period, and lays out the SAC tables.
 */
import { aggregate, londonToday } from 'msp-elements/aggregate';
import {
  ACTION_AND_RESULT_SAC_LABELS,
  ASKED_ABOUT_OUTCOMES_SAC_LABELS,
  CAPACITY_SUPPORT_PROVIDED_SAC_LABELS,
  LACKED_CAPACITY_SAC_LABELS,
  OUTCOME_ACHIEVEMENT_SAC_LABELS,
  RISK_OUTCOME_SAC_LABELS,
  RISK_SOURCE_SAC_LABELS,
  recordKinds,
} from 'msp-elements/schemas';

/**
 * The Board report's period on the portal: this reporting year (from 1 April) up to today, in
 * Europe/London, so the fictional cases, concluded this year, are counted.
 */
export function reportingYearToDate(now = new Date()) {
  const today = londonToday(now);
  const [year, month] = today.split('-').map(Number);
  return { from: `${month >= 4 ? year : year - 1}-04-01`, to: today };
}

const KINDS = ['outcome-capture', 'review-close', 'experience-questionnaire'].map((name) => recordKinds[name].kind);

/** Every stored record of the kinds the report reads, as stored: what `/board/records.json` serves. */
export function boardRecords(store) {
  return KINDS.flatMap((kind) => store.allOfKind(kind).map(({ record }) => record));
}

/** The report for England's SAC (section 42 enquiries) over this reporting year to date. */
export function boardReport(store, now = new Date()) {
  const { from, to } = reportingYearToDate(now);
  return aggregate(boardRecords(store), { from, to, jurisdiction: 'england' });
}

const rows = (counts, labels, prefix = '') => Object.entries(counts).map(([code, count]) => [`${prefix}${labels[code] ?? code}`, count]);

/** SG2c and SG2e: one row per source of risk and answer, "Source: answer". */
const perSource = (tallies, labels) =>
  Object.entries(tallies).flatMap(([source, counts]) => rows(counts, labels, `${RISK_SOURCE_SAC_LABELS[source] ?? 'Not recorded'}: `));

/** The SAC tables of a (disclosed) report, with the SAC's labels: { key of the title, rows: [label, count] }. */
export function sacTables({ sac }) {
  return [
    { key: 'askedTitle', rows: rows(sac.SG4a.asked, ASKED_ABOUT_OUTCOMES_SAC_LABELS) },
    { key: 'achievedTitle', rows: rows(sac.SG4a.achieved, OUTCOME_ACHIEVEMENT_SAC_LABELS) },
    { key: 'capacityTitle', rows: rows(sac.SG3a.lackedCapacity, LACKED_CAPACITY_SAC_LABELS) },
    { key: 'supportTitle', rows: rows(sac.SG3a.supported, CAPACITY_SUPPORT_PROVIDED_SAC_LABELS) },
    { key: 'actionTitle', rows: perSource(sac.SG2c, ACTION_AND_RESULT_SAC_LABELS) },
    { key: 'riskTitle', rows: perSource(sac.SG2e, RISK_OUTCOME_SAC_LABELS) },
  ];
}
