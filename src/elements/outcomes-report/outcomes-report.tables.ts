import type { DisclosedCount, OutcomesReport, PeriodReport } from '../../aggregate/report.js';
import { getLocale, msg, str } from '../../core/locale.js';
import {
  ACTION_AND_RESULT,
  ASKED_ABOUT_OUTCOMES,
  LACKED_CAPACITY,
  OUTCOME_ACHIEVEMENT,
  RISK_OUTCOME,
  RISK_SOURCES,
  type RiskSource,
} from '../../schemas/sac-codes.js';
import { ADVOCACY_STATUS, EXPRESSED_BY } from '../../schemas/outcome-capture.js';
import { ENQUIRY_RESPONSES } from '../../schemas/review-close.js';
import type { dimensionTables as DimensionTables } from './outcomes-report.dimensions.js';
import type { Cell, Row, TableView } from './outcomes-report.table.js';
import {
  achievedLabel,
  actionLabel,
  advocacyLabel,
  askedLabel,
  capacityLabel,
  expressedByLabel,
  gotOutcomesLabel,
  questionLabel,
  responseLabel,
  riskOutcomeLabel,
  sourceLabel,
} from './outcomes-report.words.js';

type Period = PeriodReport<DisclosedCount>;

/** Each answer a question can have, and skipping it, in the questionnaire's order. */
const EXPERIENCE_ANSWERS_AND_SKIPPED = ['yes', 'partly', 'no', 'not-sure', 'skipped'] as const;
const NO_ANSWERS = { yes: 0, partly: 0, no: 0, 'not-sure': 0, skipped: 0 };

/** An answer as a row's label: the same words as beside the practitioner's view, capitalised. */
const answerLabel = (answer: (typeof EXPERIENCE_ANSWERS_AND_SKIPPED)[number]) => {
  const words = gotOutcomesLabel(answer);
  return words.charAt(0).toLocaleUpperCase(getLocale()) + words.slice(1);
};

/** Rows of one category list, read from both periods the same way. */
const rows = <K extends string>(codes: readonly K[], label: (code: K) => string, read: (period: Period) => Record<K, DisclosedCount>) =>
  (report: OutcomesReport<DisclosedCount>): Row[] =>
    codes.map((code) => ({ label: label(code), now: read(report)[code], before: read(report.previous)[code] }));

const row = (label: string, read: (period: Period) => Cell) => (report: OutcomesReport<DisclosedCount>): Row => ({
  label,
  now: read(report),
  before: read(report.previous),
});

const anyCounted = (rows: Row[]) => rows.some((row) => [row.now, row.before].some((cell) => cell !== 0));

/**
 * Each SAC table, the outcome measure and the practice measures, in the order a Board paper reads
 * them; with `byDimension`, SG4a split by each of the host's dimensions after the measure.
 */
