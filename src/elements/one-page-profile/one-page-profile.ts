import { defineElement } from '../../core/define.js';
import { registerTranslations } from '../../core/locale.js';
import { translations } from '../../locales/generated/one-page-profile.translations.js';
import { MspOnePageProfile } from './one-page-profile.component.js';

export { MspOnePageProfile };

registerTranslations(translations);
defineElement('msp-one-page-profile', MspOnePageProfile);
