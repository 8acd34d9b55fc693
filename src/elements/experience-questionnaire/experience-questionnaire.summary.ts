import { html, nothing, type TemplateResult } from 'lit';
import type { ExperienceAnswer } from '../../schemas/experience-questionnaire.js';
import { notAnswered } from '../../core/common-messages.js';
import type { ChoiceOption } from '../../core/fields.js';
import {
  aboutHeading,
  administeredByOptions,
  administeredByQuestion,
  answerOptions,
  anythingElseQuestion,
  answeredForThem,
  completedByOptions,
  completedByQuestion,
  couldBeBetterQuestion,
  formatOptions,
  formatQuestion,
  methodOptions,
  methodQuestion,
  quoteConsentByOptions,
  quoteConsentByQuestion,
  quoteConsentOptions,
  quoteConsentQuestion,
  skippedLabel,
} from './experience-questionnaire.options.js';
import { face, picture, type QuestionPicture } from './experience-questionnaire.pictures.js';
import { questionPicture, questionWords, type ShownQuestion } from './experience-questionnaire.questions.js';
import type { WorkingQuestionnaire } from './experience-questionnaire.state.js';

const row = (question: TemplateResult | string, answer: TemplateResult | string | undefined) =>
  html`<div class="summary-list__row">
    <dt>${question}</dt>
    <dd>${answer || notAnswered()}</dd>
  </div>`;

const labelOf = <V extends string>(options: ChoiceOption<V>[], value: V | undefined) =>
  options.find((option) => option.value === value)?.label;

const words = (text: string | undefined) => text && html`<span class="words">${text}</span>`;

/** Words with a picture on their left, as easy read shows them. */
const pictured = (drawing: TemplateResult, text: TemplateResult | string) =>
  html`<span class="pictured">${drawing}<span>${text}</span></span>`;

/**
 * The answers as a person reads them: the read-only view, and what prints. Every answer in the
 * record is listed, in its order, a skipped question as skipped; their words as text, never as
 * HTML. In easy read, on screen and on paper, each question keeps its picture left of its words,
 * and each answer its face.
 */
export function renderQuestionnaireSummary(record: WorkingQuestionnaire, questions: readonly ShownQuestion[], easyRead = false) {
  const they = answeredForThem(record.completedBy);
  const question = (name: QuestionPicture, text: string) => (easyRead ? pictured(picture(name), text) : text);
  const answer = (value: ExperienceAnswer | undefined) => {
    const label = value ? labelOf(answerOptions(), value) : skippedLabel();
    return easyRead && value && label ? pictured(face(value), label) : label;
  };
  return html`<dl class="summary-list">
    ${row(question('people', completedByQuestion()), labelOf(completedByOptions(), record.completedBy))}
    ${record.answers.map((entry) =>
      row(question(questionPicture(questions, entry.question), questionWords(questions, entry.question, they)), answer(entry.answer)),
    )}
    ${row(question('speech', couldBeBetterQuestion()), words(record.couldBeBetter))}
    ${row(question('question', anythingElseQuestion()), words(record.anythingElse))}
    ${row(question('report', quoteConsentQuestion()), labelOf(quoteConsentOptions(record.quoteConsent), record.quoteConsent))}
    ${record.quoteConsentBy
      ? row(question('people', quoteConsentByQuestion()), labelOf(quoteConsentByOptions(), record.quoteConsentBy))
      : nothing}
  </dl>
  <h2 class="heading-m">${aboutHeading()}</h2>
  <dl class="summary-list">
    ${row(question('asking', administeredByQuestion()), labelOf(administeredByOptions(), record.administeredBy))}
    ${row(question('ways', methodQuestion()), labelOf(methodOptions(), record.method))}
    ${row(question('question', formatQuestion()), labelOf(formatOptions(), record.format))}
  </dl>`;
}
