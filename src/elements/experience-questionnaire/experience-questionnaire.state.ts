import type { Loaded, RecordEnvelope } from '../../core/form-element.js';
import {
  ADMINISTERED_BY,
  answerSchema,
  COMPLETED_BY,
  experienceQuestionnaireShape,
  QUESTIONNAIRE_FORMATS,
  QUESTIONNAIRE_LIMITS,
  QUESTIONNAIRE_METHODS,
  questionId,
  type AdministeredBy,
  type CompletedBy,
  type ExperienceAnswer,
  type ExperienceAnswerEntry,
  type QuestionnaireFormat,
  type QuestionnaireMethod,
} from '../../schemas/experience-questionnaire.js';
import { QUOTE_CONSENT, QUOTE_CONSENT_BY, type QuoteConsent, type QuoteConsentBy } from '../../schemas/quote-consent.js';
import * as z from 'zod/mini';
import type { ShownQuestion } from './experience-questionnaire.questions.js';

/**
 * An experience-questionnaire record as it is being answered: the record's own shape, with who
 * answered left out until it is given. A valid record is one of these as it stands.
 */
export interface WorkingQuestionnaire extends RecordEnvelope {
  closureId?: string;
  completedBy?: CompletedBy;
  answers: ExperienceAnswerEntry[];
  couldBeBetter?: string;
  anythingElse?: string;
  administeredBy?: AdministeredBy;
  method?: QuestionnaireMethod;
  format?: QuestionnaireFormat;
  quoteConsent?: QuoteConsent;
  quoteConsentBy?: QuoteConsentBy;
}

/** What only the screen needs beside the record: nothing, here; the step shown is the element's own. */
export type QuestionnaireView = Record<string, never>;

type Loose = Record<string, unknown>;

const validId = questionId();

/** Saved answers to keep: each valid one as given; one that cannot be read is shown as skipped; repeats are left out. */
function readAnswers(list: unknown[]) {
  const seen = new Set<unknown>();
  const answers: ExperienceAnswerEntry[] = [];
  for (const item of list.slice(0, QUESTIONNAIRE_LIMITS.questions * 2)) {
    const question = (item as Loose | null)?.question as string;
    if (z.safeParse(validId, question).success && !seen.has(question)) {
      seen.add(question);
      answers.push(z.safeParse(answerSchema, item).success ? (item as ExperienceAnswerEntry) : { question, skipped: true });
    }
  }
  return answers;
}

/** The fields that hold one of a list of codes, and their codes. */
const CODES: Record<string, readonly string[]> = {
  completedBy: COMPLETED_BY,
  administeredBy: ADMINISTERED_BY,
  method: QUESTIONNAIRE_METHODS,
  format: QUESTIONNAIRE_FORMATS,
  quoteConsent: QUOTE_CONSENT,
  quoteConsentBy: QUOTE_CONSENT_BY,
};

/** A field of a record that failed the schema, if it is of the right type; undefined to leave it out. */
function readField(key: string, value: unknown) {
  if (key === 'answers') return Array.isArray(value) ? readAnswers(value) : undefined;
  if (Object.hasOwn(CODES, key)) return CODES[key].includes(value as string) ? value : undefined;
  if (key === 'version') return typeof value === 'number' ? value : undefined;
  // Every other field of the record holds text.
  return Object.hasOwn(experienceQuestionnaireShape, key) && typeof value === 'string' ? value : undefined;
}

/**
 * A record to answer. A valid one is kept exactly as given. From one that failed the schema, each
 * field of the right type is kept as given, in the order given, and the rest is left out.
 */
export function loadQuestionnaire(value: Loose, valid: boolean): Loaded<WorkingQuestionnaire, QuestionnaireView> {
  if (valid) return { record: value as unknown as WorkingQuestionnaire, view: {} };
  const record: Loose = {};
  for (const [key, field] of Object.entries(value)) {
    const read = readField(key, field);
    if (read !== undefined) record[key] = read;
  }
  record.answers ??= [];
  return { record: record as unknown as WorkingQuestionnaire, view: {} };
}

export function isEmptyQuestionnaire(record: WorkingQuestionnaire): boolean {
  return (
    !record.completedBy &&
    !record.couldBeBetter &&
    !record.anythingElse &&
    !record.administeredBy &&
    !record.method &&
    !record.quoteConsent &&
    record.answers.every((entry) => entry.skipped)
  );
}

/**
 * At the first edit of a record with no answers yet (one started here), every question shown is
 * recorded as asked: skipped, until it is answered. A saved record gains entries only for the
 * questions answered in it, so a question added since is never recorded as asked.
 */
export function askAll(record: WorkingQuestionnaire, questions: readonly ShownQuestion[]) {
  if (!record.answers.length) record.answers = questions.map(({ id }) => ({ question: id, skipped: true }));
}

/** Answers a question, or (with no answer) records it as skipped. */
export function setAnswer(record: WorkingQuestionnaire, question: string, answer?: ExperienceAnswer) {
  const entry: ExperienceAnswerEntry = answer ? { question, answer } : { question, skipped: true };
  const index = record.answers.findIndex((existing) => existing.question === question);
  if (index < 0) record.answers.push(entry);
  else record.answers[index] = entry;
}

/** Answers whether their words may be quoted; who answered it stays only with a yes or a no. */
export function setQuoteConsent(record: WorkingQuestionnaire, consent: QuoteConsent) {
  record.quoteConsent = consent;
  if (consent === 'not-asked') delete record.quoteConsentBy;
}