export function tableViews(report: OutcomesReport<DisclosedCount>, byDimension?: typeof DimensionTables): TableView[] {
  const views: TableView[] = [
    {
      id: 'sg4a-asked',
      caption: msg('Were people asked what outcomes they wanted? (SG4a)', { id: 'or.table.asked' }),
      rows: rows(ASKED_ABOUT_OUTCOMES, askedLabel, (p) => p.sac.SG4a.asked)(report),
    },
    {
      id: 'sg4a-achieved',
      caption: msg('Of those who said, were their outcomes achieved? (SG4a)', { id: 'or.table.achieved' }),
      rows: rows(OUTCOME_ACHIEVEMENT, achievedLabel, (p) => p.sac.SG4a.achieved)(report),
    },
    {
      id: 'measure',
      caption: msg('The outcome measure', { id: 'or.table.measure' }),
      rows: [
        row(msg('Enquiries ended', { id: 'or.measure.concluded' }), (p) => p.measure.concluded)(report),
        row(msg('Asked, and said what they wanted', { id: 'or.asked.expressed' }), (p) => p.measure.expressed)(report),
        row(msg('Got what they wanted, fully or partly', { id: 'or.measure.achieved' }), (p) => p.measure.achieved)(report),
        ...rows([...EXPRESSED_BY, 'not-recorded'] as const, (code) => msg(str`Said by: ${expressedByLabel(code)}`, { id: 'or.measure.by' }), (p) => p.measure.expressedBy)(report),
      ],
    },
    {
      id: 'sg3a',
      caption: msg('Did the person lack capacity? (SG3a)', { id: 'or.table.capacity' }),
      rows: [
        ...rows(LACKED_CAPACITY, capacityLabel, (p) => p.sac.SG3a.lackedCapacity)(report),
        row(msg('Lacked capacity and supported by an advocate, family or friend', { id: 'or.capacity.supported' }), (p) => p.sac.SG3a.supported.yes)(report),
      ],
    },
  ];
  if (byDimension) views.push(...byDimension(report, achievedLabel));
  for (const source of RISK_SOURCES) views.push(...riskTables(report, source));
  views.push(
    {
      id: 'experience',
      caption: msg('What people told us about their experience', { id: 'or.table.experience' }),
      rows: [
        row(msg('Questionnaires returned', { id: 'or.experience.questionnaires' }), (p) => p.experience.questionnaires)(report),
        row(msg('Enquiries with a questionnaire', { id: 'or.experience.rate' }), (p) => p.experience.responseRate)(report),
      ],
    },
    ...[...new Set([...Object.keys(report.experience.questions), ...Object.keys(report.previous.experience.questions)])].map((id) => ({
      id: `experience-${id}`,
      caption: msg(str`Answers to “${questionLabel(id)}”`, { id: 'or.table.answers' }),
      rows: rows(EXPERIENCE_ANSWERS_AND_SKIPPED, answerLabel, (p) => p.experience.questions[id] ?? NO_ANSWERS)(report),
    })),
    {
      id: 'got-outcomes',
      caption: msg('What the practitioner recorded, beside what the person said they got', { id: 'or.table.got-outcomes' }),
      rows: beside(report),
    },
    {
      id: 'practice',
      caption: msg('How the work was done', { id: 'or.table.practice' }),
      rows: [
        row(msg('Ending conversation held', { id: 'or.practice.ending' }), (p) => p.practice.endingConversation.held)(report),
        row(msg('Procedure departed from', { id: 'or.practice.departed' }), (p) => p.practice.procedure.departed)(report),
        row(msg('Outcomes changed at review', { id: 'or.practice.changed' }), (p) => p.practice.reviews.changed)(report),
        row(msg('Outcomes withdrawn at review', { id: 'or.practice.withdrawn' }), (p) => p.practice.reviews.withdrawn)(report),
        ...rows([...ENQUIRY_RESPONSES, 'none'] as const, responseLabel, (p) => p.practice.responses)(report),
        ...rows([...ADVOCACY_STATUS, 'not-recorded'] as const, advocacyLabel, (p) => p.practice.advocacy)(report),
      ],
    },
  );
  const days = row(msg('Median days from first conversation to end', { id: 'or.practice.days' }), (p) => p.practice.days.median ?? 0)(report);
  // A median of nothing is not a number of days: shown only where either period has one.
  if (report.practice.days.median !== null || report.previous.practice.days.median !== null) views.at(-1)!.rows.push(days);
  return views.filter((view) => view.rows.length > 0);
}

/** SG2c and SG2e for one source of risk, where either period counted one. */
function riskTables(report: OutcomesReport<DisclosedCount>, source: RiskSource): TableView[] {
  const action = rows(ACTION_AND_RESULT, actionLabel, (p) => p.sac.SG2c[source])(report);
  if (!anyCounted(action)) return [];
  return [
    { id: `sg2c-${source}`, caption: msg(str`Action and result (SG2c): ${sourceLabel(source)}`, { id: 'or.table.action' }), rows: action },
    {
      id: `sg2e-${source}`,
      caption: msg(str`Risk outcome (SG2e): ${sourceLabel(source)}`, { id: 'or.table.risk' }),
      rows: rows(RISK_OUTCOME, riskOutcomeLabel, (p) => p.sac.SG2e[source])(report),
    },
  ];
}

const PRACTITIONER = [...OUTCOME_ACHIEVEMENT, 'not-applicable'] as const;
const PERSON = ['yes', 'partly', 'no', 'not-sure', 'skipped', 'not-asked'] as const;

/** The person's answer beside the practitioner's `overallAchieved`: a row for each pair either period counted. */
function beside(report: OutcomesReport<DisclosedCount>): Row[] {
  return PRACTITIONER.flatMap((recorded) =>
    PERSON.map((said) => {
      const practitioner = recorded === 'not-applicable' ? msg('No outcomes said', { id: 'or.got.not-applicable' }) : achievedLabel(recorded);
      const person = gotOutcomesLabel(said);
      return row(msg(str`${practitioner}; the person said: ${person}`, { id: 'or.got.row' }), (p) => p.experience.gotOutcomes[recorded][said])(report);
    }),
  ).filter((pair) => pair.now !== 0 || pair.before !== 0);
}
