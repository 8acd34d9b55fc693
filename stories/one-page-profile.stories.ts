import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/one-page-profile/one-page-profile.js';
import type { ProfileMode } from '../src/elements/one-page-profile/one-page-profile.component.js';
import type { OnePageProfileRecord } from '../src/schemas/one-page-profile.js';
import { joyceWithPhoto } from '../fixtures/states/one-page-profile.records.js';
import {
  applyState,
  onePageProfileStates,
  renderOnePageProfileState,
} from '../fixtures/states/one-page-profile.states.js';
import { stateStories } from './state-stories.js';

/** The public attributes, as story args (named like the attributes). */
interface OnePageProfileArgs {
  name: string;
  mode: ProfileMode;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  /** A record, or its JSON text. */
  value?: OnePageProfileRecord | string;
  'case-ref'?: string;
  /** Where a photo at an https URL may be loaded from. */
  'photo-origins'?: string;
}

type Story = StoryObj<OnePageProfileArgs>;

const componentDescription = `
A one-page profile gathers, on one page and in the person's own voice, what people like and admire
about them, what is important to them, and how best to support them. It travels with the person to
meetings, so that professionals meet a person, not a case. The person chooses who may see it.

The element has three modes: \`edit\` (the form), \`view\` (the profile as people read it) and
\`print\` (a preview of the one A4 page that prints). Printing the page prints that one page in any
mode. A long profile still fits by making the text of its longest parts smaller, and the page says
where; one too long even then says so.

A photo the person picks is kept in the record as a data URL (a large one is made smaller first)
and drawn on a canvas, so it shows under a Content-Security-Policy that allows no \`data:\` images.
It always needs words that describe it. A photo at an \`https:\` URL, from another system, loads
only from an origin the host lists in \`photo-origins\` (space-separated exact origins, such as
\`https://docs.example.gov.uk\`), with no referrer; any other is not loaded, and its words show
in its place.

The answers make an \`msp.one-page-profile\` record, submitted under the element's \`name\` like any
other form field. The story that shows errors is in the sidebar rather than on this page: showing
errors moves focus to the error summary, which would make this page jump.
`;

const meta = {
  title: 'Elements/One-page profile',
  component: 'msp-one-page-profile',
  tags: ['autodocs'],
  parameters: {
    docs: { description: { component: componentDescription } },
  },
  args: {
    name: 'profile',
    mode: 'edit',
    required: true,
    disabled: false,
    readonly: false,
    value: joyceWithPhoto,
    'case-ref': 'SG-2026-0412',
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['edit', 'view', 'print'] },
    value: { control: 'object' },
  },
} satisfies Meta<OnePageProfileArgs>;

export default meta;

const valueText = (value: OnePageProfileArgs['value']) =>
  value === undefined || value === null || value === '' ? undefined : typeof value === 'string' ? value : JSON.stringify(value);


/** The element as the controls set it: switch the mode to see the same record edited, read and printed. */
export const Playground: Story = {
  render: (args): TemplateResult => html`<msp-one-page-profile
    name=${args.name || nothing}
    mode=${args.mode}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    value=${valueText(args.value) ?? nothing}
    case-ref=${args['case-ref'] || nothing}
    photo-origins=${args['photo-origins'] || nothing}
  ></msp-one-page-profile>`,
  parameters: {
    docs: { description: { story: 'The same record edited, read and printed: change `mode` in the controls.' } },
  },
};

const { storyFor, everyStateHasAStory } = stateStories({
  states: onePageProfileStates,
  listName: 'onePageProfileStates',
  tag: 'msp-one-page-profile',
  render: renderOnePageProfileState,
  apply: applyState,
});

export const Empty = storyFor('Empty');
export const Typical = storyFor('Typical');
export const Long = storyFor('Long');
export const WithPhoto = storyFor('WithPhoto');
export const WithChart = storyFor('WithChart');
export const View = storyFor('View');
export const ViewWithChart = storyFor('ViewWithChart');
export const Print = storyFor('Print');
export const PrintLong = storyFor('PrintLong');
export const PrintTooLong = storyFor('PrintTooLong');
export const Welsh = storyFor('Welsh');
export const WelshView = storyFor('WelshView');
export const NarrowScreen = storyFor('NarrowScreen');
export const NarrowView = storyFor('NarrowView');
export const ErrorsShown = storyFor('ErrorsShown');
export const PhotoWithoutWords = storyFor('PhotoWithoutWords');
export const PhotoNotShown = storyFor('PhotoNotShown');
export const PhotoNotShownView = storyFor('PhotoNotShownView');
export const PhotoNotShownWelsh = storyFor('PhotoNotShownWelsh');
export const Readonly = storyFor('Readonly');
export const Disabled = storyFor('Disabled');
export const UnreadableValue = storyFor('UnreadableValue');

everyStateHasAStory();
