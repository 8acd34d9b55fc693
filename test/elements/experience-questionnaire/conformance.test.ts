import { formConformance } from '../../contract/form-conformance.js';
import '../../../src/index.js';
import { joyceExperience } from '../../../fixtures/states/experience-questionnaire.records.js';
import {
  applyQuestionnaireState,
  questionnaireStates,
  renderQuestionnaireState,
} from '../../../fixtures/states/experience-questionnaire.states.js';

formConformance({
  tag: 'msp-experience-questionnaire',
  validRecord: joyceExperience as unknown as Record<string, unknown>,
  invalidRecord: { ...joyceExperience, completedBy: 'maybe', answers: [{ question: 'in-control', answer: 'perhaps' }] },
  withWords: (record, words) => ({ ...record, couldBeBetter: words }),
  states: questionnaireStates,
  renderState: renderQuestionnaireState,
  applyState: applyQuestionnaireState,
});
