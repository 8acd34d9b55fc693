import type { AdvocacyStatus, ExpressedBy } from '../schemas/outcome-capture.js';
import type { EnquiryResponse, EnquiryType } from '../schemas/review-close.js';
import type {
  ActionAndResult,
  AskedAboutOutcomes,
  CapacitySupportProvided,
  LackedCapacity,
  OutcomeAchievement,
  RiskOutcome,
  RiskSource,
} from '../schemas/sac-codes.js';

/**
 * What `aggregate` returns: raw counts only. `C` is the type of a count: a number in the report
 * `aggregate` gives, a number rounded to the nearest 5 or `"[c]"` in the one `disclose` gives.
 */
export interface OutcomesReport<C = number> extends PeriodReport<C> {
  /** `england`: section 42 enquiries and the SAC; `wales`: section 126 enquiries. */
  jurisdiction: Jurisdiction;
  /** True in a report `disclose` gave. */
  disclosed: boolean;
  /** Values that took no part, grouped by kind and first issue. */
  invalid: InvalidGroup<C>[];
  /** The same tables for the year before. */
  previous: PeriodReport<C>;
  /** One row per concluded enquiry of the period, any type: codes only, no words. Empty once disclosed. */
  cases: CaseRow[];
}

export type Jurisdiction = 'england' | 'wales';

/** A count from 1 to 4, suppressed. */
export type Suppressed = '[c]';
export type DisclosedCount = number | Suppressed;

export interface InvalidGroup<C = number> {
  /** The value's `kind`, or null where it had none (or was not an object). */
  kind: string | null;
  /** The first issue found, e.g. `asked: Invalid input`. */
  issue: string;
  count: C;
}

/** A percentage with what it is made of: whole numbers, halves rounded up; null where `of` is 0. */
export interface Share<C = number> {
  count: C;
  of: C;
  percent: C | null;
}

export type Counts<K extends string, C = number> = Record<K, C>;

/** Every table for one period (calendar dates, inclusive). */
export interface PeriodReport<C = number> {
  from: string;
  to: string;
  /** Concluded enquiries of the jurisdiction's type: what every table below counts. */
  concluded: C;
  /** Concluded enquiries in the period by type; only the jurisdiction's type is counted below. */
  byType: Counts<EnquiryType, C>;
  sac: SacTables<C>;
  measure: Measure<C>;
  experience: Experience<C>;
  practice: Practice<C>;
  quotes: Quote[];
  /** By each host dimension (name → value → counts); a case the host gave no value for is under `not-given`. */
  dimensions: Record<string, Record<string, DimensionCounts<C>>>;
  /** Closures counted `not-recorded` in SG3a because their outcome capture is missing or invalid. */
  unlinked: UnlinkedClosure[];
  /** Closures whose `asked` differs from their outcome capture's; the closure's answer is counted. */
  conflicts: Conflict[];
}

export interface SacTables<C = number> {
  SG4a: {
    /** Question 1: the closure's `asked`. */
    asked: Counts<AskedAboutOutcomes, C>;
    /** Question 2, for `asked-expressed` enquiries: `overallAchieved`. */
    achieved: Counts<OutcomeAchievement, C>;
  };
  SG3a: {
    /** From the linked outcome capture; `not-recorded` where it is missing or invalid. */
    lackedCapacity: Counts<LackedCapacity, C>;
    /** Of those who lacked capacity (`yes`), `supportProvided`: `supported.yes` is the SAC's count. */
    supported: Counts<CapacitySupportProvided, C>;
  };
  /** Source of risk → SG2c code → count; `not-recorded` is a row apart from the SAC's three sources. */
  SG2c: Record<RiskSource, Counts<ActionAndResult, C>>;
  /** Source of risk → risk outcome → count, where SG2c called for one. */
  SG2e: Record<RiskSource, Counts<RiskOutcome, C>>;
}

/** The sector outcome measure. */
export interface MeasureCounts<C = number> {
  concluded: C;
  /** Asked, and outcomes expressed, of those concluded. */
  expressed: Share<C>;
  /** Who expressed them (from the outcome capture; `not-recorded` where it does not say). */
  expressedBy: Counts<ExpressedBy | 'not-recorded', C>;
  /** Fully or partially achieved, of those who expressed outcomes. */
  achieved: Share<C>;
}

