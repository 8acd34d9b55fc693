import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/review-close/review-close.js';
import type { OutcomeCaptureRecord } from '../src/schemas/outcome-capture.js';
import type { ReviewCloseRecord } from '../src/schemas/review-close.js';
import { susiRecord } from '../fixtures/states/outcome-capture.records.js';
import {
  applyReviewCloseState,
  renderReviewCloseState,
  reviewCloseStates,
} from '../fixtures/states/review-close.states.js';
import { stateStories } from './state-stories.js';

/** The public attributes, as story args (named like the attributes). */
interface ReviewCloseArgs {
  name: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  /** The review-close record, or its JSON text. */
  value?: ReviewCloseRecord | string;
  /** The outcome-capture record, or its JSON text. */
  'outcomes-record'?: OutcomeCaptureRecord | string;
  'case-ref'?: string;
}

type Story = StoryObj<ReviewCloseArgs>;

const componentDescription = `
Use this element at a review of what the person wants while safeguarding goes on, and at the end of
safeguarding.

Making Safeguarding Personal found that what people want can change (a person may come to see that what
they first wanted cannot happen, and choose something else), that reviews keep everyone on track, and
that a clear ending — a conversation with the person about what was achieved — stops things drifting.

Give the element the person's outcome-capture record (\`outcomes-record\`). At a **review** it asks, for
each thing the person still wants, how it is going in their words and whether it has changed (and if
so, their new words and why), anything new they now want, and the date of the next review.
\`applyReview\` from \`msp-elements/schemas\` turns the outcome-capture record and the review into the next
outcome-capture record, with the earlier words kept in each outcome's history.

At the **end of safeguarding** it asks how far each outcome was achieved (SAC SG4a), why, what the person
said and what got in the way; what was found about the risk and whether action was taken (SG2c) and,
where that calls for it, what became of the risk (SG2e); the conversation about ending; whether the
person was asked how safeguarding felt; why the decisions were made, including any departure from the
usual procedure; and what happens next. Where the person did not say what they wanted, or was not asked,
nothing is marked as achieved and the form says why.

The read-only view and what prints is written to be **read back to the person**: “You told us you
wanted … We think this was partly achieved because …”.

The stories that show errors are in the sidebar rather than on this page: showing errors moves focus to
the error summary, which would make this page jump.
`;

const meta = {
  title: 'Elements/Review and close',
  component: 'msp-review-close',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: componentDescription } } },
  args: {
    name: 'review',
    required: true,
    disabled: false,
    readonly: false,
    value: undefined,
    'outcomes-record': susiRecord,
    'case-ref': 'SG-2026-0388',
  },
  argTypes: {
    value: { control: 'object' },
    'outcomes-record': { control: 'object' },
  },
} satisfies Meta<ReviewCloseArgs>;

export default meta;

const json = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : typeof value === 'string' ? value : JSON.stringify(value));


const { storyFor, everyStateHasAStory } = stateStories({
  states: reviewCloseStates,
  listName: 'reviewCloseStates',
  tag: 'msp-review-close',
  render: renderReviewCloseState,
  apply: applyReviewCloseState,
});

/** The element as the controls set it. */
export const Playground: Story = {
  render: (args) => html`<msp-review-close
    name=${args.name || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    case-ref=${args['case-ref'] || nothing}
    outcomes-record=${json(args['outcomes-record']) ?? nothing}
    value=${json(args.value) ?? nothing}
  ></msp-review-close>`,
  parameters: {
    docs: { description: { story: 'The element as the controls set it, given Susi’s outcomes.' } },
  },
};

export const Empty = storyFor('Empty');
export const NewReview = storyFor('NewReview');
export const ReviewWithChangedOutcome = storyFor('ReviewWithChangedOutcome');
export const ClosureOutcomesMet = storyFor('ClosureOutcomesMet');
export const ClosureNoOutcomesExpressed = storyFor('ClosureNoOutcomesExpressed');
export const EnquiryCeased = storyFor('EnquiryCeased');
export const ReviewWithWithdrawal = storyFor('ReviewWithWithdrawal');
export const SameWordsRefused = storyFor('SameWordsRefused');
export const ClosureSeveralSources = storyFor('ClosureSeveralSources');
export const MigratedClosure = storyFor('MigratedClosure');
export const ErrorsShown = storyFor('ErrorsShown');
export const Welsh = storyFor('Welsh');
export const WelshReview = storyFor('WelshReview');
export const WelshErrors = storyFor('WelshErrors');
export const ReadBack = storyFor('ReadBack');
export const ReadBackWelsh = storyFor('ReadBackWelsh');
export const ReadBackSeveralSources = storyFor('ReadBackSeveralSources');
export const WelshSeveralSources = storyFor('WelshSeveralSources');
export const WelshReviewWithWithdrawal = storyFor('WelshReviewWithWithdrawal');
export const ReadBackReview = storyFor('ReadBackReview');
export const Print = storyFor('Print');
export const PrintSeveralSources = storyFor('PrintSeveralSources');
export const NarrowScreen = storyFor('NarrowScreen');
export const Disabled = storyFor('Disabled');
export const OutcomesRecordMissing = storyFor('OutcomesRecordMissing');
export const OutcomesRecordUnreadable = storyFor('OutcomesRecordUnreadable');
export const MismatchedOutcomes = storyFor('MismatchedOutcomes');
export const UnreadableValue = storyFor('UnreadableValue');

everyStateHasAStory();
