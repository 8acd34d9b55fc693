import type { ChoiceOption } from '../../core/fields.js';
import { msg } from '../../core/locale.js';
import type {
  AdministeredBy,
  CompletedBy,
  ExperienceAnswer,
  QuestionnaireFormat,
  QuestionnaireMethod,
} from '../../schemas/experience-questionnaire.js';
import type { QuoteConsent, QuoteConsentBy } from '../../schemas/quote-consent.js';

/** The words of each choice, in the current locale. */

export const answerOptions = (): ChoiceOption<ExperienceAnswer>[] => [
  { value: 'yes', label: msg('Yes', { id: 'eq.yes' }) },
  { value: 'partly', label: msg('Partly', { id: 'eq.partly' }) },
  { value: 'no', label: msg('No', { id: 'eq.no' }) },
  { value: 'not-sure', label: msg('Not sure', { id: 'eq.not-sure' }) },
];

export const completedByOptions = (): ChoiceOption<CompletedBy>[] => [
  { value: 'person', label: msg('I am answering for myself', { id: 'eq.by.person' }) },
  { value: 'person-with-support', label: msg('I am answering for myself, with help', { id: 'eq.by.with-help' }) },
  {
    value: 'representative',
    label: msg('A family member, friend or other representative', { id: 'eq.by.representative' }),
  },
  { value: 'advocate', label: msg('An advocate', { id: 'eq.by.advocate' }) },
  {
    value: 'imca',
    label: msg('An Independent Mental Capacity Advocate (IMCA)', { id: 'eq.by.imca' }),
  },
];

/** Whether the questions are asked about the person ("Did they …?") rather than of them. */
export const answeredForThem = (by: CompletedBy | undefined) => ['representative', 'advocate', 'imca'].includes(by!);

export const completedByQuestion = () => msg('Who is answering these questions?', { id: 'eq.by' });
export const couldBeBetterQuestion = () => msg('What could we have done better?', { id: 'eq.better' });
export const anythingElseQuestion = () => msg('Is there anything else you want to tell us?', { id: 'eq.else' });
export const skippedLabel = () => msg('Skipped', { id: 'eq.skipped' });

/** Whether their words may be quoted: one wording for the person, for someone answering for them, and in easy read. */
export const quoteConsentQuestion = () =>
  msg('Can we put the words written here in reports to the Safeguarding Adults Board? We will not give a name.', { id: 'eq.quote' });

export const quoteConsentHint = () =>
  msg('The Board checks how well people are kept safe here.', { id: 'eq.quote.hint' });

/** "Not asked" is for a record that says so already: whoever is answering now is being asked. */
export const quoteConsentOptions = (current: QuoteConsent | undefined): ChoiceOption<QuoteConsent>[] => [
  { value: 'yes', label: msg('Yes', { id: 'eq.yes' }) },
  { value: 'no', label: msg('No', { id: 'eq.no' }) },
  ...(current === 'not-asked' ? [{ value: 'not-asked' as const, label: msg('Not asked', { id: 'eq.quote.not-asked' }) }] : []),
];

export const quoteConsentByQuestion = () => msg('Who gave this answer?', { id: 'eq.quote-by' });

export const quoteConsentByOptions = (): ChoiceOption<QuoteConsentBy>[] => [
  { value: 'person', label: msg('The person the questions are about', { id: 'eq.quote-by.person' }) },
  {
    value: 'representative',
    label: msg('Someone who represents them, such as a family member or advocate', { id: 'eq.quote-by.representative' }),
  },
];

export const aboutHeading = () => msg('About these questions', { id: 'eq.about' });
export const aboutHint = () =>
  msg('For the person who asked the questions or helped with them. You can leave this out.', { id: 'eq.about.hint' });

export const administeredByQuestion = () => msg('Who asked the questions?', { id: 'eq.asked-by' });

export const administeredByOptions = (): ChoiceOption<AdministeredBy>[] => [
  { value: 'enquiry-lead', label: msg('The worker who led the safeguarding enquiry', { id: 'eq.asked-by.lead' }) },
  {
    value: 'independent-person',
    label: msg('Someone who was not part of the enquiry', { id: 'eq.asked-by.independent' }),
  },
  { value: 'advocate', label: msg('An advocate', { id: 'eq.by.advocate' }) },
  { value: 'self', label: msg('Nobody asked them: they were filled in on a form', { id: 'eq.asked-by.self' }) },
];

export const methodQuestion = () => msg('How were the questions asked?', { id: 'eq.method' });

export const methodOptions = (): ChoiceOption<QuestionnaireMethod>[] => [
  { value: 'face-to-face', label: msg('Face to face', { id: 'eq.method.face-to-face' }) },
  { value: 'phone', label: msg('On the phone', { id: 'eq.method.phone' }) },
  { value: 'video', label: msg('On a video call', { id: 'eq.method.video' }) },
  { value: 'paper', label: msg('On paper', { id: 'eq.method.paper' }) },
  { value: 'online', label: msg('Online', { id: 'eq.method.online' }) },
];

export const formatQuestion = () => msg('How the questions were shown', { id: 'eq.format' });

export const formatOptions = (): ChoiceOption<QuestionnaireFormat>[] => [
  { value: 'standard', label: msg('Standard', { id: 'eq.format.standard' }) },
  { value: 'easy-read', label: msg('Easy read', { id: 'eq.format.easy-read' }) },
];
