import { susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { REPORT_PERIOD } from '../../../fixtures/states/outcomes-report.records.js';
import { susiClosure } from '../../../fixtures/states/review-close.records.js';
import type { MspOutcomesReport } from '../../../src/elements/outcomes-report/outcomes-report.component.js';
import { fold, root } from '../../helpers/dom.js';

/** Susi's enquiry, her comment on her first outcome being `words`; she agreed to be quoted. */
export const susiSaying = (words: string) => [
  susiRecord,
  { ...susiClosure, outcomeResults: [{ ...susiClosure.outcomeResults![0], personComment: words }, ...susiClosure.outcomeResults!.slice(1)] },
];

/** Shows Susi's words as a host would: her records, the period they fall in, true counts so her quote is not held back. */
export function showSusiSaying(el: HTMLElement, words: string) {
  const report = el as MspOutcomesReport;
  report.from = REPORT_PERIOD.from;
  report.to = REPORT_PERIOD.to;
  report.disclosure = 'off';
  report.records = susiSaying(words);
}

/** A table's cells, row by row, as text: the row header, then this period, then the year before. */
export function tableRows(el: Element, id: string): string[][] {
  const block = root(el).getElementById(id);
  if (!block) throw new Error(`no table ${id}`);
  return [...block.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => fold(cell.textContent!)));
}

/** The row of a table whose header reads `label`. */
export function tableRow(el: Element, id: string, label: string): string[] {
  const row = tableRows(el, id).find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row "${label}" in ${id}: ${tableRows(el, id).map((cells) => cells[0]).join(' | ')}`);
  return row.slice(1);
}

export const headline = (el: Element) => fold(root(el).querySelector('[part="headline"]')!.textContent!);
