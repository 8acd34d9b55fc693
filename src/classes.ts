/**
 * The element classes, not registered: for scoped registries or your own tag names. Importing
 * this module registers each element's translations (nothing is loaded until the page switches
 * language), so the classes speak Welsh under any tag name.
 */
import { registerTranslations } from './core/locale.js';
import { translations as experienceQuestionnaireTranslations } from './locales/generated/experience-questionnaire.translations.js';
import { translations as onePageProfileTranslations } from './locales/generated/one-page-profile.translations.js';
import { translations as outcomesReportTranslations } from './locales/generated/outcomes-report.translations.js';
import { translations as outcomeCaptureTranslations } from './locales/generated/outcome-capture.translations.js';
import { translations as reviewCloseTranslations } from './locales/generated/review-close.translations.js';
import { translations as riskHeatMapTranslations } from './locales/generated/risk-heat-map.translations.js';

export { MspExperienceQuestionnaire } from './elements/experience-questionnaire/experience-questionnaire.component.js';
export { MspOnePageProfile } from './elements/one-page-profile/one-page-profile.component.js';
export { MspOutcomeCapture } from './elements/outcome-capture/outcome-capture.component.js';
export { MspOutcomesReport } from './elements/outcomes-report/outcomes-report.component.js';
export { MspReviewClose } from './elements/review-close/review-close.component.js';
export { MspRiskHeatMap } from './elements/risk-heat-map/risk-heat-map.component.js';
export { MspFormElement } from './core/form-element.js';

registerTranslations(outcomeCaptureTranslations);
registerTranslations(riskHeatMapTranslations);
registerTranslations(onePageProfileTranslations);
registerTranslations(reviewCloseTranslations);
registerTranslations(experienceQuestionnaireTranslations);
registerTranslations(outcomesReportTranslations);
