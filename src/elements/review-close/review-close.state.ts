import { emptyDateParts, partsFromIsoDate, type DateParts } from '../../core/fields.js';
import type { Loaded, RecordEnvelope } from '../../core/form-element.js';
import { keepAside, type SetAside } from '../../core/set-aside.js';
import { newId } from '../../core/time.js';
import { LIMITS } from '../../schemas/limits.js';
import type { ConversationMethod, OutcomeCaptureRecord } from '../../schemas/outcome-capture.js';
import { currentOutcomes } from '../../schemas/review-close.link.js';
import type { QuoteConsent, QuoteConsentBy } from '../../schemas/quote-consent.js';
import {
  riskOutcomeApplies,
  type EndingParticipant,
  type EnquiryResponse,
  type EnquiryType,
  type Feedback,
  type ReviewStage,
} from '../../schemas/review-close.js';
import {
  rolledUpAchievement,
  type ActionAndResult,
  type AskedAboutOutcomes,
  type OutcomeAchievement,
  type RiskOutcome,
  type RiskSource,
} from '../../schemas/sac-codes.js';
import { asObject, keepByExample } from '../../core/read-fields.js';
import { RISK_SOURCES } from '../../schemas/sac-codes.js';

/**
 * A review-close record as it is being edited: the record's own shape, with every answer optional
 * until it is given. A valid record is one of these as it stands.
 */
export interface WorkingReviewClose extends RecordEnvelope {
  outcomeCaptureId?: string;
  stage?: ReviewStage;
  outcomeReviews?: WorkingOutcomeReview[];
  newOutcomes?: WorkingNewOutcome[];
  nextReviewDate?: string;
  concludedOn?: string;
  enquiryType?: EnquiryType;
  asked?: AskedAboutOutcomes;
  outcomeResults?: WorkingOutcomeResult[];
  overallAchieved?: OutcomeAchievement;
  risks?: Partial<Record<RiskSource, WorkingRisk>>;
  responses?: EnquiryResponse[];
  ending?: WorkingEnding;
  feedback?: Feedback;
  rationale?: string;
  procedure?: { followed?: boolean; departure?: string };
  nextSteps?: string;
  quoteConsent?: QuoteConsent;
  quoteConsentBy?: QuoteConsentBy;
}

export interface WorkingRisk {
  actionAndResult?: ActionAndResult;
  riskOutcome?: RiskOutcome;
}

export interface WorkingOutcomeReview {
  outcomeId: string;
  progress?: string;
  changed?: boolean;
  changedAt?: string;
  previousWords?: string;
  newWords?: string;
  reason?: string;
  withdrawn?: { withdrawnAt?: string; reason?: string };
}

export interface WorkingNewOutcome {
  id: string;
  words: string;
  firstRecordedAt: string;
}

export interface WorkingOutcomeResult {
  outcomeId: string;
  achieved?: OutcomeAchievement;
  reason?: string;
  personComment?: string;
  barriers?: string;
}

export interface WorkingEnding {
  happened?: boolean;
  date?: string;
  method?: ConversationMethod;
  participants?: EndingParticipant[];
  whyNot?: string;
}

/** What only the screen needs beside the record. Plain data, so drafts and form restore keep it. */
export interface ReviewCloseView {
  /** Answers that stopped applying when an earlier answer changed, kept to bring back. */
  aside: SetAside;
  /** The date boxes, as typed. */
  nextReviewDate: DateParts;
  endingDate: DateParts;
  concludedOn: DateParts;
  /** The next review date was typed since the record was loaded, so it must lie ahead. */
  nextReviewTyped: boolean;
  /**
   * The overall answer was chosen (or came with the record): until then the form proposes the
   * roll-up of the outcome results.
   */
  overallChosen: boolean;
}

const REVIEW_ONLY = ['outcomeReviews', 'newOutcomes', 'nextReviewDate'] as const;
const CLOSURE_ONLY = [
  'concludedOn',
  'enquiryType',
  'asked',
  'outcomeResults',
  'overallAchieved',
  'risks',
  'responses',
  'ending',
  'feedback',
  'rationale',
  'procedure',
  'nextSteps',
  'quoteConsent',
  'quoteConsentBy',
] as const;

export function newReviewCloseFields(): Omit<WorkingReviewClose, keyof RecordEnvelope> {
  return {};
}

function viewOf(record: WorkingReviewClose, aside: SetAside = {}): ReviewCloseView {
  return {
    aside,
    nextReviewDate: partsFromIsoDate(record.nextReviewDate),
    endingDate: partsFromIsoDate(record.ending?.date),
    concludedOn: partsFromIsoDate(record.concludedOn),
    nextReviewTyped: false,
    overallChosen: record.overallAchieved !== undefined,
  };
}

