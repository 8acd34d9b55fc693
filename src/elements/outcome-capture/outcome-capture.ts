import { defineElement } from '../../core/define.js';
import { registerTranslations } from '../../core/locale.js';
import { translations } from '../../locales/generated/outcome-capture.translations.js';
import { MspOutcomeCapture } from './outcome-capture.component.js';

export { MspOutcomeCapture };

registerTranslations(translations);
defineElement('msp-outcome-capture', MspOutcomeCapture);
