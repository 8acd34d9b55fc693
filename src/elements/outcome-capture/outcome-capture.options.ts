import type { ChoiceOption } from '../../core/fields.js';
import { msg } from '../../core/locale.js';
import type {
  Advocate,
  AdvocacyStatus,
  CapacitySupporter,
  CommunicationSupport,
  ConversationMethod,
  ExpressedBy,
  InformationGiven,
  MeetingParticipation,
  OutcomeArea,
} from '../../schemas/outcome-capture.js';
import type { AskedAboutOutcomes, CapacitySupportProvided, LackedCapacity } from '../../schemas/sac-codes.js';

/** The choices each question offers, in plain words, in the current locale. */

/**
 * "Not recorded" is a national code for answers missing from a case record. It is not a choice
 * for someone recording now, so it is offered only when a record brought in already holds it.
 */
function notRecordedOnlyIfChosen<V extends string>(options: ChoiceOption<V>[], current: V | undefined): ChoiceOption<V>[] {
  return current === 'not-recorded' ? options : options.filter((option) => option.value !== 'not-recorded');
}

export const askedOptions = (current?: AskedAboutOutcomes): ChoiceOption<AskedAboutOutcomes>[] =>
  notRecordedOnlyIfChosen(
    [
      { value: 'asked-expressed', label: msg('Yes, and they said what they want to happen', { id: 'oc.asked.expressed' }) },
      {
        value: 'asked-not-expressed',
        label: msg('Yes, but they did not say what they want to happen', { id: 'oc.asked.not-expressed' }),
      },
      { value: 'not-asked', label: msg('No, they were not asked', { id: 'oc.asked.not-asked' }) },
      { value: 'dont-know', label: msg('Don’t know', { id: 'oc.asked.dont-know' }) },
      { value: 'not-recorded', label: msg('Not recorded', { id: 'oc.asked.not-recorded' }) },
    ],
    current,
  );

export const expressedByOptions = (): ChoiceOption<ExpressedBy>[] => [
  { value: 'person', label: msg('The person, themselves', { id: 'oc.expressed-by.person' }) },
  {
    value: 'representative',
    label: msg('Someone who represents them', { id: 'oc.expressed-by.representative' }),
    hint: msg('For example, a family member or friend', { id: 'oc.expressed-by.representative-hint' }),
  },
  { value: 'advocate', label: msg('An advocate', { id: 'oc.expressed-by.advocate' }) },
  {
    value: 'imca',
    label: msg('An Independent Mental Capacity Advocate (IMCA)', { id: 'oc.expressed-by.imca' }),
  },
  {
    value: 'best-interests-decision',
    label: msg('Decided in their best interests', { id: 'oc.expressed-by.best-interests' }),
    hint: msg('They could not say, so a best interests decision was made', {
      id: 'oc.expressed-by.best-interests-hint',
    }),
  },
];

export const methodOptions = (): ChoiceOption<ConversationMethod>[] => [
  { value: 'face-to-face', label: msg('Face to face', { id: 'oc.method.face-to-face' }) },
  { value: 'phone', label: msg('On the phone', { id: 'oc.method.phone' }) },
  { value: 'video', label: msg('On a video call', { id: 'oc.method.video' }) },
  { value: 'meeting', label: msg('At a meeting', { id: 'oc.method.meeting' }) },
  { value: 'other', label: msg('Another way', { id: 'oc.method.other' }) },
];

export const communicationSupportOptions = (): ChoiceOption<CommunicationSupport>[] => [
  {
    value: 'spoken-language-interpreter',
    label: msg('An interpreter for another spoken language', { id: 'oc.support.interpreter' }),
  },
  { value: 'bsl-interpreter', label: msg('A British Sign Language (BSL) interpreter', { id: 'oc.support.bsl' }) },
  { value: 'easy-read', label: msg('Easy read information', { id: 'oc.support.easy-read' }) },
  { value: 'pictures-or-symbols', label: msg('Pictures or symbols', { id: 'oc.support.pictures' }) },
  { value: 'large-print-or-braille', label: msg('Large print or braille', { id: 'oc.support.large-print' }) },
  { value: 'hearing-support', label: msg('Hearing support, such as a hearing loop', { id: 'oc.support.hearing' }) },
  { value: 'other', label: msg('Other support', { id: 'oc.support.other' }) },
];

export const informationGivenOptions = (current?: InformationGiven): ChoiceOption<InformationGiven>[] =>
  notRecordedOnlyIfChosen(
    [
      { value: 'yes', label: msg('Yes', { id: 'oc.yes' }) },
      { value: 'no', label: msg('No', { id: 'oc.no' }) },
      { value: 'not-recorded', label: msg('Not recorded', { id: 'oc.asked.not-recorded' }) },
    ],
    current,
  );

