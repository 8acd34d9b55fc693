import * as z from 'zod/mini';
import { calendarDate, dateTimeWithOffset, envelopeShape } from './envelope.js';
import type { SafeParseResult } from './issues.js';
import { LIMITS } from './limits.js';
import type { WithoutNulls } from './nulls.js';
import { CONVERSATION_METHODS, outcomeWithdrawalSchema } from './outcome-capture.js';
import { parseRecord, safeParseRecord } from './parse.js';
import { quoteConsentAnswered, quoteConsentNotAsked } from './quote-consent.js';
import type { RecordKind } from './record-kind.js';
import { reviewCloseV1ToV2 } from './review-close.migrations.js';
import {
  ACTION_AND_RESULT_WITH_RISK_OUTCOME,
  type ActionAndResult,
  OUTCOME_ACHIEVEMENT,
  RISK_OUTCOME,
  RISK_SOURCES,
  type RiskSource,
} from './sac-codes.js';
import {
  absent,
  atLeastOneKey,
  optional,
  personText,
  text,
  uniqueChoices,
  uniqueIn,
  uniqueLists,
  type RecordRule,
} from './schema-parts.js';

export const REVIEW_CLOSE_KIND = 'msp.review-close';
export const REVIEW_CLOSE_VERSION = 2;

/** A review of the outcomes on the way, or the end of safeguarding. */
export const REVIEW_STAGES = ['review', 'closure'] as const;

/** Who took part in the conversation about ending safeguarding, besides the practitioner. */
export const ENDING_PARTICIPANTS = [
  'person',
  'family-or-friend',
  'representative',
  'advocate',
  'imca',
  'paid-carer',
  'other-professional',
] as const;

/** Whether the person was asked how safeguarding felt: the experience questionnaire, or other feedback. */
export const FEEDBACK = ['questionnaire-completed', 'offered-pending', 'offered-declined', 'not-offered'] as const;

/**
 * Which kind of enquiry ended: a section 42 enquiry (Care Act 2014, England), counted in the SAC;
 * a section 126 enquiry (Social Services and Well-being (Wales) Act 2014), reported to Welsh
 * Government; another enquiry; or not recorded (records made before this was asked).
 */
export const ENQUIRY_TYPES = ['section-42', 'section-126', 'other', 'not-recorded'] as const;

/** Ways of working used with the person and those around them during the enquiry. */
export const ENQUIRY_RESPONSES = [
  'family-group-conference',
  'network-meeting',
  'mediation',
  'restorative-approach',
  'coaching-or-peer-support',
  'other',
] as const;

/** Rules the JSON Schema cannot state; published in it as `x-msp-rules` and checked by the zod schema. */
export const REVIEW_CLOSE_RULES = [
  {
    id: 'unique-outcome-reviews',
    path: '/outcomeReviews/*/outcomeId',
    description: 'Each outcome is reviewed at most once in one record.',
  },
  {
    id: 'unique-new-outcome-ids',
    path: '/newOutcomes/*/id',
    description: 'No two new outcomes in one record have the same id.',
  },
  {
    id: 'unique-outcome-results',
    path: '/outcomeResults/*/outcomeId',
    description: 'Each outcome has at most one result in one record.',
  },
  {
    id: 'change-differs',
    path: '/outcomeReviews/*/newWords',
    description: 'A change’s newWords differ from its previousWords once spaces at either end are trimmed.',
  },
] as const satisfies readonly RecordRule[];


// ——— at a review ———

const reviewedOutcome = {
  outcomeId: z.uuid(),
  progress: personText(LIMITS.wordsLength),
};

/**
 * One outcome at a review: how it is going, and whether what the person wants has changed. An
 * outcome whose words did not change may be withdrawn: the person no longer wants it.
 */
export const outcomeReviewSchema = z.discriminatedUnion('changed', [
  z.strictObject({
    ...reviewedOutcome,
    changed: z.literal(false),
    changedAt: absent(),
    previousWords: absent(),
    newWords: absent(),
    reason: absent(),
    withdrawn: optional(outcomeWithdrawalSchema),
  }),
  z.strictObject({
    ...reviewedOutcome,
    changed: z.literal(true),
    changedAt: dateTimeWithOffset(),
    previousWords: text(LIMITS.wordsLength),
    newWords: personText(LIMITS.wordsLength),
    reason: personText(LIMITS.reasonLength),
    withdrawn: absent(),
  }),
]);

/** Words that are the same once spaces at either end are trimmed. */
export const sameWords = (a: unknown, b: unknown): boolean => typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim();

