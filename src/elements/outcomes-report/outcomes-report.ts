import { defineElement } from '../../core/define.js';
import { registerTranslations } from '../../core/locale.js';
import { translations } from '../../locales/generated/outcomes-report.translations.js';
import { MspOutcomesReport } from './outcomes-report.component.js';

export { MspOutcomesReport };

registerTranslations(translations);
defineElement('msp-outcomes-report', MspOutcomesReport);
