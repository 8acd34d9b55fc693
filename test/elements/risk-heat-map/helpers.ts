import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/risk-heat-map/risk-heat-map.js';
import type { MspRiskHeatMap } from '../../../src/elements/risk-heat-map/risk-heat-map.component.js';
import type { Party, RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';

/** Helpers for the <msp-risk-heat-map> tests: find controls as a person would, by name or id. */

export type RiskHeatMap = MspRiskHeatMap;

export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function byId<T extends HTMLElement = HTMLElement>(el: Element, id: string): T {
  const found = root(el).getElementById(id);
  if (!found) throw new Error(`#${id} is not rendered`);
  return found as T;
}

export async function settle(el: RiskHeatMap) {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await el.updateComplete;
}

export async function mount(options: { value?: RiskHeatMapRecord; layout?: 'map' | 'table'; required?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button type="button" id="before">Before</button>
    <msp-risk-heat-map case-ref="SG-MAP-1" layout=${options.layout ?? 'map'} ?required=${options.required ?? false}></msp-risk-heat-map>
  </div>`);
  const el = wrapper.querySelector('msp-risk-heat-map')!;
  if (options.value) el.value = structuredClone(options.value);
  await settle(el);
  return el;
}

export async function press(el: RiskHeatMap, key: string) {
  await sendKeys({ press: key });
  await settle(el);
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

/** What the polite live region says now. */
export function announced(el: Element): string {
  return root(el).querySelector('[data-announcer]')!.textContent!.trim();
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

/** Types as a person does: focus, then real key presses. */
export async function typeInto(el: RiskHeatMap, control: HTMLElement, text: string) {
  control.focus();
  await sendKeys({ type: text });
  await settle(el);
}

/** Every string and number anywhere in a JSON value. */
export function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}
