import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionnaireQuestion } from '../../src/elements/experience-questionnaire/experience-questionnaire.questions.js';
import type { ExperienceQuestionnaireRecord } from '../../src/schemas/experience-questionnaire.js';
import { advocateExperience, councilExperience, councilQuestions, joyceExperience } from './experience-questionnaire.records.js';
import type { ElementStateBase } from './element-state.js';

/**
 * Every state of <msp-experience-questionnaire> that matters. Storybook shows each one, and the
 * tests render each one and run axe on it, in English and in Welsh: one list, so they cannot drift.
 */
export interface QuestionnaireState extends ElementStateBase<ExperienceQuestionnaireRecord> {
  questions?: QuestionnaireQuestion[];
  easyRead?: boolean;
  oneAtATime?: boolean;
}

export const questionnaireStates: QuestionnaireState[] = [
  { name: 'Standard', description: 'The seven questions on one page, nothing answered yet.', required: true },
  { name: 'Answered', description: 'Joyce’s answers: one question skipped, and her own words.', value: joyceExperience },
  {
    name: 'EasyRead',
    description: 'Easy read: a picture beside every question, large text, and a face with every answer.',
    value: joyceExperience,
    easyRead: true,
  },
  {
    name: 'OneAtATime',
    description: 'One question at a time, with the progress in words, Back and Next.',
    oneAtATime: true,
    required: true,
  },
  {
    name: 'EasyReadOneAtATime',
    description: 'Easy read, one question at a time: how a person often answers on a phone.',
    easyRead: true,
    oneAtATime: true,
    required: true,
  },
  {
    name: 'AdvocateCompleting',
    description: 'An advocate answered for Mr A: the questions ask “Did they …?”.',
    value: advocateExperience,
  },
  {
    name: 'CustomQuestions',
    description: 'A council’s own list: three default questions, one reworded, and one of its own.',
    questions: councilQuestions,
    value: councilExperience,
  },
  { name: 'Welsh', description: 'The questions in Welsh.', value: joyceExperience, locale: 'cy' },
  { name: 'WelshEasyRead', description: 'Easy read in Welsh.', value: joyceExperience, easyRead: true, locale: 'cy' },
  {
    name: 'NarrowScreen',
    description: 'Easy read on a phone, 320 px wide.',
    value: joyceExperience,
    easyRead: true,
    narrow: true,
  },
  { name: 'ErrorsShown', description: 'Sent too soon: the error summary and the message.', required: true, showErrors: true },
  {
    name: 'Print',
    description: 'What prints, shown with print-preview: every answer, a skipped question as skipped, and every word.',
    value: joyceExperience,
    print: true,
  },
  {
    name: 'EasyReadPrint',
    description: 'Easy read on paper, shown with print-preview: each question’s picture left of its words, each answer with its face.',
    value: joyceExperience,
    easyRead: true,
    print: true,
  },
  { name: 'Readonly', description: 'A summary that cannot be edited.', value: advocateExperience, readonly: true },
  { name: 'Disabled', description: 'Shown but not answerable, and not submitted.', value: joyceExperience, disabled: true },
  {
    name: 'RecordWithNulls',
    description: 'A record from a case system that writes null for every empty field: null means absent.',
    value: JSON.stringify({ ...councilExperience, subjectRef: null, recordedBy: null, couldBeBetter: null, anythingElse: null }),
    questions: councilQuestions,
  },
  {
    name: 'UnreadableValue',
    description: 'The host gave a value that fails the schema: it is kept and a message says so.',
    value: '{"kind":"msp.experience-questionnaire","version":1,"completedBy":"maybe","answers":[{"question":"in-control","answer":"perhaps"}]}',
  },
];

/** Renders a state as a fresh element; `showErrors` is applied by `applyQuestionnaireState` once it is in the page. */
export function renderQuestionnaireState(state: QuestionnaireState): TemplateResult {
  const value = typeof state.value === 'string' ? state.value : state.value ? JSON.stringify(state.value) : undefined;
  return html`<msp-experience-questionnaire
    name="experience"
    case-ref="SG-2026-0412"
    value=${value ?? nothing}
    questions=${state.questions ? JSON.stringify(state.questions) : nothing}
    ?easy-read=${state.easyRead ?? false}
    ?one-at-a-time=${state.oneAtATime ?? false}
    ?required=${state.required ?? false}
    ?readonly=${state.readonly ?? false}
    ?disabled=${state.disabled ?? false}
    ?print-preview=${state.print ?? false}
  ></msp-experience-questionnaire>`;
}

/** What a state needs once its element is in the page. */
export async function applyQuestionnaireState(
  element: HTMLElement & { complete(): boolean; updateComplete: Promise<boolean> },
  state: QuestionnaireState,
) {
  await element.updateComplete;
  if (state.showErrors) {
    element.complete();
    await element.updateComplete;
  }
}
