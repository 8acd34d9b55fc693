import { defineElement } from '../../core/define.js';
import { registerTranslations } from '../../core/locale.js';
import { translations } from '../../locales/generated/review-close.translations.js';
import { MspReviewClose } from './review-close.component.js';

export { MspReviewClose };

registerTranslations(translations);
defineElement('msp-review-close', MspReviewClose);
