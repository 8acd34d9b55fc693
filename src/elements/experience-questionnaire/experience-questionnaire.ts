import { defineElement } from '../../core/define.js';
import { registerTranslations } from '../../core/locale.js';
import { translations } from '../../locales/generated/experience-questionnaire.translations.js';
import { MspExperienceQuestionnaire } from './experience-questionnaire.component.js';

export { MspExperienceQuestionnaire };

registerTranslations(translations);
defineElement('msp-experience-questionnaire', MspExperienceQuestionnaire);
