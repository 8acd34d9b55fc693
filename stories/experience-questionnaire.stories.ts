import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/experience-questionnaire/experience-questionnaire.js';
import {
  applyQuestionnaireState,
  questionnaireStates,
  renderQuestionnaireState,
} from '../fixtures/states/experience-questionnaire.states.js';
import { stateStories } from './state-stories.js';

/** The public attributes, as story args (named like the attributes). */
interface QuestionnaireArgs {
  name: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  'easy-read': boolean;
  'one-at-a-time': boolean;
  /** The record's JSON. */
  value?: string;
  /** The questions' JSON. */
  questions?: string;
  'case-ref'?: string;
  /** The id of the closure the answers are about. */
  'closure-id'?: string;
}

type Story = StoryObj<QuestionnaireArgs>;

const componentDescription = `
Use this element at the end of an adult safeguarding enquiry to ask the person how it felt: did they feel in
control, informed, involved, listened to, treated with dignity and respect, safer; did they get what they wanted
to happen. Every question may be skipped. Someone can answer for the person (a family member, an advocate, an
IMCA): the questions then ask "Did they …?".

\`easy-read\` puts a picture beside every question, makes the text large and gives every answer a face; where the
device has a voice for the page's language, a "Read this to me" button reads a question and its answers aloud,
on the device. \`one-at-a-time\` shows one question at a time, with the progress in words and Back and Next.

Whether their words may be quoted, without their name, in reports to the Safeguarding Adults Board is asked after
their own words, with who gave that answer; who asked the questions and how are asked in a short part for whoever
asked or helped. The host ties the answers to the closure they are about with \`closure-id\`.

A council sets its own questions with the \`questions\` property (or its JSON as the attribute): each keeps a
stable id, so answers aggregate. The answers make an \`msp.experience-questionnaire\` record, submitted with the
surrounding form under the element's \`name\`.

The story that shows errors is in the sidebar rather than on this page: showing errors moves focus to the error
summary, which would make this page jump.
`;

const meta = {
  title: 'Elements/Experience questionnaire',
  component: 'msp-experience-questionnaire',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: componentDescription } } },
  args: {
    name: 'experience',
    required: true,
    disabled: false,
    readonly: false,
    'easy-read': false,
    'one-at-a-time': false,
    value: undefined,
    questions: undefined,
    'case-ref': 'SG-2026-0412',
    'closure-id': undefined,
  },
  // Descriptions come from custom-elements.json; properties that mirror an attribute are documented once, under it.
  argTypes: {
    validationMessage: { control: false },
    willValidate: { control: false },
    caseRef: { table: { disable: true } },
    closureId: { table: { disable: true } },
    easyRead: { table: { disable: true } },
    oneAtATime: { table: { disable: true } },
  } as Meta<QuestionnaireArgs>['argTypes'],
  render: (args) => html`<msp-experience-questionnaire
    name=${args.name || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    ?easy-read=${args['easy-read']}
    ?one-at-a-time=${args['one-at-a-time']}
    value=${args.value || nothing}
    questions=${args.questions || nothing}
    case-ref=${args['case-ref'] || nothing}
    closure-id=${args['closure-id'] || nothing}
  ></msp-experience-questionnaire>`,
} satisfies Meta<QuestionnaireArgs>;

export default meta;

const { storyFor, everyStateHasAStory } = stateStories({
  states: questionnaireStates,
  listName: 'questionnaireStates',
  tag: 'msp-experience-questionnaire',
  render: renderQuestionnaireState,
  apply: applyQuestionnaireState,
});

/** The element as the controls set it. */
export const Playground: Story = {};

export const Standard = storyFor('Standard');
export const Answered = storyFor('Answered');
export const EasyRead = storyFor('EasyRead');
export const OneAtATime = storyFor('OneAtATime');
export const EasyReadOneAtATime = storyFor('EasyReadOneAtATime');
export const AdvocateCompleting = storyFor('AdvocateCompleting');
export const CustomQuestions = storyFor('CustomQuestions');
export const Welsh = storyFor('Welsh');
export const WelshEasyRead = storyFor('WelshEasyRead');
export const NarrowScreen = storyFor('NarrowScreen');
export const LinkedToClosure = storyFor('LinkedToClosure');
export const QuoteConsentWhoMissing = storyFor('QuoteConsentWhoMissing');
export const EasyReadQuoteConsent = storyFor('EasyReadQuoteConsent');
export const ErrorsShown = storyFor('ErrorsShown');
export const Print = storyFor('Print');
export const EasyReadPrint = storyFor('EasyReadPrint');
export const Readonly = storyFor('Readonly');
export const Disabled = storyFor('Disabled');
export const RecordWithNulls = storyFor('RecordWithNulls');
export const UnreadableValue = storyFor('UnreadableValue');

everyStateHasAStory();
