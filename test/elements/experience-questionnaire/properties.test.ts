import { runRecordProperties } from '../../contract/record-properties.js';
import '../../../src/index.js';
import { experienceQuestionnaire } from '../../../src/schemas/experience-questionnaire.js';

runRecordProperties({
  tag: 'msp-experience-questionnaire',
  recordKind: experienceQuestionnaire,
  schemaName: 'experience-questionnaire',
});