export interface Measure<C = number> extends MeasureCounts<C> {
  /** The same by distinct people (`subjectRef`), over the enquiries that carry one; absent where none does. */
  people?: MeasureCounts<C>;
}

export type ExperienceAnswerCounts<C = number> = Counts<'yes' | 'partly' | 'no' | 'not-sure' | 'skipped', C>;

export interface Experience<C = number> {
  /** Questionnaires linked by `closureId` to a concluded enquiry of the period. */
  questionnaires: C;
  /** Enquiries with at least one linked questionnaire, of those concluded. */
  responseRate: Share<C>;
  /** Question id → answers. */
  questions: Record<string, ExperienceAnswerCounts<C>>;
  /** The practitioner's `overallAchieved` (`not-applicable` where no outcomes were expressed) → the person's `got-outcomes` answer (`not-asked` where absent). */
  gotOutcomes: Record<OutcomeAchievement | 'not-applicable', Counts<'yes' | 'partly' | 'no' | 'not-sure' | 'skipped' | 'not-asked', C>>;
  /** Questionnaires linked to no known closure, recorded in the period: shown apart. */
  unlinked: { questionnaires: C; questions: Record<string, ExperienceAnswerCounts<C>> };
}

export interface Practice<C = number> {
  endingConversation: Counts<'held' | 'not-held', C>;
  procedure: { followed: C; departed: C; /** The practitioner's words for each departure. */ departures: string[] };
  /** Over the reviews of the enquiries (latest copy of each). */
  reviews: { reviews: C; changed: C; withdrawn: C };
  /** Enquiries using each way of working; `none` where none was recorded. */
  responses: Counts<EnquiryResponse | 'none', C>;
  /** From the outcome capture; `not-recorded` where it does not say. */
  advocacy: Counts<AdvocacyStatus | 'not-recorded', C>;
  /** Median days from the outcome capture's conversation to `concludedOn`, over `of` enquiries; null where none. */
  days: { median: number | C | null; of: C };
}

export type QuoteSource = 'outcome' | 'comment' | 'barriers' | 'could-be-better';

/** Words a person agreed may be quoted, without their name, beside the table they belong to. */
export interface Quote {
  text: string;
  source: QuoteSource;
  table: 'SG4a' | 'experience';
  /** The outcome's achievement (outcome, comment, barriers) or the enquiry's (could-be-better, where linked). */
  achieved?: OutcomeAchievement;
}

export interface DimensionCounts<C = number> {
  concluded: C;
  asked: Counts<AskedAboutOutcomes, C>;
  achieved: Counts<OutcomeAchievement, C>;
}

export interface UnlinkedClosure {
  closureId: string;
  outcomeCaptureId: string;
  caseRef: string;
  reason: 'missing' | 'invalid';
}

export interface Conflict {
  closureId: string;
  outcomeCaptureId: string;
  caseRef: string;
  closureAsked: AskedAboutOutcomes;
  captureAsked: AskedAboutOutcomes;
}

/** One concluded enquiry, for the council's own analysis: codes, dates and references, no words. */
export interface CaseRow {
  closureId: string;
  outcomeCaptureId: string;
  caseRef: string;
  subjectRef?: string;
  concludedOn: string;
  enquiryType: EnquiryType;
  asked: AskedAboutOutcomes;
  overallAchieved?: OutcomeAchievement;
  expressedBy?: ExpressedBy;
  lackedCapacity: LackedCapacity;
  supportProvided?: CapacitySupportProvided;
  advocacy?: AdvocacyStatus;
  risks: Partial<Record<RiskSource, { actionAndResult: ActionAndResult; riskOutcome?: RiskOutcome }>>;
  endingConversation: boolean;
  procedureFollowed: boolean;
  responses: EnquiryResponse[];
  questionnaires: number;
  days?: number;
}

export interface AggregateOptions {
  /** First day of the period (YYYY-MM-DD), inclusive. */
  from?: string;
  /** Last day of the period (YYYY-MM-DD), inclusive. */
  to?: string;
  /** The day the default period is counted back from; the current date in Europe/London by default. */
  today?: string;
  jurisdiction?: Jurisdiction;
  /** caseRef → host facts (dimension name → value), e.g. `{ ageBand: '65-74' }`. Never added to records. */
  dimensions?: ReadonlyMap<string, Readonly<Record<string, string>>> | Readonly<Record<string, Readonly<Record<string, string>>>>;
}
