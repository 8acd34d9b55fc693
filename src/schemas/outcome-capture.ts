import * as z from 'zod/mini';
import { calendarDate, dateTimeWithOffset, envelopeShape } from './envelope.js';
import { LIMITS } from './limits.js';
import type { SafeParseResult } from './issues.js';
import type { WithoutNulls } from './nulls.js';
import { outcomeCaptureV1ToV2, outcomeCaptureV2ToV3 } from './outcome-capture.migrations.js';
import { parseRecord, safeParseRecord } from './parse.js';
import type { RecordKind } from './record-kind.js';
import { absent, optional, personText, text, uniqueChoices, uniqueIds, type RecordRule } from './schema-parts.js';

export const OUTCOME_CAPTURE_KIND = 'msp.outcome-capture';
export const OUTCOME_CAPTURE_VERSION = 3;

/** Who expressed the outcomes. */
export const EXPRESSED_BY = ['person', 'representative', 'advocate', 'imca', 'best-interests-decision'] as const;

/** How the conversation about outcomes took place. */
export const CONVERSATION_METHODS = ['face-to-face', 'phone', 'video', 'meeting', 'other'] as const;

/** Support used so the person could take part in the conversation. */
export const COMMUNICATION_SUPPORT = [
  'spoken-language-interpreter',
  'bsl-interpreter',
  'easy-read',
  'pictures-or-symbols',
  'large-print-or-braille',
  'hearing-support',
  'other',
] as const;

/** Whether information about safeguarding was given to the person. */
export const INFORMATION_GIVEN = ['yes', 'no', 'not-recorded'] as const;

/** Who supported a person who lacked capacity. */
export const CAPACITY_SUPPORTERS = ['advocate', 'imca', 'family', 'friend'] as const;

/** Whether the person had an advocate, whatever their capacity: provided, or why not. */
export const ADVOCACY_STATUS = ['provided', 'offered-declined', 'not-available', 'not-needed'] as const;

/** Who was the person's advocate. */
export const ADVOCATES = ['independent-advocate', 'imca', 'family-or-friend', 'other'] as const;

/** How the person takes part in safeguarding meetings. */
export const MEETING_PARTICIPATION = [
  'attends',
  'represented',
  'sends-written-views',
  'sends-picture',
  'declines',
  'not-yet-known',
] as const;

/** The practitioner's area for reporting an outcome; never shown to the person as a choice. */
export const OUTCOME_AREAS = ['quality-of-life', 'safeguarding-process', 'desired-change'] as const;

/** Rules the JSON Schema cannot state; published in it as `x-msp-rules` and checked by the zod schema. */
export const OUTCOME_CAPTURE_RULES: readonly RecordRule[] = [
  {
    id: 'unique-outcome-ids',
    path: '/outcomes/*/id',
    description: 'No two outcomes in one record have the same id.',
  },
];

// ——— outcomes ———

export const outcomeChangeSchema = z.strictObject({
  changedAt: dateTimeWithOffset(),
  previousWords: text(LIMITS.wordsLength),
  reason: personText(LIMITS.reasonLength),
});

export const outcomeWithdrawalSchema = z.strictObject({
  withdrawnAt: dateTimeWithOffset(),
  reason: personText(LIMITS.reasonLength),
});

const outcomeFields = {
  id: z.uuid(),
  words: personText(LIMITS.wordsLength),
  area: optional(z.enum(OUTCOME_AREAS)),
  firstRecordedAt: dateTimeWithOffset(),
  history: z.array(outcomeChangeSchema).check(z.maxLength(LIMITS.historyEntries)),
};

export const outcomeSchema = z.strictObject({ ...outcomeFields, withdrawn: optional(outcomeWithdrawalSchema) });

/** Only withdrawn outcomes may stay in a record whose outcomes were not expressed. */
export const withdrawnOutcomeSchema = z.strictObject({ ...outcomeFields, withdrawn: outcomeWithdrawalSchema });

// ——— the conversation and capacity ———

export const conversationSchema = z.strictObject({
  date: calendarDate(),
  method: z.enum(CONVERSATION_METHODS),
  communicationSupport: uniqueChoices(COMMUNICATION_SUPPORT),
  communicationSupportOther: optional(text(LIMITS.shortTextLength)),
});

const capacityDecision = () => optional(text(LIMITS.shortTextLength));

export const capacitySchema = z.discriminatedUnion('lacked', [
  z.discriminatedUnion('supportProvided', [
    z.strictObject({
      lacked: z.literal('yes'),
      decision: capacityDecision(),
      supportProvided: z.literal('yes'),
      supportedBy: optional(uniqueChoices(CAPACITY_SUPPORTERS)),
    }),
    z.strictObject({
      lacked: z.literal('yes'),
      decision: capacityDecision(),
      supportProvided: z.enum(['no', 'dont-know', 'not-recorded']),
      supportedBy: absent(),
    }),
  ]),
  z.strictObject({
    lacked: z.enum(['no', 'dont-know', 'not-recorded']),
    decision: absent(),
    supportProvided: absent(),
    supportedBy: absent(),
  }),
]);