/**
 * A record to edit. A valid one is kept exactly as given. From one that failed the schema, each
 * field of the right type is kept as given, anything else is left out, and answers that do not
 * apply given the earlier answers are set aside. At most a bounded number of entries are read.
 */
export function loadReviewClose(value: Record<string, unknown>, valid: boolean): Loaded<WorkingReviewClose, ReviewCloseView> {
  if (valid) {
    const record = value as unknown as WorkingReviewClose;
    return { record, view: viewOf(record) };
  }
  const record = keepByExample(value, SHAPE, LIMITS.outcomes * 2) as WorkingReviewClose;
  const aside: SetAside = {};
  placeAnswers(record, aside);
  return { record, view: viewOf(record, aside) };
}

/**
 * Follows the outcome-capture record the element was given: names it in a record that names none,
 * and at closure copies its answer to "were they asked?". A record naming another is left alone.
 */
export function linkTo(record: WorkingReviewClose, outcomes: OutcomeCaptureRecord | undefined): void {
  if (!outcomes) return;
  record.outcomeCaptureId ??= outcomes.id;
  if (record.stage === 'closure' && record.outcomeCaptureId === outcomes.id) record.asked = outcomes.asked;
}

/** Moves answers that do not apply, given the answers they depend on, aside; and brings back those that do. */
export function placeAnswers(record: WorkingReviewClose, aside: SetAside): void {
  const review = record.stage === 'review';
  const closure = record.stage === 'closure';
  for (const key of REVIEW_ONLY) keepAside(record, key, review, aside);
  for (const key of CLOSURE_ONLY) keepAside(record, key, closure, aside);
  if (review) {
    record.outcomeReviews ??= [];
    record.newOutcomes ??= [];
    for (const entry of record.outcomeReviews) placeChange(entry, aside);
  }
  if (closure) {
    const expressed = record.asked === 'asked-expressed';
    keepAside(record, 'outcomeResults', expressed, aside);
    keepAside(record, 'overallAchieved', expressed, aside);
    if (expressed) record.outcomeResults ??= [];
    keepAside(record, 'quoteConsentBy', record.quoteConsent === 'yes' || record.quoteConsent === 'no', aside);
  }
  const { risks, ending, procedure } = record;
  for (const [source, risk] of Object.entries(risks ?? {})) {
    if (risk) keepAside(risk, 'riskOutcome', riskOutcomeApplies(risk.actionAndResult), aside, `risks.${source}.outcome`);
  }
  if (ending) {
    const happened = ending.happened === true;
    for (const key of ['date', 'method', 'participants'] as const) keepAside(ending, key, happened, aside, `ending.${key}`);
    keepAside(ending, 'whyNot', ending.happened === false, aside, 'ending.whyNot');
    if (happened) ending.participants ??= [];
  }
  if (procedure) keepAside(procedure, 'departure', procedure.followed === false, aside, 'procedure.departure');
}

/**
 * A change at review applies only where the person's wishes changed; a withdrawal only where
 * they did not. A withdrawal set aside comes back only when "they no longer want this" is chosen
 * again, since "not changed" alone does not say it.
 */
export function placeChange(entry: WorkingOutcomeReview, aside: SetAside): void {
  for (const key of ['changedAt', 'previousWords', 'newWords', 'reason'] as const) {
    keepAside(entry, key, entry.changed === true, aside, `review.${entry.outcomeId}.${key}`);
  }
  if (entry.changed !== false) keepAside(entry, 'withdrawn', false, aside, withdrawalKey(entry));
}

export const withdrawalKey = (entry: WorkingOutcomeReview) => `review.${entry.outcomeId}.withdrawn`;

/**
 * Until the practitioner chooses the enquiry's overall answer, the form proposes the roll-up of
 * the outcome results; once chosen, the record keeps what was chosen.
 */
export function proposeOverall(record: WorkingReviewClose, view: ReviewCloseView): void {
  if (view.overallChosen || record.stage !== 'closure' || record.asked !== 'asked-expressed') return;
  const proposed = rolledUpAchievement((record.outcomeResults ?? []).flatMap((result) => (result.achieved ? [result.achieved] : [])));
  if (proposed) record.overallAchieved = proposed;
  else delete record.overallAchieved;
}

/**
 * The entry for one outcome in a list, made (in the order of the outcomes) the first time the
 * person answers for it.
 */
