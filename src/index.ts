/**
 * msp-elements: defines every element and exports the public API.
 * Import `msp-elements/<element>.js` to define one element only, or `msp-elements/classes`
 * for the classes without defining anything.
 */
import './elements/outcome-capture/outcome-capture.js';
import './elements/review-close/review-close.js';
import './elements/experience-questionnaire/experience-questionnaire.js';
import './elements/one-page-profile/one-page-profile.js';
import './elements/risk-heat-map/risk-heat-map.js';
import './elements/outcomes-report/outcomes-report.js';

export * from './classes.js';
export { defineElement } from './core/define.js';
export { getLocale, setLocale, SUPPORTED_LOCALES, type MspLocale } from './core/locale.js';
export {
  setDefaultDraftStore,
  sessionDraftStore,
  webStorageDraftStore,
  type DraftStore,
} from './core/drafts.js';
export * from './core/events.js';
export { VERSION } from './core/version.js';
export type { OutcomeCaptureRecord } from './schemas/outcome-capture.js';
export type { ReviewCloseRecord } from './schemas/review-close.js';
export type { ExperienceQuestionnaireRecord } from './schemas/experience-questionnaire.js';
export type { OnePageProfileRecord } from './schemas/one-page-profile.js';
export type { RiskHeatMapRecord } from './schemas/risk-heat-map.js';
