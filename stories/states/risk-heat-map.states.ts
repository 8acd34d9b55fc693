import { html, type TemplateResult } from 'lit';
import type { RiskHeatMapRecord } from '../../src/schemas/risk-heat-map.js';
import { joyceMapRecord, manyItemsRecord, susiMapRecord } from './risk-heat-map.records.js';
import type { ElementStateBase } from './element-state.js';

/**
 * Every state of <msp-risk-heat-map> that matters. Storybook shows each one, and the tests render
 * each one and run axe on it, in English and in Welsh: one list, so they cannot drift.
 */
export interface RiskHeatMapState extends ElementStateBase<RiskHeatMapRecord> {
  /** `table` shows the views as a table rather than a map. */
  layout?: 'map' | 'table';
  /** Add an empty activity once rendered, as a person who has just started would. */
  addItem?: boolean;
}

export const riskHeatMapStates: RiskHeatMapState[] = [
  { name: 'Empty', description: 'Nothing written down yet.', required: true },
  {
    name: 'OneItem',
    description: 'Joyce: going to the shops on her own, placed by her and by the practitioner, who sees a little more risk.',
    value: joyceMapRecord,
  },
  {
    name: 'SeveralItemsDisagreeing',
    description:
      'Susi: three activities. She and the practitioner see the risk of seeing her boyfriend differently, and her family sees the money differently; the map and the words say so.',
    value: susiMapRecord,
  },
  { name: 'FiftyItems', description: 'A long review: fifty activities, each placed by the person and the practitioner.', value: manyItemsRecord(50) },
  { name: 'TableView', description: 'The same views as a table: two choices for each person.', value: susiMapRecord, layout: 'table' },
  { name: 'Welsh', description: 'Susi’s map in Welsh.', value: susiMapRecord, locale: 'cy' },
  {
    name: 'Print',
    description: 'What prints, shown with print-preview: every word, each map as a picture, and every view written out.',
    value: susiMapRecord,
    print: true,
  },
  { name: 'NarrowScreen', description: 'On a phone, 320 px wide: the table takes over from the map.', value: susiMapRecord, narrow: true },
  {
    name: 'ErrorsShown',
    description: 'An activity added and saved too soon: the error summary and messages.',
    required: true,
    addItem: true,
    showErrors: true,
  },
  { name: 'Readonly', description: 'A summary that cannot be edited.', value: susiMapRecord, readonly: true },
  { name: 'Disabled', description: 'Shown but not editable, and not submitted.', value: joyceMapRecord, disabled: true },
  {
    name: 'UnreadableValue',
    description: 'The host gave a value that fails the schema: it is kept, a message says so, and what could be read is shown.',
    value: JSON.stringify({ ...joyceMapRecord, items: [{ ...joyceMapRecord.items[0], placements: { person: { harm: 7 } } }] }),
  },
];

/** Renders a state as a fresh element; `addItem` and `showErrors` are applied by `applyState` once it is in the page. */
export function renderRiskHeatMapState(state: RiskHeatMapState): TemplateResult {
  const value = typeof state.value === 'string' ? state.value : state.value ? JSON.stringify(state.value) : undefined;
  return html`<msp-risk-heat-map
    name="risk-map"
    case-ref="SG-2026-0412"
    value=${value ?? ''}
    layout=${state.layout ?? 'map'}
    ?required=${state.required ?? false}
    ?readonly=${state.readonly ?? false}
    ?disabled=${state.disabled ?? false}
    ?print-preview=${state.print ?? false}
  ></msp-risk-heat-map>`;
}

/** What a state needs once its element is in the page. */
export async function applyState(element: HTMLElement & { complete(): boolean; updateComplete: Promise<boolean> }, state: RiskHeatMapState) {
  await element.updateComplete;
  if (state.addItem) {
    element.shadowRoot?.querySelector<HTMLButtonElement>('#add-item')?.click();
    await element.updateComplete;
  }
  if (state.showErrors) {
    element.complete();
    await element.updateComplete;
  }
}
