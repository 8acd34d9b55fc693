import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/elements/outcome-capture/outcome-capture.js';
import type { MspOutcomeCapture } from '../src/elements/outcome-capture/outcome-capture.component.js';
import type { OutcomeCaptureRecord } from '../src/schemas/outcome-capture.js';
import { joyceRecord } from '../fixtures/states/outcome-capture.records.js';
import {
  applyState,
  outcomeCaptureStates,
  renderOutcomeCaptureState,
} from '../fixtures/states/outcome-capture.states.js';
import { stateStories } from './state-stories.js';

/** The public attributes, as story args (named like the attributes). */
interface OutcomeCaptureArgs {
  name: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  /** A record, or its JSON text. */
  value?: OutcomeCaptureRecord | string;
  'case-ref'?: string;
  'subject-ref'?: string;
  'recorded-by'?: string;
  'draft-key'?: string;
  'draft-storage'?: '' | 'session';
  'warn-unsaved': boolean;
}

type Story = StoryObj<OutcomeCaptureArgs>;

const componentDescription = `
Use this element to write down what the person wants to happen, in their own words, at the start of an
adult safeguarding enquiry, and to keep that up to date as it changes.

Making Safeguarding Personal asks practitioners to find out the person's desired outcomes rather than
decide for them. The element keeps each outcome exactly as the person said it. When the person changes
their mind, the earlier words and the reason for the change are kept; an outcome they no longer want
is marked as no longer wanted, with a reason, rather than deleted.

It also asks the questions the national Safeguarding Adults Collection (SAC) needs: whether the person
was asked about their desired outcomes and whether they expressed any, whether they lacked capacity to
make decisions about keeping safe, and if so whether an advocate, family member or friend supported
them. Alongside these it records how and when the conversation happened, whether the person was given
information about safeguarding, and how they want to take part in meetings.

The answers make an \`msp.outcome-capture\` record. In a form, its JSON is submitted under the element's
\`name\`, like any other field; the \`msp-submit\` event carries the same record for pages that send it
themselves.

The stories that show errors (Errors Shown, Welsh Errors) are in the sidebar rather than on this page:
showing errors moves focus to the error summary, which would make this page jump.
`;

/**
 * Rows the docs take from the element's manifest for its properties. Those that mirror an attribute
 * are documented once, under the attribute. Properties that hold objects get no control (see
 * .storybook/controls-from-manifest.ts); the read-only ones below would otherwise get one.
 */
const propertyArgTypes: Record<string, { table?: { disable: boolean }; control?: false }> = {
  caseRef: { table: { disable: true } },
  subjectRef: { table: { disable: true } },
  recordedBy: { table: { disable: true } },
  draftKey: { table: { disable: true } },
  draftStorage: { table: { disable: true } },
  warnUnsaved: { table: { disable: true } },
  validationMessage: { control: false },
  willValidate: { control: false },
};

const meta = {
  title: 'Elements/Outcome capture',
  component: 'msp-outcome-capture',
  tags: ['autodocs'],
  parameters: {
    docs: { description: { component: componentDescription } },
  },
  args: {
    name: 'outcomes',
    required: true,
    disabled: false,
    readonly: false,
    value: undefined,
    'case-ref': 'SG-2026-0412',
    'subject-ref': '',
    'recorded-by': '',
    'draft-key': '',
    'draft-storage': '',
    'warn-unsaved': false,
  },
  // Descriptions and types come from custom-elements.json (the class's JSDoc); only the controls
  // the manifest cannot imply are set here.
  argTypes: {
    value: { control: 'object' },
    'draft-storage': { control: 'select', options: ['', 'session'] },
    ...propertyArgTypes,
  },
} satisfies Meta<OutcomeCaptureArgs>;

export default meta;

// ——— helpers ———

const valueText = (value: OutcomeCaptureArgs['value']) =>
  value === undefined || value === null || value === '' ? undefined : typeof value === 'string' ? value : JSON.stringify(value);

/** The element with the attributes the controls set. */
function elementFromArgs(args: OutcomeCaptureArgs): TemplateResult {
  return html`<msp-outcome-capture
    name=${args.name || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    value=${valueText(args.value) ?? nothing}
    case-ref=${args['case-ref'] || nothing}
    subject-ref=${args['subject-ref'] || nothing}
    recorded-by=${args['recorded-by'] || nothing}
    draft-key=${args['draft-key'] || nothing}
    draft-storage=${args['draft-storage'] || nothing}
    ?warn-unsaved=${args['warn-unsaved']}
  ></msp-outcome-capture>`;
}

function findElement(canvasElement: HTMLElement): MspOutcomeCapture {
  const element = canvasElement.querySelector('msp-outcome-capture');
  if (!element) throw new Error('The story did not render <msp-outcome-capture>');
  return element;
}


const { storyFor, everyStateHasAStory } = stateStories({
  states: outcomeCaptureStates,
  listName: 'outcomeCaptureStates',
  tag: 'msp-outcome-capture',
  render: renderOutcomeCaptureState,
  apply: applyState,
});

// ——— stories ———

const eventLogStyles = html`<style>
  .story-event-log {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(14rem, 18rem);
    gap: 2rem;
    align-items: start;
  }
  @media (max-width: 48rem) {
    .story-event-log {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .story-event-log__panel {
    position: sticky;
    top: 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid #b1b4b6;
    font-size: 1rem;
  }
  .story-event-log__panel h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1875rem;
  }
  .story-event-log__list {
    max-height: 60vh;
    overflow-y: auto;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.875rem;
  }
  .story-event-log__list li {
    padding: 0.25rem 0;
    border-bottom: 1px solid #f3f2f1;
  }
</style>`;

