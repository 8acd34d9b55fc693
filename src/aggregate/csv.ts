import {
  ACTION_AND_RESULT_SAC_LABELS,
  ASKED_ABOUT_OUTCOMES_SAC_LABELS,
  CAPACITY_SUPPORT_PROVIDED_SAC_LABELS,
  LACKED_CAPACITY_SAC_LABELS,
  OUTCOME_ACHIEVEMENT_SAC_LABELS,
  RISK_OUTCOME_SAC_LABELS,
  RISK_SOURCE_SAC_LABELS,
} from '../schemas/sac-labels.js';
import { RISK_SOURCES } from '../schemas/sac-codes.js';
import { disclose } from './disclose.js';
import type { CaseRow, DisclosedCount, OutcomesReport, PeriodReport, Share } from './report.js';

type Value = DisclosedCount | null | undefined;
type Cell = string | number | boolean | null | undefined;

/** A cell as Excel should read it: text that could start a formula is escaped with a leading `'`. */
export function csvCell(value: Cell): string {
  let text = value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so Welsh letters open correctly in Excel; CRLF line ends. */
const csv = (rows: Cell[][]) => `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

const label = (labels: Readonly<Record<string, string>>, code: string) => (Object.hasOwn(labels, code) ? labels[code] : code);
const SOURCE_LABELS = { ...RISK_SOURCE_SAC_LABELS, 'not-recorded': 'Not recorded' };
const TYPE_LABELS = { 'section-42': 'Section 42', 'section-126': 'Section 126', other: 'Other', 'not-recorded': 'Not recorded' };
const SHARE = ['count', 'of', 'percent'] as const;

/** Every cell of one period's tables: [table, row, column, value]. */
function* cells(period: PeriodReport<DisclosedCount>): Generator<[string, string, string, Value]> {
  function* grid(table: string, rows: Record<string, Record<string, Value>>, rowLabels = {}, columnLabels = {}) {
    for (const [row, columns] of Object.entries(rows)) {
      for (const [column, value] of Object.entries(columns)) yield [table, label(rowLabels, row), label(columnLabels, column), value] as [string, string, string, Value];
    }
  }
  const column = (name: string, values: Record<string, Value>) => Object.fromEntries(Object.entries(values).map(([row, value]) => [row, { [name]: value }]));
  const shares = (rows: Record<string, Share<DisclosedCount>>) => Object.fromEntries(Object.entries(rows).map(([row, share]) => [row, Object.fromEntries(SHARE.map((key) => [key, share[key]]))]));
  const { sac, measure, experience, practice } = period;
  yield* grid('Concluded enquiries', column('Enquiries', period.byType), TYPE_LABELS);
  yield* grid('SG4a question 1', column('Concluded enquiries', sac.SG4a.asked), ASKED_ABOUT_OUTCOMES_SAC_LABELS);
  yield* grid('SG4a question 2', column('Outcomes expressed', sac.SG4a.achieved), OUTCOME_ACHIEVEMENT_SAC_LABELS);
  yield* grid('SG3a', column('Concluded enquiries', sac.SG3a.lackedCapacity), LACKED_CAPACITY_SAC_LABELS);
  yield* grid('SG3a support', column('Lacked capacity', sac.SG3a.supported), CAPACITY_SUPPORT_PROVIDED_SAC_LABELS);
  for (const [table, tallies, labels] of [
    ['SG2c', sac.SG2c, ACTION_AND_RESULT_SAC_LABELS],
    ['SG2e', sac.SG2e, RISK_OUTCOME_SAC_LABELS],
  ] as const) {
    for (const source of RISK_SOURCES) yield* grid(table, column(label(SOURCE_LABELS, source), tallies[source]), labels);
  }
  for (const [table, counts] of [
    ['Outcome measure', measure],
    ['Outcome measure by person', measure.people],
  ] as const) {
    if (!counts) continue;
    yield [table, 'Concluded', 'count', counts.concluded];
    yield* grid(table, shares({ 'Asked and expressed outcomes': counts.expressed, 'Fully or partially achieved': counts.achieved }));
    yield* grid(table, column('count', counts.expressedBy));
  }
  yield* grid('Experience', shares({ 'Response rate': experience.responseRate }));
  yield* grid('Experience', experience.questions);
  yield* grid('Experience: got outcomes', experience.gotOutcomes, OUTCOME_ACHIEVEMENT_SAC_LABELS);
  yield ['Experience not linked', 'Questionnaires', 'count', experience.unlinked.questionnaires];
  yield* grid('Experience not linked', experience.unlinked.questions);
  yield* grid('Practice: ending conversation', column('Enquiries', practice.endingConversation));
  yield* grid('Practice: procedure', column('Enquiries', { followed: practice.procedure.followed, departed: practice.procedure.departed }));
  yield* grid('Practice: reviews', column('count', practice.reviews));
  yield* grid('Practice: responses', column('Enquiries', practice.responses));
  yield* grid('Practice: advocacy', column('Enquiries', practice.advocacy));
  yield ['Practice: days to conclusion', 'Median', 'days', practice.days.median];
  yield ['Practice: days to conclusion', 'Enquiries', 'count', practice.days.of];
  for (const [name, values] of Object.entries(period.dimensions)) {
    for (const [value, counts] of Object.entries(values)) {
      yield [`By ${name}`, value, 'Concluded enquiries', counts.concluded];
      for (const [code, count] of Object.entries(counts.asked)) yield [`By ${name}`, value, label(ASKED_ABOUT_OUTCOMES_SAC_LABELS, code), count];
      for (const [code, count] of Object.entries(counts.achieved)) yield [`By ${name}`, value, label(OUTCOME_ACHIEVEMENT_SAC_LABELS, code), count];
    }
  }
}

/**
 * One row per cell: `table, row, column, value, from, to`, this period then the previous one, with
 * the SAC's table codes and labels. `disclosure: false` for the return a council submits (NHS
 * England rounds at publication); `true` for anything published.
 */
export function toCsv(report: OutcomesReport | OutcomesReport<DisclosedCount>, options: { disclosure: boolean }): string {
  const shown = (options.disclosure && !report.disclosed ? disclose(report as OutcomesReport) : report) as OutcomesReport<DisclosedCount>;
  const rows: Cell[][] = [['table', 'row', 'column', 'value', 'from', 'to']];
  for (const period of [shown, shown.previous]) for (const cell of cells(period)) rows.push([...cell, period.from, period.to]);
  return csv(rows);
}

const CASE_COLUMNS = [
  'closureId',
  'outcomeCaptureId',
  'caseRef',
  'subjectRef',
  'concludedOn',
  'enquiryType',
  'asked',
  'overallAchieved',
  'expressedBy',
  'lackedCapacity',
  'supportProvided',
  'advocacy',
  'endingConversation',
  'procedureFollowed',
  'responses',
  'questionnaires',
  'days',
] as const satisfies readonly (keyof CaseRow)[];

/** One row per concluded enquiry of the period, codes and no words, for the council's own analysis. */
export function toCaseCsv(report: OutcomesReport | OutcomesReport<DisclosedCount>): string {
  const risks = RISK_SOURCES.flatMap((source) => [`SG2c ${source}`, `SG2e ${source}`]);
  const rows: Cell[][] = [[...CASE_COLUMNS, ...risks]];
  for (const row of report.cases) {
    rows.push([
      ...CASE_COLUMNS.map((key) => (key === 'responses' ? row.responses.join(' ') : row[key])),
      ...RISK_SOURCES.flatMap((source) => [row.risks[source]?.actionAndResult, row.risks[source]?.riskOutcome]),
    ]);
  }
  return csv(rows);
}