/** Advocacy for everyone, apart from SG3a's question about support where capacity was lacking. */
export const advocacySchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('provided'), by: uniqueChoices(ADVOCATES, 1) }),
  z.strictObject({ status: z.enum(['offered-declined', 'not-available', 'not-needed']), by: absent() }),
]);

// ——— the record: one shape for each answer to "were they asked?" ———

const envelope = envelopeShape(OUTCOME_CAPTURE_KIND, OUTCOME_CAPTURE_VERSION);

const answersAfterAsking = {
  informationGiven: z.enum(INFORMATION_GIVEN),
  capacity: capacitySchema,
  meetingParticipation: optional(z.enum(MEETING_PARTICIPATION)),
  advocacy: optional(advocacySchema),
};

const withdrawnOutcomesOnly = () => z.array(withdrawnOutcomeSchema).check(z.maxLength(LIMITS.outcomes));

export const outcomeCaptureSchema = z
  .discriminatedUnion('asked', [
    z.strictObject({
      ...envelope,
      asked: z.literal('asked-expressed'),
      notAskedReason: absent(),
      expressedBy: z.enum(EXPRESSED_BY),
      conversation: conversationSchema,
      ...answersAfterAsking,
      outcomes: z.array(outcomeSchema).check(z.minLength(1), z.maxLength(LIMITS.outcomes)),
    }),
    z.strictObject({
      ...envelope,
      asked: z.literal('asked-not-expressed'),
      notAskedReason: absent(),
      expressedBy: absent(),
      conversation: conversationSchema,
      ...answersAfterAsking,
      outcomes: withdrawnOutcomesOnly(),
    }),
    z.strictObject({
      ...envelope,
      asked: z.literal('not-asked'),
      notAskedReason: optional(text(LIMITS.reasonLength)),
      expressedBy: absent(),
      conversation: absent(),
      ...answersAfterAsking,
      outcomes: withdrawnOutcomesOnly(),
    }),
    z.strictObject({
      ...envelope,
      asked: z.enum(['dont-know', 'not-recorded']),
      notAskedReason: absent(),
      expressedBy: absent(),
      conversation: absent(),
      ...answersAfterAsking,
      outcomes: withdrawnOutcomesOnly(),
    }),
  ])
  .check(uniqueIds('outcomes', OUTCOME_CAPTURE_RULES[0]));

export type OutcomeCaptureRecord = WithoutNulls<z.output<typeof outcomeCaptureSchema>>;
export type Outcome = WithoutNulls<z.output<typeof outcomeSchema>>;
export type OutcomeChange = z.output<typeof outcomeChangeSchema>;
export type OutcomeWithdrawal = z.output<typeof outcomeWithdrawalSchema>;
export type Conversation = WithoutNulls<z.output<typeof conversationSchema>>;
export type Capacity = WithoutNulls<z.output<typeof capacitySchema>>;
export type Advocacy = WithoutNulls<z.output<typeof advocacySchema>>;
export type AdvocacyStatus = (typeof ADVOCACY_STATUS)[number];
export type Advocate = (typeof ADVOCATES)[number];
export type ExpressedBy = (typeof EXPRESSED_BY)[number];
export type ConversationMethod = (typeof CONVERSATION_METHODS)[number];
export type CommunicationSupport = (typeof COMMUNICATION_SUPPORT)[number];
export type InformationGiven = (typeof INFORMATION_GIVEN)[number];
export type CapacitySupporter = (typeof CAPACITY_SUPPORTERS)[number];
export type MeetingParticipation = (typeof MEETING_PARTICIPATION)[number];
export type OutcomeArea = (typeof OUTCOME_AREAS)[number];

/** The outcome-capture record kind: its schema, version, migrations and rules. */
export const outcomeCapture: RecordKind<z.output<typeof outcomeCaptureSchema>> = {
  kind: OUTCOME_CAPTURE_KIND,
  version: OUTCOME_CAPTURE_VERSION,
  schema: outcomeCaptureSchema,
  migrations: { 1: outcomeCaptureV1ToV2, 2: outcomeCaptureV2ToV3 },
  rules: OUTCOME_CAPTURE_RULES,
};

export const safeParseOutcomeCapture = (input: unknown): SafeParseResult<OutcomeCaptureRecord> =>
  safeParseRecord(outcomeCapture, input);

/** Returns the valid, current-version record or throws a `RecordParseError`. */
export const parseOutcomeCapture = (input: unknown): OutcomeCaptureRecord => parseRecord(outcomeCapture, input);
