import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/risk-heat-map/risk-heat-map.js';
import type { RiskHeatMapRecord } from '../src/schemas/risk-heat-map.js';
import { susiMapRecord } from '../fixtures/states/risk-heat-map.records.js';
import { applyState, renderRiskHeatMapState, riskHeatMapStates } from '../fixtures/states/risk-heat-map.states.js';
import { stateStories } from './state-stories.js';

/** The public attributes, as story args (named like the attributes). */
interface RiskHeatMapArgs {
  name: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  layout: 'map' | 'table';
  /** A record, or its JSON text. */
  value?: RiskHeatMapRecord | string;
  'case-ref'?: string;
}

type Story = StoryObj<RiskHeatMapArgs>;

const componentDescription = `
Use this element to weigh up, with the person, the things they want to do that carry some risk: going to
the shops on their own, keeping a relationship, looking after their own money.

Each activity is written in the person's own words, with what it adds to their life and what could go
wrong. Then each person involved — the person themselves, the practitioner, family or a carer, an
advocate, someone else — shows where they would put it on a map of two scales: how much it adds to life,
and the risk of harm. There is no score. Where people see it differently, the map shows it and the
element says so in words: that is the conversation the tool is for. Then record what was agreed to keep
the good and reduce the harm, what was decided and by whom, and when to look at it again.

Views are placed by clicking a name and then a square, by dragging, or from the keyboard (pick a name
up with Enter, move it with the arrow keys); each move is announced. A table edits the same views, for
anyone who prefers it, and takes over on a narrow screen.

The answers make an \`msp.risk-heat-map\` record, submitted with the surrounding form under the element's
\`name\`.

The Errors Shown story is in the sidebar rather than on this page: showing errors moves focus to the
error summary, which would make this page jump.
`;

const meta = {
  title: 'Elements/Risk heat map',
  component: 'msp-risk-heat-map',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: componentDescription } } },
  args: {
    name: 'risk-map',
    required: true,
    disabled: false,
    readonly: false,
    layout: 'map',
    value: susiMapRecord,
    'case-ref': 'SG-2026-0388',
  },
  argTypes: {
    value: { control: 'object' },
    layout: { control: 'inline-radio', options: ['map', 'table'] },
  },
} satisfies Meta<RiskHeatMapArgs>;

export default meta;

const valueText = (value: RiskHeatMapArgs['value']) =>
  value === undefined || value === '' ? undefined : typeof value === 'string' ? value : JSON.stringify(value);

/** The element as the controls set it. */
export const Playground: Story = {
  render: (args) => html`<msp-risk-heat-map
    name=${args.name || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    layout=${args.layout}
    value=${valueText(args.value) ?? nothing}
    case-ref=${args['case-ref'] || nothing}
  ></msp-risk-heat-map>`,
};

const { storyFor, everyStateHasAStory } = stateStories({
  states: riskHeatMapStates,
  listName: 'riskHeatMapStates',
  tag: 'msp-risk-heat-map',
  render: renderRiskHeatMapState,
  apply: applyState,
});

export const Empty = storyFor('Empty');
export const OneItem = storyFor('OneItem');
export const SeveralItemsDisagreeing = storyFor('SeveralItemsDisagreeing');
export const FiftyItems = storyFor('FiftyItems');
export const TableView = storyFor('TableView');
export const Welsh = storyFor('Welsh');
export const Print = storyFor('Print');
export const NarrowScreen = storyFor('NarrowScreen');
export const ErrorsShown = storyFor('ErrorsShown');
export const Readonly = storyFor('Readonly');
export const Disabled = storyFor('Disabled');
export const UnreadableValue = storyFor('UnreadableValue');

everyStateHasAStory();
