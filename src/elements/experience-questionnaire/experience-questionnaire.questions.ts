import * as z from 'zod/mini';
import { getLocale, msg } from '../../core/locale.js';
import { DEFAULT_QUESTION_IDS, QUESTIONNAIRE_LIMITS, questionId } from '../../schemas/experience-questionnaire.js';
import { toRecordIssues, type RecordIssue } from '../../schemas/issues.js';
import { uniqueBy } from '../../schemas/unique-by.js';
import { PICTURE_NAMES, type QuestionPicture } from './experience-questionnaire.pictures.js';

/** Words in every language alike, or in each: English is used where Welsh is not given. */
export type QuestionWords = string | { 'en-GB': string; cy?: string };

/**
 * A question of the questionnaire, as a council sets it in the `questions` property. A default
 * question's id alone keeps its words and picture; `text` rewords it. A question of the council's
 * own needs `text`. Answers are recorded by `id`, so keep an id for as long as the question means
 * the same thing.
 */
export interface QuestionnaireQuestion {
  /** Stable: answers are aggregated by it. */
  id: string;
  /** The question, asking the person ("Did you feel …?"). */
  text?: QuestionWords;
  /** The question when someone answers for the person ("Did they feel …?"); `text` if not given. */
  they?: QuestionWords;
  /** The easy-read picture beside it. */
  picture?: QuestionPicture;
}

/** A question as the form shows it: its words, asking the person or about them. */
export interface ShownQuestion {
  id: string;
  picture: QuestionPicture;
  words(they: boolean): string;
}

/** The words of each default question, in the order of DEFAULT_QUESTION_IDS. */
const DEFAULT_WORDS: ((they: boolean) => string)[] = [
  (they) =>
    they
      ? msg('Did they feel in control of what happened?', { id: 'eq.in-control.they' })
      : msg('Did you feel in control of what happened?', { id: 'eq.in-control' }),
  (they) =>
    they
      ? msg('Did we tell them what was happening?', { id: 'eq.kept-informed.they' })
      : msg('Did we tell you what was happening?', { id: 'eq.kept-informed' }),
  (they) =>
    they
      ? msg('Were they part of the decisions about them?', { id: 'eq.involved.they' })
      : msg('Were you part of the decisions about you?', { id: 'eq.involved' }),
  (they) => (they ? msg('Did we listen to them?', { id: 'eq.listened-to.they' }) : msg('Did we listen to you?', { id: 'eq.listened-to' })),
  (they) =>
    they
      ? msg('Did we treat them with dignity and respect?', { id: 'eq.dignity-and-respect.they' })
      : msg('Did we treat you with dignity and respect?', { id: 'eq.dignity-and-respect' }),
  (they) => (they ? msg('Do they feel safer now?', { id: 'eq.feel-safer.they' }) : msg('Do you feel safer now?', { id: 'eq.feel-safer' })),
  (they) =>
    they
      ? msg('Did they get what they wanted to happen?', { id: 'eq.got-outcomes.they' })
      : msg('Did you get what you wanted to happen?', { id: 'eq.got-outcomes' }),
];

const DEFAULT_PICTURES: QuestionPicture[] = ['wheel', 'speech', 'people', 'ear', 'heart', 'shield', 'star'];

const DEFAULTS: ShownQuestion[] = DEFAULT_QUESTION_IDS.map((id, index) => ({
  id,
  picture: DEFAULT_PICTURES[index],
  words: DEFAULT_WORDS[index],
}));

const defaultQuestion = (id: string) => DEFAULTS.find((question) => question.id === id);

const wordsSchema = () => z.string().check(z.minLength(1), z.maxLength(500));
const questionWordsSchema = z.union([wordsSchema(), z.strictObject({ 'en-GB': wordsSchema(), cy: z.optional(wordsSchema()) })]);

/** What the `questions` property accepts. */
export const questionsSchema = z.array(
  z
    .strictObject({
      id: questionId(),
      text: z.optional(questionWordsSchema),
      they: z.optional(questionWordsSchema),
      picture: z.optional(z.enum(PICTURE_NAMES)),
    })
    .check(z.refine((question) => question.text !== undefined || defaultQuestion(question.id) !== undefined, {
      message: 'A new question needs text',
      path: ['text'],
    })),
).check(
  z.minLength(1),
  z.maxLength(QUESTIONNAIRE_LIMITS.questions),
  uniqueBy('id', { id: 'unique-question-ids', description: 'Ids must differ' }),
);

const inLocale = (words: QuestionWords) => (typeof words === 'string' ? words : (words[getLocale()] ?? words['en-GB']));

/**
 * The questions to show: the defaults, or those the host set (given as a list or its JSON).
 * `issues` says what is wrong with a list that cannot be used; the defaults are shown instead.
 */
export function questionsToShow(given: unknown): { questions: ShownQuestion[]; issues?: RecordIssue[] } {
  if (given == null || given === '') return { questions: DEFAULTS };
  let list = given;
  try {
    if (typeof given === 'string') list = JSON.parse(given);
  } catch {
    // Text that is not JSON is reported as not being a list.
  }
  const result = z.safeParse(questionsSchema, list);
  if (!result.success) return { questions: DEFAULTS, issues: toRecordIssues(result.error.issues) };
  return {
    questions: result.data.map(({ id, text, they, picture }) => {
      const standard = defaultQuestion(id);
      return {
        id,
        picture: picture ?? standard?.picture ?? 'question',
        words: (aboutThem) => {
          const own = (aboutThem && they) || text;
          return own ? inLocale(own) : standard!.words(aboutThem);
        },
      };
    }),
  };
}

/** The words of a question by its id, for a saved answer: the id itself for a question the form no longer asks. */
export function questionWords(questions: readonly ShownQuestion[], id: string, they: boolean): string {
  return (questions.find((question) => question.id === id) ?? defaultQuestion(id))?.words(they) ?? id;
}

/** The picture of a question by its id, for a saved answer: a question mark for a question the form no longer asks. */
export function questionPicture(questions: readonly ShownQuestion[], id: string): QuestionPicture {
  return (questions.find((question) => question.id === id) ?? defaultQuestion(id))?.picture ?? 'question';
}