export const lackedCapacityOptions = (current?: LackedCapacity): ChoiceOption<LackedCapacity>[] =>
  notRecordedOnlyIfChosen(
    [
      { value: 'yes', label: msg('Yes, they lacked capacity', { id: 'oc.capacity.yes' }) },
      { value: 'no', label: msg('No, they did not lack capacity', { id: 'oc.capacity.no' }) },
      { value: 'dont-know', label: msg('Don’t know', { id: 'oc.asked.dont-know' }) },
      { value: 'not-recorded', label: msg('Not recorded', { id: 'oc.asked.not-recorded' }) },
    ],
    current,
  );

export const supportProvidedOptions = (current?: CapacitySupportProvided): ChoiceOption<CapacitySupportProvided>[] =>
  notRecordedOnlyIfChosen(
    [
      { value: 'yes', label: msg('Yes', { id: 'oc.yes' }) },
      { value: 'no', label: msg('No', { id: 'oc.no' }) },
      { value: 'dont-know', label: msg('Don’t know', { id: 'oc.asked.dont-know' }) },
      { value: 'not-recorded', label: msg('Not recorded', { id: 'oc.asked.not-recorded' }) },
    ],
    current,
  );

export const supporterOptions = (): ChoiceOption<CapacitySupporter>[] => [
  { value: 'advocate', label: msg('An advocate', { id: 'oc.expressed-by.advocate' }) },
  { value: 'imca', label: msg('An IMCA', { id: 'oc.supporter.imca' }) },
  { value: 'family', label: msg('Family', { id: 'oc.supporter.family' }) },
  { value: 'friend', label: msg('A friend', { id: 'oc.supporter.friend' }) },
];

export const meetingOptions = (): ChoiceOption<MeetingParticipation>[] => [
  { value: 'attends', label: msg('They come to meetings', { id: 'oc.meeting.attends' }) },
  { value: 'represented', label: msg('Someone goes for them', { id: 'oc.meeting.represented' }) },
  { value: 'sends-written-views', label: msg('They send what they think in writing', { id: 'oc.meeting.written' }) },
  { value: 'sends-picture', label: msg('They send a picture', { id: 'oc.meeting.picture' }) },
  { value: 'declines', label: msg('They do not want to take part', { id: 'oc.meeting.declines' }) },
  { value: 'not-yet-known', label: msg('Not decided yet', { id: 'oc.meeting.not-yet-known' }) },
];

export const advocacyOptions = (): ChoiceOption<AdvocacyStatus>[] => [
  { value: 'provided', label: msg('Yes', { id: 'oc.yes' }) },
  { value: 'offered-declined', label: msg('No, they were offered one but did not want one', { id: 'oc.advocacy.declined' }) },
  { value: 'not-available', label: msg('No, they needed one but none was available', { id: 'oc.advocacy.not-available' }) },
  { value: 'not-needed', label: msg('No, they did not need one', { id: 'oc.advocacy.not-needed' }) },
];

export const advocateOptions = (): ChoiceOption<Advocate>[] => [
  { value: 'independent-advocate', label: msg('An independent advocate', { id: 'oc.advocate.independent' }) },
  { value: 'imca', label: msg('An Independent Mental Capacity Advocate (IMCA)', { id: 'oc.expressed-by.imca' }) },
  { value: 'family-or-friend', label: msg('A family member or friend', { id: 'oc.advocate.family-or-friend' }) },
  { value: 'other', label: msg('Someone else', { id: 'oc.advocate.other' }) },
];

export const advocacyQuestion = () => msg('Did the person have someone to help them speak up, such as an advocate?', { id: 'oc.advocacy.label' });
export const advocacyHint = () =>
  msg('Ask this for everyone, whether or not they can make their own decisions.', { id: 'oc.advocacy.hint' });
export const advocatesQuestion = () => msg('Who helped them speak up?', { id: 'oc.advocates.label' });

export const areaOptions = (): ChoiceOption<OutcomeArea>[] => [
  { value: 'quality-of-life', label: msg('Quality of life', { id: 'oc.area.quality-of-life' }) },
  { value: 'safeguarding-process', label: msg('The safeguarding process', { id: 'oc.area.process' }) },
  { value: 'desired-change', label: msg('A change they want', { id: 'oc.area.change' }) },
];

/** The label of a chosen option, for the summary view. */
export function labelOf<V extends string>(options: readonly ChoiceOption<V>[], value: V | undefined): string | undefined {
  return options.find((option) => option.value === value)?.label;
}
