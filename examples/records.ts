/**
 * Sample records for the framework examples: two fictional cases, each with a record for every
 * element. A real app loads these from its own server (see docs/integration.md).
 */
import { joyceExperience } from '../fixtures/states/experience-questionnaire.records.js';
import { joyceProfile } from '../fixtures/states/one-page-profile.records.js';
import { joyceRecord, susiRecord } from '../fixtures/states/outcome-capture.records.js';
import { joyceReview, susiClosure } from '../fixtures/states/review-close.records.js';
import { joyceMapRecord, susiMapRecord } from '../fixtures/states/risk-heat-map.records.js';
import type {
  ExperienceQuestionnaireRecord,
  OnePageProfileRecord,
  OutcomeCaptureRecord,
  ReviewCloseRecord,
  RiskHeatMapRecord,
} from '../src/index.js';

export interface CaseRecords {
  caseRef: string;
  outcomeCapture: OutcomeCaptureRecord;
  riskHeatMap: RiskHeatMapRecord;
  onePageProfile?: OnePageProfileRecord;
  reviewClose: ReviewCloseRecord;
  experience?: ExperienceQuestionnaireRecord;
}

export const cases: CaseRecords[] = [
  {
    caseRef: joyceRecord.caseRef,
    outcomeCapture: joyceRecord,
    riskHeatMap: joyceMapRecord,
    onePageProfile: joyceProfile,
    reviewClose: joyceReview,
    experience: joyceExperience,
  },
  { caseRef: susiRecord.caseRef, outcomeCapture: susiRecord, riskHeatMap: susiMapRecord, reviewClose: susiClosure },
];

/** The element for each record, in the order MSP uses the tools. */
export const tools = [
  { tag: 'msp-outcome-capture', key: 'outcomeCapture' },
  { tag: 'msp-risk-heat-map', key: 'riskHeatMap' },
  { tag: 'msp-one-page-profile', key: 'onePageProfile' },
  { tag: 'msp-review-close', key: 'reviewClose' },
  { tag: 'msp-experience-questionnaire', key: 'experience' },
] as const;
