import { html } from '@open-wc/testing';
import { announced, byId, mount as mountShared, root } from '../../helpers/dom.js';
import '../../../src/elements/risk-heat-map/risk-heat-map.js';
import type { MspRiskHeatMap } from '../../../src/elements/risk-heat-map/risk-heat-map.component.js';
import type { Party, RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';

/** Helpers for the <msp-risk-heat-map> tests: find controls as a person would, by name or id. */

export type RiskHeatMap = MspRiskHeatMap;

export { announced, byId, press, root, settle, typeInto } from '../../helpers/dom.js';

export async function mount(options: { value?: RiskHeatMapRecord; layout?: 'map' | 'table'; required?: boolean } = {}) {
  return mountShared<RiskHeatMap>(
    html`<div>
      <button type="button" id="before">Before</button>
      <msp-risk-heat-map case-ref="SG-MAP-1" layout=${options.layout ?? 'map'} ?required=${options.required ?? false}></msp-risk-heat-map>
    </div>`,
    { select: 'msp-risk-heat-map', value: options.value },
  );
}

/** The id of whatever has focus inside the element. */
export function focusedId(el: Element): string | undefined {
  return (root(el).activeElement as HTMLElement | null)?.id;
}

/** The marker of a party for an item: on the map, or beside it while not placed. */
export const markerId = (item: string, party: Party) => `item-${item}-view-${party}`;

export function marker(el: Element, item: string, party: Party): HTMLButtonElement {
  return byId<HTMLButtonElement>(el, markerId(item, party));
}

/** The square a party's marker is in, as its column and row headings read, or undefined off the map. */
export function squareOf(el: Element, item: string, party: Party): { quality: string; harm: string } | undefined {
  const cell = marker(el, item, party).closest('td');
  if (!cell) return undefined;
  const row = cell.closest('tr')!;
  const table = cell.closest('table')!;
  const columnHeading = table.querySelectorAll('thead th')[(cell as HTMLTableCellElement).cellIndex - 1];
  return { quality: columnHeading.textContent!.trim(), harm: row.querySelector('th')!.textContent!.trim() };
}

/** Waits for the live region to say something that matches. */
export async function waitForAnnouncement(el: RiskHeatMap, pattern: RegExp, timeout = 2000): Promise<string> {
  const start = performance.now();
  while (!pattern.test(announced(el))) {
    if (performance.now() - start > timeout) throw new Error(`never announced ${pattern}; last: "${announced(el)}"`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return announced(el);
}

/** Every string and number anywhere in a JSON value. */
export function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}
