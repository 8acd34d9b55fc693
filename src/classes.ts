/**
 * The element classes, not registered: for scoped registries or your own tag names. Importing
 * this module registers each element's translations (nothing is loaded until the page switches
 * language), so the classes speak Welsh under any tag name.
 */
import { registerTranslations } from './core/locale.js';
import { translations as outcomeCaptureTranslations } from './locales/generated/outcome-capture.translations.js';
import { translations as riskHeatMapTranslations } from './locales/generated/risk-heat-map.translations.js';

export { MspOutcomeCapture } from './elements/outcome-capture/outcome-capture.component.js';
export { MspRiskHeatMap } from './elements/risk-heat-map/risk-heat-map.component.js';
export { MspFormElement } from './core/form-element.js';

registerTranslations(outcomeCaptureTranslations);
registerTranslations(riskHeatMapTranslations);
