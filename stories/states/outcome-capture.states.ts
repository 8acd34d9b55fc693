import { html, type TemplateResult } from 'lit';
import type { OutcomeCaptureRecord } from '../../src/schemas/outcome-capture.js';
import { joyceRecord, mrARecord, mrsTRecord, susiRecord } from './outcome-capture.records.js';
import { joyceRecordV1 } from './outcome-capture.records.v1.js';
import type { ElementStateBase } from './element-state.js';

/**
 * Every state of <msp-outcome-capture> that matters. Storybook shows each one, and the tests
 * render each one and run axe on it, in English and in Welsh: one list, so they cannot drift.
 */
export type ElementState = ElementStateBase<OutcomeCaptureRecord>;

export const outcomeCaptureStates: ElementState[] = [
  { name: 'Empty', description: 'Nothing filled in yet.', required: true },
  { name: 'Filled', description: 'Joyce: two outcomes in her own words, one changed once.', value: joyceRecord },
  {
    name: 'ManyOutcomesWithHistory',
    description: 'Susi: outcomes that changed over months, and one she no longer wants.',
    value: susiRecord,
  },
  { name: 'LackedCapacity', description: 'Mr A: lacked capacity, supported by an advocate and family.', value: mrARecord },
  {
    name: 'NoOutcomesExpressed',
    description: 'Mrs T: asked, but she did not say what she wants. A complete record with no outcomes.',
    value: mrsTRecord,
  },
  { name: 'ErrorsShown', description: 'Completed too soon: the error summary and messages.', required: true, showErrors: true },
  {
    name: 'SavedRecordWithEmptyOutcome',
    description: 'A saved record whose only outcome is blank: it is kept as given, and the problem is shown at the field.',
    value: { ...joyceRecord, outcomes: [{ ...joyceRecord.outcomes[1], words: ' ' }] } as OutcomeCaptureRecord,
  },
  { name: 'Welsh', description: 'The same record in Welsh.', value: joyceRecord, locale: 'cy' },
  { name: 'WelshErrors', description: 'Errors in Welsh.', required: true, showErrors: true, locale: 'cy' },
  { name: 'Readonly', description: 'A summary that cannot be edited.', value: susiRecord, readonly: true },
  {
    name: 'Print',
    description:
      'What prints, shown with print-preview: the record as a person reads it, every word shown — earlier words and why they changed, outcomes no longer wanted — with no empty controls.',
    value: susiRecord,
    print: true,
  },
  {
    name: 'RecordWithNulls',
    description: 'A record from a case system that writes null for every empty field: null means absent, so it loads as complete and saves.',
    value: JSON.stringify({ ...mrsTRecord, subjectRef: null, notAskedReason: null, expressedBy: null, recordedBy: null }),
  },
  {
    name: 'Version1Record',
    description: 'A record saved by an earlier version of the element: it is brought up to the current version as it loads.',
    value: JSON.stringify(joyceRecordV1),
  },
  { name: 'Disabled', description: 'Shown but not editable, and not submitted.', value: joyceRecord, disabled: true },
  { name: 'NarrowScreen', description: 'On a phone, 320 px wide.', value: joyceRecord, narrow: true },
  {
    name: 'UnreadableValue',
    description: 'The host gave a value that fails the schema: it is kept and a message says so.',
    value: '{"kind":"msp.outcome-capture","version":1,"asked":"maybe","outcomes":[{"words":42}]}',
  },
];

/** Renders a state as a fresh element; `showErrors` is applied by `applyState` once it is in the page. */
export function renderOutcomeCaptureState(state: ElementState): TemplateResult {
  const value = typeof state.value === 'string' ? state.value : state.value ? JSON.stringify(state.value) : undefined;
  return html`<msp-outcome-capture
    name="outcomes"
    case-ref="SG-2026-0412"
    value=${value ?? ''}
    ?required=${state.required ?? false}
    ?readonly=${state.readonly ?? false}
    ?disabled=${state.disabled ?? false}
    ?print-preview=${state.print ?? false}
  ></msp-outcome-capture>`;
}

/** What a state needs once its element is in the page. */
export async function applyState(element: HTMLElement & { complete(): boolean; updateComplete: Promise<boolean> }, state: ElementState) {
  await element.updateComplete;
  if (state.showErrors) {
    element.complete();
    await element.updateComplete;
  }
}
