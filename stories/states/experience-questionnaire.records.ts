import type { QuestionnaireQuestion } from '../../src/elements/experience-questionnaire/experience-questionnaire.questions.js';
import type { ExperienceQuestionnaireRecord } from '../../src/schemas/experience-questionnaire.js';

/** Example records, drawn from the case studies in the MSP 2013/14 report. Names are invented. */

/** Joyce answered for herself: mostly yes, one question skipped. */
export const joyceExperience: ExperienceQuestionnaireRecord = {
  kind: 'msp.experience-questionnaire',
  version: 1,
  id: '7a2e3c4d-5b6f-4a70-8b9c-0d1e2f3a4b5c',
  caseRef: 'SG-2026-0412',
  subjectRef: 'P-88121',
  recordedAt: '2026-12-02T14:05:00+00:00',
  locale: 'en-GB',
  completedBy: 'person',
  answers: [
    { question: 'in-control', answer: 'yes' },
    { question: 'kept-informed', answer: 'partly' },
    { question: 'involved', answer: 'yes' },
    { question: 'listened-to', answer: 'yes' },
    { question: 'dignity-and-respect', answer: 'yes' },
    { question: 'feel-safer', skipped: true },
    { question: 'got-outcomes', answer: 'not-sure' },
  ],
  couldBeBetter: 'I would have liked a letter after each meeting, in big print, so I could read it again.',
  anythingElse: 'Thank you for letting me talk to my neighbour myself.',
};

/** Mr A's advocate answered for him: the questions ask "Did they …?". */
export const advocateExperience: ExperienceQuestionnaireRecord = {
  kind: 'msp.experience-questionnaire',
  version: 1,
  id: '8b3f4d5e-6c70-4b81-9cad-1e2f3a4b5c6d',
  caseRef: 'SG-2026-0388',
  recordedAt: '2026-12-03T10:30:00+00:00',
  recordedBy: 'ADV-004',
  locale: 'en-GB',
  completedBy: 'advocate',
  answers: [
    { question: 'in-control', answer: 'partly' },
    { question: 'kept-informed', answer: 'yes' },
    { question: 'involved', answer: 'partly' },
    { question: 'listened-to', answer: 'yes' },
    { question: 'dignity-and-respect', answer: 'yes' },
    { question: 'feel-safer', answer: 'yes' },
    { question: 'got-outcomes', answer: 'no' },
  ],
  couldBeBetter: 'Meetings were often moved at short notice, which unsettled him.',
};

/** A council that asks four questions: three of the defaults (one reworded) and one of its own. */
export const councilQuestions: QuestionnaireQuestion[] = [
  { id: 'in-control' },
  { id: 'listened-to' },
  {
    id: 'feel-safer',
    text: { 'en-GB': 'Do you feel safer at home now?', cy: 'Ydych chi’n teimlo’n fwy diogel gartref nawr?' },
    they: { 'en-GB': 'Do they feel safer at home now?', cy: 'Ydyn nhw’n teimlo’n fwy diogel gartref nawr?' },
  },
  {
    id: 'knew-who-to-contact',
    text: { 'en-GB': 'Do you know who to contact if you need help?', cy: 'Ydych chi’n gwybod â phwy i gysylltu os oes angen help arnoch chi?' },
    they: { 'en-GB': 'Do they know who to contact if they need help?', cy: 'Ydyn nhw’n gwybod â phwy i gysylltu os oes angen help arnyn nhw?' },
    picture: 'question',
  },
];

/** Susi answered the council's own questions, with help from her sister. */
export const councilExperience: ExperienceQuestionnaireRecord = {
  kind: 'msp.experience-questionnaire',
  version: 1,
  id: '9c405e6f-7d81-4c92-8dbe-2f3a4b5c6d7e',
  caseRef: 'SG-2026-0455',
  recordedAt: '2026-12-04T16:45:00+00:00',
  locale: 'en-GB',
  completedBy: 'person-with-support',
  answers: [
    { question: 'in-control', answer: 'yes' },
    { question: 'listened-to', answer: 'partly' },
    { question: 'feel-safer', answer: 'yes' },
    { question: 'knew-who-to-contact', skipped: true },
  ],
};
