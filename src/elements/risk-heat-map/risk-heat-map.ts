import { defineElement } from '../../core/define.js';
import { registerTranslations } from '../../core/locale.js';
import { translations } from '../../locales/generated/risk-heat-map.translations.js';
import { MspRiskHeatMap } from './risk-heat-map.component.js';

export { MspRiskHeatMap };

registerTranslations(translations);
defineElement('msp-risk-heat-map', MspRiskHeatMap);
