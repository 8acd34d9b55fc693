import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/outcomes-report/outcomes-report.js';
import { generatedRecords, REPORT_PERIOD } from '../fixtures/states/outcomes-report.records.js';
import { applyState, outcomesReportStates, renderOutcomesReportState } from '../fixtures/states/outcomes-report.states.js';
import { stateStories } from './state-stories.js';

/** The public attributes, as story args (named like the attributes). */
interface OutcomesReportArgs {
  from: string;
  to: string;
  jurisdiction: 'england' | 'wales';
  disclosure: 'on' | 'off';
}

type Story = StoryObj<OutcomesReportArgs>;

const componentDescription = `
Use this element to show the Safeguarding Adults Board what the records say about the people the
council safeguarded: how many were asked what they wanted and said, and how many got it.

It reads the records the host gives it (\`records\`, or a same-origin \`src\` of JSON or NDJSON) and
counts them with \`msp-elements/aggregate\`. A sentence comes first, then the caveat that outcome figures
are not a performance indicator, then each table (SG4a, the outcome measure, SG3a, SG2c and SG2e per
source of risk, experience and practice) with the year before beside it and a small chart drawn from
the same numbers. The person's own words stand beside the numbers, only where they agreed.

Counts from 1 to 4 show as [c] and the rest are rounded to the nearest 5, unless the host sets
\`disclosure="off"\` for the council's own analysts. The tables download as CSV, made in the page.
`;

const meta = {
  title: 'Elements/Outcomes report',
  component: 'msp-outcomes-report',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: componentDescription } } },
  args: { ...REPORT_PERIOD, jurisdiction: 'england', disclosure: 'on' },
  argTypes: {
    jurisdiction: { control: 'inline-radio', options: ['england', 'wales'] },
    disclosure: { control: 'inline-radio', options: ['on', 'off'] },
  },
} satisfies Meta<OutcomesReportArgs>;

export default meta;

const playgroundRecords = generatedRecords(60);

/** The element as the controls set it. */
export const Playground: Story = {
  render: (args) => html`<msp-outcomes-report
    .records=${playgroundRecords}
    from=${args.from}
    to=${args.to}
    jurisdiction=${args.jurisdiction}
    disclosure=${args.disclosure}
  ></msp-outcomes-report>`,
};

const { storyFor, everyStateHasAStory } = stateStories({
  states: outcomesReportStates,
  listName: 'outcomesReportStates',
  tag: 'msp-outcomes-report',
  render: renderOutcomesReportState,
  apply: applyState,
});

export const Empty = storyFor('Empty');
export const SmallSuppressed = storyFor('SmallSuppressed');
export const Typical = storyFor('Typical');
export const TenThousandRecords = storyFor('TenThousandRecords');
export const ByAgeAndArea = storyFor('ByAgeAndArea');
export const Welsh = storyFor('Welsh');
export const Print = storyFor('Print');
export const DisclosureOff = storyFor('DisclosureOff');

everyStateHasAStory();
