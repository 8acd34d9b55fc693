/**
 * The Board page's counts, until the Board report element arrives: concluded enquiries (the latest
 * closure for each outcome capture) by SG4a question 1 and by SG2e risk outcome. The SAC labels
 * come from the package, so the return uses the collection's exact words.
 */
import { ASKED_ABOUT_OUTCOMES, ASKED_ABOUT_OUTCOMES_SAC_LABELS, RISK_OUTCOME, RISK_OUTCOME_SAC_LABELS } from 'msp-elements/schemas';

/** Published counts: 1 to 4 as [c], the rest rounded to the nearest 5. */
export function disclose(count) {
  if (count === 0) return '0';
  if (count < 5) return '[c]';
  return String(Math.round(count / 5) * 5);
}

/** The latest closure for each outcome-capture record. */
function concludedEnquiries(reviewCloseRows) {
  const latest = new Map();
  for (const { record } of reviewCloseRows) {
    if (record.stage !== 'closure') continue;
    const previous = latest.get(record.outcomeCaptureId);
    if (!previous || Date.parse(record.recordedAt) >= Date.parse(previous.recordedAt)) latest.set(record.outcomeCaptureId, record);
  }
  return [...latest.values()];
}

/** Raw counts, one table per SAC question: { title key, rows: [code, label, count] }. */
export function boardCounts(reviewCloseRows) {
  const closures = concludedEnquiries(reviewCloseRows);
  const count = (codes, labels, codeOf) =>
    codes.map((code) => [code, labels[code], closures.filter((closure) => codeOf(closure) === code).length]);
  return {
    concluded: closures.length,
    tables: [
      { key: 'askedTitle', question: 'SG4a-1', rows: count(ASKED_ABOUT_OUTCOMES, ASKED_ABOUT_OUTCOMES_SAC_LABELS, (c) => c.asked) },
      { key: 'riskTitle', question: 'SG2e', rows: count(RISK_OUTCOME, RISK_OUTCOME_SAC_LABELS, (c) => c.risk?.riskOutcome) },
    ],
  };
}

const csvCell = (value) => (/[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));

/** The counts as CSV: `question,code,label,count`, disclosed unless `raw`. */
export function boardCsv(counts, { raw }) {
  const lines = [['question', 'code', 'label', 'count']];
  lines.push(['concluded', '', 'Concluded enquiries', raw ? counts.concluded : disclose(counts.concluded)]);
  for (const table of counts.tables) {
    for (const [code, label, value] of table.rows) lines.push([table.question, code, label, raw ? value : disclose(value)]);
  }
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