export function entryFor<T extends { outcomeId: string }>(list: T[], outcomeId: string, order: readonly string[]): T {
  const found = list.find((entry) => entry.outcomeId === outcomeId);
  if (found) return found;
  const entry = { outcomeId } as T;
  const rank = (id: string) => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  const before = list.findIndex((other) => rank(other.outcomeId) > rank(outcomeId));
  list.splice(before < 0 ? list.length : before, 0, entry);
  return entry;
}

/**
 * An edit to one outcome's entry: the entry is replaced by an edited copy, so only that outcome is
 * rendered again.
 */
export function editEntry<T extends { outcomeId: string }>(list: T[], outcomeId: string, order: readonly string[], change: (entry: T) => void) {
  const entry = entryFor(list, outcomeId, order);
  const copy = { ...entry };
  list[list.indexOf(entry)] = copy;
  change(copy);
}

/** The outcomes shown: those the person still wants, numbered, with their words where the outcome-capture record is known. */
export interface ShownOutcome {
  id: string;
  number: number;
  words?: string;
}

/**
 * The outcomes to review or close: with the outcome-capture record, those the person still wants;
 * without it, those the record has entries for (their words unknown).
 */
export function shownOutcomes(
  outcomes: OutcomeCaptureRecord | undefined,
  entries: readonly { outcomeId: string }[] | undefined,
): ShownOutcome[] {
  const list: { id: string; words?: string }[] = outcomes
    ? currentOutcomes(outcomes).map((outcome) => ({ id: outcome.id, words: outcome.words }))
    : [...new Set((entries ?? []).map((entry) => entry.outcomeId))].map((id) => ({ id }));
  return list.map((outcome, index) => ({ ...outcome, number: index + 1 }));
}

/**
 * Each outcome shown with its entry, if it has one; and the entries that belong to no outcome
 * shown (an outcome not in the record, no longer wanted, or named twice), by their place in the list.
 */
export function rowsOf<T extends { outcomeId: string }>(shown: readonly ShownOutcome[], entries: readonly T[] | undefined) {
  const list = entries ?? [];
  const rows = shown.map((outcome) => ({ outcome, entry: list.find((entry) => entry.outcomeId === outcome.id) }));
  const used = new Set(rows.map((row) => row.entry));
  const orphans = list.flatMap((entry, index) => (used.has(entry) ? [] : [index]));
  return { rows, orphans };
}

export function newOutcome(at: string): WorkingNewOutcome {
  return { id: newId(), words: '', firstRecordedAt: at };
}

// ——— reading a record that failed the schema ———


/**
 * Every field of the record, with the JSON type it holds shown by an example value; a list by one
 * example item. A list item is kept only with its first field (the outcome it is about, or its id).
 */
const SHAPE = {
  kind: '',
  version: 0,
  id: '',
  caseRef: '',
  subjectRef: '',
  recordedAt: '',
  recordedBy: '',
  locale: '',
  outcomeCaptureId: '',
  stage: '',
  outcomeReviews: [
    { outcomeId: '', progress: '', changed: true, changedAt: '', previousWords: '', newWords: '', reason: '', withdrawn: { withdrawnAt: '', reason: '' } },
  ],
  newOutcomes: [{ id: '', words: '', firstRecordedAt: '' }],
  nextReviewDate: '',
  concludedOn: '',
  enquiryType: '',
  asked: '',
  outcomeResults: [{ outcomeId: '', achieved: '', reason: '', personComment: '', barriers: '' }],
  overallAchieved: '',
  risks: Object.fromEntries(RISK_SOURCES.map((source) => [source, { actionAndResult: '', riskOutcome: '' }])),
  responses: [''],
  ending: { happened: true, date: '', method: '', participants: [''], whyNot: '' },
  feedback: '',
  rationale: '',
  procedure: { followed: true, departure: '' },
  nextSteps: '',
  quoteConsent: '',
  quoteConsentBy: '',
};

const DATE_SHAPE = { day: '', month: '', year: '' };

/** The view from this element's own snapshot, checked field by field. */
export function reviveReviewCloseView(snapshot: unknown): ReviewCloseView | undefined {
  const saved = asObject(snapshot);
  const parts = (value: unknown): DateParts => ({ ...emptyDateParts(), ...(keepByExample(value, DATE_SHAPE, LIMITS.outcomes * 2) as Partial<DateParts>) });
  return {
    aside: asObject(saved.aside),
    nextReviewDate: parts(saved.nextReviewDate),
    endingDate: parts(saved.endingDate),
    concludedOn: parts(saved.concludedOn),
    nextReviewTyped: saved.nextReviewTyped === true,
    overallChosen: saved.overallChosen === true,
  };
}

export function isEmptyReviewClose(record: WorkingReviewClose): boolean {
  return record.stage === undefined;
}
