import * as z from 'zod/mini';
import { calendarDate, dateTimeWithOffset, envelopeShape } from './envelope.js';
import { LIMITS } from './limits.js';
import { ASKED_ABOUT_OUTCOMES, CAPACITY_SUPPORT_PROVIDED, LACKED_CAPACITY } from './sac-codes.js';

export const OUTCOME_CAPTURE_KIND = 'msp.outcome-capture';
export const OUTCOME_CAPTURE_VERSION = 1;

/** Who expressed the outcomes. */
export const EXPRESSED_BY = [
  'person',
  'representative',
  'advocate',
  'imca',
  'best-interests-decision',
] as const;

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

const personWords = (max: number) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.regex(/\S/));
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

export const outcomeChangeSchema = z.strictObject({
  changedAt: dateTimeWithOffset(),
  previousWords: z.string().check(z.maxLength(LIMITS.wordsLength)),
  words: personWords(LIMITS.wordsLength),
  reason: personWords(LIMITS.reasonLength),
});

export const outcomeWithdrawalSchema = z.strictObject({
  withdrawnAt: dateTimeWithOffset(),
  reason: personWords(LIMITS.reasonLength),
});

export const outcomeSchema = z.strictObject({
  id: z.uuid(),
  words: personWords(LIMITS.wordsLength),
  area: z.optional(z.enum(OUTCOME_AREAS)),
  firstRecordedAt: dateTimeWithOffset(),
  history: z.array(outcomeChangeSchema).check(z.maxLength(LIMITS.historyEntries)),
  withdrawn: z.optional(outcomeWithdrawalSchema),
});

export const conversationSchema = z.strictObject({
  date: calendarDate(),
  method: z.enum(CONVERSATION_METHODS),
  communicationSupport: z.array(z.enum(COMMUNICATION_SUPPORT)).check(z.maxLength(COMMUNICATION_SUPPORT.length)),
  communicationSupportOther: optionalText(LIMITS.shortTextLength),
});

export const capacitySchema = z.strictObject({
  lacked: z.enum(LACKED_CAPACITY),
  decision: optionalText(LIMITS.shortTextLength),
  supportProvided: z.optional(z.enum(CAPACITY_SUPPORT_PROVIDED)),
  supportedBy: z.optional(z.array(z.enum(CAPACITY_SUPPORTERS)).check(z.maxLength(CAPACITY_SUPPORTERS.length))),
});

/** Names of the rules that relate one field to another; they appear as `params.rule` on issues. */
export type OutcomeCaptureRule =
  | 'outcomes-required'
  | 'outcomes-not-expected'
  | 'expressed-by-required'
  | 'expressed-by-not-expected'
  | 'conversation-required'
  | 'support-provided-required'
  | 'support-not-expected'
  | 'history-does-not-match'
  | 'duplicate-outcome-id';

const askedWasAsked = (asked: unknown) => asked === 'asked-expressed' || asked === 'asked-not-expressed';

export const outcomeCaptureSchema = z
  .strictObject({
    ...envelopeShape(OUTCOME_CAPTURE_KIND, OUTCOME_CAPTURE_VERSION),
    asked: z.enum(ASKED_ABOUT_OUTCOMES),
    notAskedReason: optionalText(LIMITS.reasonLength),
    expressedBy: z.optional(z.enum(EXPRESSED_BY)),
    conversation: z.optional(conversationSchema),
    informationGiven: z.enum(INFORMATION_GIVEN),
    capacity: capacitySchema,
    meetingParticipation: z.optional(z.enum(MEETING_PARTICIPATION)),
    outcomes: z.array(outcomeSchema).check(z.maxLength(LIMITS.outcomes)),
  })
  .check(
    z.superRefine(
      (record, ctx) => {
        const fail = (rule: OutcomeCaptureRule, path: (string | number)[], message: string) =>
          ctx.addIssue({ code: 'custom', path, message, params: { rule }, input: undefined });
        // These rules also run when other fields failed, so every problem is reported at once:
        // read defensively, as any field may have the wrong type here.
        const outcomes = Array.isArray(record.outcomes) ? record.outcomes.filter(isObject) : [];
        const current = outcomes.filter((outcome) => !outcome.withdrawn);
        const capacity: Partial<Capacity> = isObject(record.capacity) ? record.capacity : {};

        if (record.asked === 'asked-expressed') {
          if (outcomes.length === 0) {
            fail('outcomes-required', ['outcomes'], 'At least one outcome is needed when outcomes were expressed');
          }
          if (!record.expressedBy) {
            fail('expressed-by-required', ['expressedBy'], 'Say who expressed the outcomes');
          }
        } else if (record.asked) {
          if (current.length > 0) {
            fail('outcomes-not-expected', ['outcomes'], 'Outcomes are recorded only when they were expressed');
          }
          if (record.expressedBy) {
            fail('expressed-by-not-expected', ['expressedBy'], 'expressedBy is recorded only when outcomes were expressed');
          }
        }
        if (askedWasAsked(record.asked) && !record.conversation) {
          fail('conversation-required', ['conversation'], 'The conversation is needed when the person was asked');
        }
        if (capacity.lacked === 'yes') {
          if (!capacity.supportProvided) {
            fail('support-provided-required', ['capacity', 'supportProvided'], 'Say whether support was provided');
          }
        } else if (capacity.lacked && (capacity.supportProvided || capacity.supportedBy?.length)) {
          fail('support-not-expected', ['capacity', 'supportProvided'], 'Support is recorded only where capacity was lacking');
        }
        const seen = new Set<unknown>();
        outcomes.forEach((outcome, index) => {
          if (seen.has(outcome.id)) {
            fail('duplicate-outcome-id', ['outcomes', index, 'id'], 'Outcome ids must be unique');
          }
          seen.add(outcome.id);
          const latest = Array.isArray(outcome.history) ? outcome.history.at(-1) : undefined;
          if (isObject(latest) && latest.words !== outcome.words) {
            fail('history-does-not-match', ['outcomes', index, 'history'], 'The latest change must hold the current words');
          }
        });
      },
      { when: (payload) => isObject(payload.value) },
    ),
  );

function isObject<T>(value: T): value is T & object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type OutcomeCaptureRecord = z.infer<typeof outcomeCaptureSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type OutcomeChange = z.infer<typeof outcomeChangeSchema>;
export type OutcomeWithdrawal = z.infer<typeof outcomeWithdrawalSchema>;
export type Conversation = z.infer<typeof conversationSchema>;
export type Capacity = z.infer<typeof capacitySchema>;
export type ExpressedBy = (typeof EXPRESSED_BY)[number];
export type ConversationMethod = (typeof CONVERSATION_METHODS)[number];
export type CommunicationSupport = (typeof COMMUNICATION_SUPPORT)[number];
export type InformationGiven = (typeof INFORMATION_GIVEN)[number];
export type CapacitySupporter = (typeof CAPACITY_SUPPORTERS)[number];
export type MeetingParticipation = (typeof MEETING_PARTICIPATION)[number];
export type OutcomeArea = (typeof OUTCOME_AREAS)[number];
