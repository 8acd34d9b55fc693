import * as z from 'zod/mini';
import { envelopeShape } from './envelope.js';
import { experienceQuestionnaireV1ToV2 } from './experience-questionnaire.migrations.js';
import type { SafeParseResult } from './issues.js';
import type { WithoutNulls } from './nulls.js';
import { parseRecord, safeParseRecord } from './parse.js';
import type { RecordKind } from './record-kind.js';
import { absent, optional, text, type RecordRule } from './schema-parts.js';
import { quoteConsentAnswered, quoteConsentNotAsked } from './quote-consent.js';
import { uniqueBy } from './unique-by.js';

export const EXPERIENCE_QUESTIONNAIRE_KIND = 'msp.experience-questionnaire';
export const EXPERIENCE_QUESTIONNAIRE_VERSION = 2;

/** Who answered: the person, on their own or with help, or someone for them. */
export const COMPLETED_BY = ['person', 'person-with-support', 'representative', 'advocate', 'imca'] as const;

/** Who asked the questions (not who answered them: that is `completedBy`). */
export const ADMINISTERED_BY = ['enquiry-lead', 'independent-person', 'advocate', 'self'] as const;

/** How the questions were asked. */
export const QUESTIONNAIRE_METHODS = ['face-to-face', 'phone', 'video', 'paper', 'online'] as const;

/** The form the questions were answered in. */
export const QUESTIONNAIRE_FORMATS = ['standard', 'easy-read'] as const;

/** The answers a question offers. A question may also be skipped, which is not an answer. */
export const EXPERIENCE_ANSWERS = ['yes', 'partly', 'no', 'not-sure'] as const;

/** The questions every council asks unless it sets its own, by their stable ids. */
export const DEFAULT_QUESTION_IDS = [
  'in-control',
  'kept-informed',
  'involved',
  'listened-to',
  'dignity-and-respect',
  'feel-safer',
  'got-outcomes',
] as const;

export const QUESTIONNAIRE_LIMITS = {
  /** Answers in one record, and questions a council may set. */
  questions: 50,
  /** A question's id. */
  questionIdLength: 100,
  /** What could have been better, and anything else. */
  commentLength: 2000,
} as const;

/** Rules the JSON Schema cannot state; published in it as `x-msp-rules` and checked by the zod schema. */
export const EXPERIENCE_QUESTIONNAIRE_RULES: readonly RecordRule[] = [
  {
    id: 'one-answer-per-question',
    path: '/answers/*/question',
    description: 'No two answers in one record are for the same question.',
  },
];

/** A question's stable id: what answers are aggregated by. */
export const questionId = () => z.string().check(z.minLength(1), z.maxLength(QUESTIONNAIRE_LIMITS.questionIdLength), z.regex(/\S/));

export const givenAnswerSchema = z.strictObject({
  question: questionId(),
  answer: z.enum(EXPERIENCE_ANSWERS),
  skipped: absent(),
});

export const skippedAnswerSchema = z.strictObject({
  question: questionId(),
  skipped: z.literal(true),
  answer: absent(),
});

/** One question asked: answered, or skipped. */
export const answerSchema = z.union([givenAnswerSchema, skippedAnswerSchema]);

/** Every field but the answer about quoting, which decides whether `quoteConsentBy` applies. */
export const experienceQuestionnaireShape = {
  ...envelopeShape(EXPERIENCE_QUESTIONNAIRE_KIND, EXPERIENCE_QUESTIONNAIRE_VERSION),
  closureId: optional(z.uuid()),
  completedBy: z.enum(COMPLETED_BY),
  answers: z.array(answerSchema).check(z.maxLength(QUESTIONNAIRE_LIMITS.questions), uniqueBy('question', EXPERIENCE_QUESTIONNAIRE_RULES[0])),
  couldBeBetter: optional(text(QUESTIONNAIRE_LIMITS.commentLength)),
  anythingElse: optional(text(QUESTIONNAIRE_LIMITS.commentLength)),
  administeredBy: optional(z.enum(ADMINISTERED_BY)),
  method: optional(z.enum(QUESTIONNAIRE_METHODS)),
  format: optional(z.enum(QUESTIONNAIRE_FORMATS)),
};

/** One shape for each answer about quoting: who answered it is recorded exactly when it was yes or no. */
export const experienceQuestionnaireSchema = z.discriminatedUnion('quoteConsent', [
  z.strictObject({ ...experienceQuestionnaireShape, ...quoteConsentAnswered() }),
  z.strictObject({ ...experienceQuestionnaireShape, ...quoteConsentNotAsked() }),
  z.strictObject({ ...experienceQuestionnaireShape, quoteConsent: absent(), quoteConsentBy: absent() }),
]);

export type ExperienceQuestionnaireRecord = WithoutNulls<z.output<typeof experienceQuestionnaireSchema>>;
export type ExperienceAnswerEntry = WithoutNulls<z.output<typeof answerSchema>>;
export type CompletedBy = (typeof COMPLETED_BY)[number];
export type ExperienceAnswer = (typeof EXPERIENCE_ANSWERS)[number];
export type AdministeredBy = (typeof ADMINISTERED_BY)[number];
export type QuestionnaireMethod = (typeof QUESTIONNAIRE_METHODS)[number];
export type QuestionnaireFormat = (typeof QUESTIONNAIRE_FORMATS)[number];
export type DefaultQuestionId = (typeof DEFAULT_QUESTION_IDS)[number];

/** The experience-questionnaire record kind: its schema, version, migrations and rules. */
export const experienceQuestionnaire: RecordKind<z.output<typeof experienceQuestionnaireSchema>> = {
  kind: EXPERIENCE_QUESTIONNAIRE_KIND,
  version: EXPERIENCE_QUESTIONNAIRE_VERSION,
  schema: experienceQuestionnaireSchema,
  migrations: { 1: experienceQuestionnaireV1ToV2 },
  rules: EXPERIENCE_QUESTIONNAIRE_RULES,
};

export const safeParseExperienceQuestionnaire = (input: unknown): SafeParseResult<ExperienceQuestionnaireRecord> =>
  safeParseRecord(experienceQuestionnaire, input);

/** Returns the valid, current-version record or throws a `RecordParseError`. */
export const parseExperienceQuestionnaire = (input: unknown): ExperienceQuestionnaireRecord =>
  parseRecord(experienceQuestionnaire, input);
