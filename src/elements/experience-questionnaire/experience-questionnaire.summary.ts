import { html, type TemplateResult } from 'lit';
import { notAnswered } from '../../core/common-messages.js';
import type { ChoiceOption } from '../../core/fields.js';
import {
  answerOptions,
  anythingElseQuestion,
  answeredForThem,
  completedByOptions,
  completedByQuestion,
  couldBeBetterQuestion,
  skippedLabel,
} from './experience-questionnaire.options.js';
import { questionWords, type ShownQuestion } from './experience-questionnaire.questions.js';
import type { QuestionnaireDraft } from './experience-questionnaire.state.js';

const row = (question: string, answer: TemplateResult | string | undefined) =>
  html`<div class="summary-list__row">
    <dt>${question}</dt>
    <dd>${answer || notAnswered()}</dd>
  </div>`;

const labelOf = <V extends string>(options: ChoiceOption<V>[], value: V | undefined) =>
  options.find((option) => option.value === value)?.label;

const words = (text: string | undefined) => text && html`<span class="words">${text}</span>`;

/**
 * The answers as a person reads them: the read-only view, and what prints. Every answer in the
 * record is listed, in its order, a skipped question as skipped; their words as text, never as
 * HTML.
 */
export function renderQuestionnaireSummary(record: QuestionnaireDraft, questions: readonly ShownQuestion[]) {
  const they = answeredForThem(record.completedBy);
  return html`<dl class="summary-list">
    ${row(completedByQuestion(), labelOf(completedByOptions(), record.completedBy))}
    ${record.answers.map((entry) =>
      row(
        questionWords(questions, entry.question, they),
        entry.answer ? labelOf(answerOptions(), entry.answer) : skippedLabel(),
      ),
    )}
    ${row(couldBeBetterQuestion(), words(record.couldBeBetter))} ${row(anythingElseQuestion(), words(record.anythingElse))}
  </dl>`;
}
