import type { ChoiceOption } from '../../core/fields.js';
import { msg } from '../../core/locale.js';
import { CONVERSATION_METHODS } from '../../schemas/outcome-capture.js';
import { QUOTE_CONSENT, QUOTE_CONSENT_BY } from '../../schemas/quote-consent.js';
import { ENDING_PARTICIPANTS, ENQUIRY_RESPONSES, ENQUIRY_TYPES, FEEDBACK, REVIEW_STAGES } from '../../schemas/review-close.js';
import { ACTION_AND_RESULT, OUTCOME_ACHIEVEMENT, RISK_OUTCOME, RISK_SOURCES } from '../../schemas/sac-codes.js';

/** The choices each question offers, in plain words, in the current locale: one label for each code, in the codes' order. */
const options = <V extends string>(codes: readonly V[], labels: string[]): ChoiceOption<V>[] =>
  codes.map((value, index) => ({ value, label: labels[index] }));

/** A yes-or-no question whose answer the record holds as true or false. */
export type YesNo = 'yes' | 'no';
export const yesNo = (value: boolean | undefined): YesNo | undefined => (value === undefined ? undefined : value ? 'yes' : 'no');

const yes = () => msg('Yes', { id: 'rc.yes' });
const no = () => msg('No', { id: 'rc.no' });

export const yesNoOptions = () => options<YesNo>(['yes', 'no'], [yes(), no()]);

/** At a review: whether what the person wants changed, or they no longer want it at all. */
export type Changed = YesNo | 'withdrawn';
export const changedOptions = () =>
  options<Changed>(['yes', 'no', 'withdrawn'], [yes(), no(), msg('They no longer want this', { id: 'rc.changed.withdrawn' })]);

export const enquiryTypeOptions = () =>
  options(ENQUIRY_TYPES, [
    msg('Section 42 enquiry (Care Act 2014, England)', { id: 'rc.enquiry-type.section-42' }),
    msg('Section 126 enquiry (Social Services and Well-being (Wales) Act 2014)', { id: 'rc.enquiry-type.section-126' }),
    msg('Another kind of enquiry', { id: 'rc.enquiry-type.other' }),
    msg('Not recorded', { id: 'rc.enquiry-type.not-recorded' }),
  ]);

/** Where the risk came from, in plain words; the last only for records made before this was asked. */
export const riskSourceOptions = () =>
  options(RISK_SOURCES, [
    msg('A service, such as a care home or home care agency', { id: 'rc.source.service-provider' }),
    msg('Someone the person knows', { id: 'rc.source.known' }),
    msg('Someone the person does not know', { id: 'rc.source.unknown' }),
    msg('Not recorded', { id: 'rc.source.not-recorded' }),
  ]);

export const responseOptions = () =>
  options(ENQUIRY_RESPONSES, [
    msg('A family group conference', { id: 'rc.response.fgc' }),
    msg('A network meeting', { id: 'rc.response.network' }),
    msg('Mediation', { id: 'rc.response.mediation' }),
    msg('A restorative approach', { id: 'rc.response.restorative' }),
    msg('Coaching or peer support', { id: 'rc.response.coaching' }),
    msg('Something else', { id: 'rc.response.other' }),
  ]);

export const quoteConsentOptions = () =>
  options(QUOTE_CONSENT, [yes(), no(), msg('We did not ask', { id: 'rc.quote.not-asked' })]);

export const quoteConsentByOptions = () =>
  options(QUOTE_CONSENT_BY, [
    msg('The person', { id: 'rc.present.person' }),
    msg('Someone who represents them', { id: 'rc.present.representative' }),
  ]);

export const stageOptions = () =>
  options(REVIEW_STAGES, [
    msg('A review of how things are going', { id: 'rc.stage.review' }),
    msg('The end of safeguarding', { id: 'rc.stage.closure' }),
  ]);

export const achievementOptions = () =>
  options(OUTCOME_ACHIEVEMENT, [
    msg('Fully achieved', { id: 'rc.achieved.fully' }),
    msg('Partly achieved', { id: 'rc.achieved.partially' }),
    msg('Not achieved', { id: 'rc.achieved.not' }),
  ]);

/** SG2c in plain words, as the council says it, so each reads back to the person as it is. */
export const actionAndResultOptions = () =>
  options(ACTION_AND_RESULT, [
    msg('We found a risk, and we took action', { id: 'rc.risk.identified-action' }),
    msg('We found a risk, and we did not take action', { id: 'rc.risk.identified-no-action' }),
    msg('We could not be sure whether there was a risk, and we took action', { id: 'rc.risk.inconclusive-action' }),
    msg('We could not be sure whether there was a risk, and we did not take action', { id: 'rc.risk.inconclusive-no-action' }),
    msg('We did not find a risk, and we took action', { id: 'rc.risk.none-action' }),
    msg('We did not find a risk, and we did not take action', { id: 'rc.risk.none-no-action' }),
    msg('We stopped because the person asked us to, and we did not take action', { id: 'rc.risk.ceased' }),
  ]);

export const riskOutcomeOptions = () =>
  options(RISK_OUTCOME, [
    msg('The risk is still there', { id: 'rc.risk-outcome.remained' }),
    msg('The risk is lower', { id: 'rc.risk-outcome.reduced' }),
    msg('The risk has gone', { id: 'rc.risk-outcome.removed' }),
  ]);

export const methodOptions = () =>
  options(CONVERSATION_METHODS, [
    msg('Face to face', { id: 'rc.method.face-to-face' }),
    msg('On the phone', { id: 'rc.method.phone' }),
    msg('On a video call', { id: 'rc.method.video' }),
    msg('At a meeting', { id: 'rc.method.meeting' }),
    msg('Another way', { id: 'rc.method.other' }),
  ]);

export const participantOptions = () =>
  options(ENDING_PARTICIPANTS, [
    msg('The person', { id: 'rc.present.person' }),
    msg('Family or a friend', { id: 'rc.present.family' }),
    msg('Someone who represents them', { id: 'rc.present.representative' }),
    msg('An advocate', { id: 'rc.present.advocate' }),
    msg('An Independent Mental Capacity Advocate (IMCA)', { id: 'rc.present.imca' }),
    msg('A paid carer', { id: 'rc.present.carer' }),
    msg('Another professional', { id: 'rc.present.professional' }),
  ]);

export const feedbackOptions = () =>
  options(FEEDBACK, [
    msg('Yes, and they filled in the questionnaire', { id: 'rc.feedback.completed' }),
    msg('Yes, and they will fill it in later', { id: 'rc.feedback.pending' }),
    msg('Yes, but they did not want to', { id: 'rc.feedback.declined' }),
    no(),
  ]);

/** The label of a chosen option. */
export function labelOf<V extends string>(options: readonly ChoiceOption<V>[], value: V | undefined): string | undefined {
  return options.find((option) => option.value === value)?.label;
}
