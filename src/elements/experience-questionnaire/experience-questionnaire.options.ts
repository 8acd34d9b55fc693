import type { ChoiceOption } from '../../core/fields.js';
import { msg } from '../../core/locale.js';
import type { CompletedBy, ExperienceAnswer } from '../../schemas/experience-questionnaire.js';

/** The words of each choice, in the current locale. */

export const answerOptions = (): ChoiceOption<ExperienceAnswer>[] => [
  { value: 'yes', label: msg('Yes', { id: 'eq.yes' }) },
  { value: 'partly', label: msg('Partly', { id: 'eq.partly' }) },
  { value: 'no', label: msg('No', { id: 'eq.no' }) },
  { value: 'not-sure', label: msg('Not sure', { id: 'eq.not-sure' }) },
];

export const completedByOptions = (): ChoiceOption<CompletedBy>[] => [
  { value: 'person', label: msg('I am answering for myself', { id: 'eq.by.person' }) },
  { value: 'person-with-support', label: msg('I am answering for myself, with help', { id: 'eq.by.with-help' }) },
  {
    value: 'representative',
    label: msg('A family member, friend or other representative', { id: 'eq.by.representative' }),
  },
  { value: 'advocate', label: msg('An advocate', { id: 'eq.by.advocate' }) },
  {
    value: 'imca',
    label: msg('An Independent Mental Capacity Advocate (IMCA)', { id: 'eq.by.imca' }),
  },
];

/** Whether the questions are asked about the person ("Did they …?") rather than of them. */
export const answeredForThem = (by: CompletedBy | undefined) => ['representative', 'advocate', 'imca'].includes(by!);

export const completedByQuestion = () => msg('Who is answering these questions?', { id: 'eq.by' });
export const couldBeBetterQuestion = () => msg('What could we have done better?', { id: 'eq.better' });
export const anythingElseQuestion = () => msg('Is there anything else you want to tell us?', { id: 'eq.else' });
export const skippedLabel = () => msg('Skipped', { id: 'eq.skipped' });
