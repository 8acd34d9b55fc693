import { experienceQuestionnaireDocs } from './experience-questionnaire.docs.js';
import { onePageProfileDocs } from './one-page-profile.docs.js';
import { outcomeCaptureDocs } from './outcome-capture.docs.js';
import type { RecordDocs } from './record-docs.js';
import type { recordKinds } from './registry.js';
import { reviewCloseDocs } from './review-close.docs.js';
import { riskHeatMapDocs } from './risk-heat-map.docs.js';

/** The docs of every record kind, by the same names as `recordKinds`. */
export const recordDocs: Record<keyof typeof recordKinds, RecordDocs> = {
  'outcome-capture': outcomeCaptureDocs,
  'review-close': reviewCloseDocs,
  'experience-questionnaire': experienceQuestionnaireDocs,
  'one-page-profile': onePageProfileDocs,
  'risk-heat-map': riskHeatMapDocs,
};