const MAX_LOG_ENTRIES = 40;

/** The docs page can show a story twice, so ids in a story's own markup are made unique per render. */
let renderCount = 0;
const uniqueId = (base: string) => `${base}-${++renderCount}`;

/** What the log shows for an event: its type and whether the record was valid, never the person's words. */
function describeEvent(event: Event): string {
  const detail = (event as CustomEvent<unknown>).detail as { valid?: unknown; code?: unknown } | undefined;
  switch (event.type) {
    case 'msp-input':
    case 'msp-change':
      return `${event.type}: valid ${detail?.valid === true ? 'yes' : 'no'}`;
    case 'msp-submit':
      return `${event.type}: valid yes (complete record)`;
    case 'msp-error':
      return `${event.type}: ${typeof detail?.code === 'string' ? detail.code : 'unknown'}`;
    default:
      return event.type;
  }
}

function logEvent(event: Event) {
  const list = (event.currentTarget as HTMLElement).querySelector('.story-event-log__list');
  if (!list) return;
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString('en-GB')} ${describeEvent(event)}`;
  list.prepend(item);
  while (list.children.length > MAX_LOG_ENTRIES) list.lastElementChild?.remove();
}

function clearLog(event: Event) {
  const list = (event.currentTarget as HTMLElement).closest('.story-event-log')?.querySelector('.story-event-log__list');
  list?.replaceChildren();
}

/**
 * The element as the controls set it, beside a live log of the `msp-*` events it fires. Each line
 * shows the event and whether the record was valid at that moment (or, for `msp-error`, its code).
 */
export const EventLog: Story = {
  render: (args) => {
    const headingId = uniqueId('story-event-log-heading');
    return html`${eventLogStyles}
    <div
      class="story-event-log"
      @msp-input=${logEvent}
      @msp-change=${logEvent}
      @msp-submit=${logEvent}
      @msp-error=${logEvent}
    >
      ${elementFromArgs(args)}
      <section class="story-event-log__panel" aria-labelledby=${headingId}>
        <h2 id=${headingId}>Events</h2>
        <p>Newest first. Type in the element, choose answers or press its button.</p>
        <button type="button" @click=${clearLog}>Clear the log</button>
        <ul class="story-event-log__list"></ul>
      </section>
    </div>`;
  },
  parameters: {
    docs: {
      description: {
        story:
          'The element as the controls set it, beside a live log of the `msp-*` events it fires: the event type and whether the record was valid at that moment (for `msp-error`, its code). The person’s words are never logged.',
      },
    },
  },
};

export const Empty = storyFor('Empty');
export const Filled = storyFor('Filled');
export const ManyOutcomesWithHistory = storyFor('ManyOutcomesWithHistory');
export const LackedCapacity = storyFor('LackedCapacity');
export const NoOutcomesExpressed = storyFor('NoOutcomesExpressed');
export const ErrorsShown = storyFor('ErrorsShown');
export const SavedRecordWithEmptyOutcome = storyFor('SavedRecordWithEmptyOutcome');
export const Welsh = storyFor('Welsh');
export const WelshErrors = storyFor('WelshErrors');
export const Readonly = storyFor('Readonly');
export const Print = storyFor('Print');
export const Disabled = storyFor('Disabled');
export const NarrowScreen = storyFor('NarrowScreen');
export const UnreadableValue = storyFor('UnreadableValue');
export const RecordWithNulls = storyFor('RecordWithNulls');
export const Version1Record = storyFor('Version1Record');
export const AdvocateWhoMissing = storyFor('AdvocateWhoMissing');
export const Version2Record = storyFor('Version2Record');
export const WelshAdvocacy = storyFor('WelshAdvocacy');
export const PrintAdvocacy = storyFor('PrintAdvocacy');

everyStateHasAStory();

/** FormData entries as JSON for reading: JSON text is parsed, so a record shows as an object. */
function formDataForDisplay(data: FormData): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [key, entry] of data) {
    let value: unknown = entry;
    if (typeof entry === 'string') {
      try {
        value = JSON.parse(entry);
      } catch {
        value = entry;
      }
    } else {
      value = `(a file: ${entry.name})`;
    }
    if (key in shown) {
      const existing = shown[key];
      shown[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      shown[key] = value;
    }
  }
  return shown;
}

function showSubmission(event: SubmitEvent) {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const output = form.closest('.story-plain-form')?.querySelector('pre');
  if (!output) return;
  const data = new FormData(form, event.submitter);
  output.textContent = JSON.stringify(formDataForDisplay(data), null, 2);
}

export const InAPlainForm: Story = {
  render: () => {
    const headingId = uniqueId('story-plain-form-heading');
    return html`<div class="story-plain-form">
    <form method="post" action="#" @submit=${showSubmission}>
      <input type="hidden" name="case" value="SG-2026-0412" />
      <msp-outcome-capture name="outcomes" case-ref="SG-2026-0412" required value=${JSON.stringify(joyceRecord)}></msp-outcome-capture>
    </form>
    <section aria-labelledby=${headingId}>
      <h2 id=${headingId}>What the form would send</h2>
      <pre style="white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.875rem">Nothing sent yet.</pre>
    </section>
  </div>`;
  },
  play: async ({ canvasElement }) => {
    await findElement(canvasElement).updateComplete;
  },
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        story:
          'The element inside an ordinary `<form method="post">`, with no script of the page’s own. Its record’s JSON is part of the form data under its `name`, beside the other fields; the form cannot be sent while a required record is incomplete, and its own button sends the form once the record is complete. Here sending is stopped and the form data is shown instead.',
      },
    },
  },
};
