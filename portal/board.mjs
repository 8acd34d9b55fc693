/**
 * The Board page's counts without JavaScript (the Board report element's fallback), and the CSV
 * files of the SAC tables. Concluded enquiries are the
 * latest closure for each outcome capture (older record versions migrated first). The SAC tables
 * count only concluded section 42 enquiries (section 126 enquiries go to Welsh Government's
 * return): SG4a question 1 and question 2 once per enquiry, SG2c and SG2e once per source of
 * risk. The SAC labels come from the package, so the return uses the collection's exact words.
 */
import {
  ACTION_AND_RESULT,
  ACTION_AND_RESULT_SAC_LABELS,
  ASKED_ABOUT_OUTCOMES,
  ASKED_ABOUT_OUTCOMES_SAC_LABELS,
  OUTCOME_ACHIEVEMENT,
  OUTCOME_ACHIEVEMENT_SAC_LABELS,
  RISK_OUTCOME,
  RISK_OUTCOME_SAC_LABELS,
  RISK_SOURCE_SAC_LABELS,
  SAC_RISK_SOURCES,
  migrate,
} from 'msp-elements/schemas';

/**
 * The Board report's period on the portal: this reporting year (from 1 April) up to today, in
 * Europe/London, so the fictional cases, concluded this year, are counted.
 */
export function reportingYearToDate(now = new Date()) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
  const [year, month] = today.split('-').map(Number);
  return { from: `${month >= 4 ? year : year - 1}-04-01`, to: today };
}

/** Published counts: 1 to 4 as [c], the rest rounded to the nearest 5. */
export function disclose(count) {
  if (count === 0) return '0';
  if (count < 5) return '[c]';
  return String(Math.round(count / 5) * 5);
}

/** The latest closure for each outcome-capture record, as the current version of the record. */
function concludedEnquiries(reviewCloseRows) {
  const latest = new Map();
  for (const { record: stored } of reviewCloseRows) {
    const migrated = migrate(stored);
    const record = migrated.success ? migrated.data : stored;
    if (record.stage !== 'closure') continue;
    const previous = latest.get(record.outcomeCaptureId);
    if (!previous || Date.parse(record.recordedAt) >= Date.parse(previous.recordedAt)) latest.set(record.outcomeCaptureId, record);
  }
  return [...latest.values()];
}

/** Rows per source of risk and code: `source:code`, "Source label: code label". */
function perSource(closures, codes, labels, field) {
  return SAC_RISK_SOURCES.flatMap((source) =>
    codes.map((code) => [
      `${source}:${code}`,
      `${RISK_SOURCE_SAC_LABELS[source]}: ${labels[code]}`,
      closures.filter((closure) => closure.risks?.[source]?.[field] === code).length,
    ]),
  );
}

/** Raw counts, one table per SAC question: { title key, rows: [code, label, count] }. */
export function boardCounts(reviewCloseRows) {
  const closures = concludedEnquiries(reviewCloseRows);
  const sac = closures.filter((closure) => closure.enquiryType === 'section-42');
  const count = (codes, labels, codeOf) => codes.map((code) => [code, labels[code], sac.filter((closure) => codeOf(closure) === code).length]);
  return {
    concluded: closures.length,
    section42: sac.length,
    tables: [
      { key: 'askedTitle', question: 'SG4a-1', rows: count(ASKED_ABOUT_OUTCOMES, ASKED_ABOUT_OUTCOMES_SAC_LABELS, (c) => c.asked) },
      { key: 'achievedTitle', question: 'SG4a-2', rows: count(OUTCOME_ACHIEVEMENT, OUTCOME_ACHIEVEMENT_SAC_LABELS, (c) => c.overallAchieved) },
      { key: 'actionTitle', question: 'SG2c', rows: perSource(sac, ACTION_AND_RESULT, ACTION_AND_RESULT_SAC_LABELS, 'actionAndResult') },
      { key: 'riskTitle', question: 'SG2e', rows: perSource(sac, RISK_OUTCOME, RISK_OUTCOME_SAC_LABELS, 'riskOutcome') },
    ],
  };
}

const csvCell = (value) => (/[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));

/** The counts as CSV: `question,code,label,count`, disclosed unless `raw`. */
export function boardCsv(counts, { raw }) {
  const shown = (value) => (raw ? value : disclose(value));
  const lines = [['question', 'code', 'label', 'count']];
  lines.push(['concluded', '', 'Concluded enquiries', shown(counts.concluded)]);
  lines.push(['concluded', 'section-42', 'Concluded section 42 enquiries', shown(counts.section42)]);
  for (const table of counts.tables) {
    for (const [code, label, value] of table.rows) lines.push([table.question, code, label, shown(value)]);
  }
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