/** A change must change the words: a rule joining two fields, which JSON Schema cannot state. */
const changeDiffers = (rule: RecordRule) =>
  z.superRefine<unknown>(
    (record, ctx) => {
      const reviews = (record as { outcomeReviews?: unknown }).outcomeReviews;
      if (!Array.isArray(reviews)) return;
      reviews.forEach((entry: { changed?: unknown; previousWords?: unknown; newWords?: unknown } | null, index) => {
        if (entry?.changed === true && sameWords(entry.previousWords, entry.newWords)) {
          ctx.addIssue({ code: 'custom', path: ['outcomeReviews', index, 'newWords'], message: rule.description, params: { rule: rule.id }, input: undefined });
        }
      });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** Something the person now wants that they had not said before. */
export const newOutcomeSchema = z.strictObject({
  id: z.uuid(),
  words: personText(LIMITS.wordsLength),
  firstRecordedAt: dateTimeWithOffset(),
});

// ——— at closure ———

/** How far one outcome the person expressed was achieved (SAC SG4a question 2), and what they said. */
export const outcomeResultSchema = z.strictObject({
  outcomeId: z.uuid(),
  achieved: z.enum(OUTCOME_ACHIEVEMENT),
  reason: optional(text(LIMITS.reasonLength)),
  personComment: optional(text(LIMITS.wordsLength)),
  barriers: optional(text(LIMITS.wordsLength)),
});

/** The SG2c answers with no risk outcome: no action was taken, or no risk was found. */
export const ACTION_AND_RESULT_WITHOUT_RISK_OUTCOME = [
  'risk-identified-no-action-taken',
  'assessment-inconclusive-no-action-taken',
  'no-risk-identified-action-taken',
  'no-risk-identified-no-action-taken',
  'ceased-at-request-no-action-taken',
] as const satisfies readonly ActionAndResult[];

/**
 * What was done about the risk and what was found (SG2c), and what became of it (SG2e): a risk
 * outcome exactly where a risk was identified or the assessment was inconclusive, and action was taken.
 */
export const riskResultSchema = z.discriminatedUnion('actionAndResult', [
  z.strictObject({
    actionAndResult: z.enum(ACTION_AND_RESULT_WITH_RISK_OUTCOME),
    riskOutcome: z.enum(RISK_OUTCOME),
  }),
  z.strictObject({
    actionAndResult: z.enum(ACTION_AND_RESULT_WITHOUT_RISK_OUTCOME),
    riskOutcome: absent(),
  }),
]);

/**
 * The risk result for each source of risk, keyed by source: at least one. SG2c and SG2e are
 * counted once for each source. `null` is not accepted for a source, so "at least one" is plain
 * JSON Schema (`minProperties`).
 */
export const riskResultsSchema = atLeastOneKey(
  z.strictObject(
    Object.fromEntries(RISK_SOURCES.map((source) => [source, z.optional(riskResultSchema)])) as Record<
      RiskSource,
      z.ZodMiniOptional<typeof riskResultSchema>
    >,
  ),
);

/** At least one participant, each at most once; the JSON Schema marks it `uniqueItems`. */
const participants = z
  .array(z.enum(ENDING_PARTICIPANTS))
  .check(
    z.minLength(1),
    z.maxLength(ENDING_PARTICIPANTS.length),
    z.refine((items) => new Set(items).size === items.length, { message: 'Each choice may appear only once' }),
  );
uniqueLists.add(participants);

/** The conversation with the person about ending safeguarding: when, how and who was there, or why there was none. */
export const endingConversationSchema = z.discriminatedUnion('happened', [
  z.strictObject({
    happened: z.literal(true),
    date: calendarDate(),
    method: z.enum(CONVERSATION_METHODS),
    participants,
    whyNot: absent(),
  }),
  z.strictObject({
    happened: z.literal(false),
    date: absent(),
    method: absent(),
    participants: absent(),
    whyNot: optional(text(LIMITS.reasonLength)),
  }),
]);

/** Whether the usual procedure was followed, and if not, what was done differently and why. */
export const procedureSchema = z.discriminatedUnion('followed', [
  z.strictObject({ followed: z.literal(true), departure: absent() }),
  z.strictObject({ followed: z.literal(false), departure: personText(LIMITS.wordsLength) }),
]);

// ——— the record: one shape for a review, and one for closure for each answer to "were they asked?" ———

const envelope = envelopeShape(REVIEW_CLOSE_KIND, REVIEW_CLOSE_VERSION);
const outcomeCaptureId = z.uuid();

const closureOnly = {
  concludedOn: absent(),
  enquiryType: absent(),
  asked: absent(),
  outcomeResults: absent(),
  overallAchieved: absent(),
  risks: absent(),
  responses: absent(),
  ending: absent(),
  feedback: absent(),
  rationale: absent(),
  procedure: absent(),
  nextSteps: absent(),
  quoteConsent: absent(),
  quoteConsentBy: absent(),
};

const reviewSchema = z.strictObject({
  ...envelope,
  outcomeCaptureId,
  stage: z.literal('review'),
  outcomeReviews: z.array(outcomeReviewSchema).check(z.maxLength(LIMITS.outcomes)),
  newOutcomes: z.array(newOutcomeSchema).check(z.maxLength(LIMITS.outcomes)),
  nextReviewDate: calendarDate(),
  ...closureOnly,
});

const closureFields = {
  ...envelope,
  outcomeCaptureId,
  stage: z.literal('closure'),
  outcomeReviews: absent(),
  newOutcomes: absent(),
  nextReviewDate: absent(),
};

const endingFields = {
  concludedOn: calendarDate(),
  enquiryType: z.enum(ENQUIRY_TYPES),
  risks: riskResultsSchema,
  responses: optional(uniqueChoices(ENQUIRY_RESPONSES)),
  ending: endingConversationSchema,
  feedback: z.enum(FEEDBACK),
  rationale: personText(LIMITS.wordsLength),
  procedure: procedureSchema,
  nextSteps: personText(LIMITS.wordsLength),
};

/** One shape of a closure for each answer to "may their words be quoted?": who answered, exactly where it was answered. */
const byQuoteConsent = <T extends z.core.$ZodLooseShape>(fields: T) =>
  z.discriminatedUnion('quoteConsent', [
    z.strictObject({ ...fields, ...quoteConsentAnswered() }),
    z.strictObject({ ...fields, ...quoteConsentNotAsked() }),
  ]);

const closureSchema = z.discriminatedUnion('asked', [
  byQuoteConsent({
    ...closureFields,
    asked: z.literal('asked-expressed'),
    outcomeResults: z.array(outcomeResultSchema).check(z.minLength(1), z.maxLength(LIMITS.outcomes)),
    overallAchieved: z.enum(OUTCOME_ACHIEVEMENT),
    ...endingFields,
  }),
  byQuoteConsent({
    ...closureFields,
    asked: z.enum(['asked-not-expressed', 'not-asked', 'dont-know', 'not-recorded']),
    outcomeResults: absent(),
    overallAchieved: absent(),
    ...endingFields,
  }),
]);

export const reviewCloseSchema = z
  .discriminatedUnion('stage', [reviewSchema, closureSchema])
  .check(
    uniqueIn('outcomeReviews', 'outcomeId', REVIEW_CLOSE_RULES[0]),
    uniqueIn('newOutcomes', 'id', REVIEW_CLOSE_RULES[1]),
    uniqueIn('outcomeResults', 'outcomeId', REVIEW_CLOSE_RULES[2]),
    changeDiffers(REVIEW_CLOSE_RULES[3]),
  );

export type ReviewCloseRecord = WithoutNulls<z.output<typeof reviewCloseSchema>>;
export type ReviewRecord = Extract<ReviewCloseRecord, { stage: 'review' }>;
export type ClosureRecord = Extract<ReviewCloseRecord, { stage: 'closure' }>;
export type OutcomeReview = WithoutNulls<z.output<typeof outcomeReviewSchema>>;
export type NewOutcome = z.output<typeof newOutcomeSchema>;
export type OutcomeResult = WithoutNulls<z.output<typeof outcomeResultSchema>>;
export type RiskResult = WithoutNulls<z.output<typeof riskResultSchema>>;
export type RiskResults = WithoutNulls<z.output<typeof riskResultsSchema>>;
export type EndingConversation = WithoutNulls<z.output<typeof endingConversationSchema>>;
export type Procedure = WithoutNulls<z.output<typeof procedureSchema>>;
export type ReviewStage = (typeof REVIEW_STAGES)[number];
export type EndingParticipant = (typeof ENDING_PARTICIPANTS)[number];
export type Feedback = (typeof FEEDBACK)[number];
export type EnquiryType = (typeof ENQUIRY_TYPES)[number];
export type EnquiryResponse = (typeof ENQUIRY_RESPONSES)[number];

/** Whether an SG2c answer calls for a risk outcome (SG2e). */
export const riskOutcomeApplies = (code: string | undefined): boolean =>
  (ACTION_AND_RESULT_WITH_RISK_OUTCOME as readonly (string | undefined)[]).includes(code);

/** The review-close record kind: its schema, version, migrations and rules. */
export const reviewClose: RecordKind<z.output<typeof reviewCloseSchema>> = {
  kind: REVIEW_CLOSE_KIND,
  version: REVIEW_CLOSE_VERSION,
  schema: reviewCloseSchema,
  migrations: { 1: reviewCloseV1ToV2 },
  rules: REVIEW_CLOSE_RULES,
};

export const safeParseReviewClose = (input: unknown): SafeParseResult<ReviewCloseRecord> => safeParseRecord(reviewClose, input);

/** Returns the valid, current-version record or throws a `RecordParseError`. */
export const parseReviewClose = (input: unknown): ReviewCloseRecord => parseRecord(reviewClose, input);
