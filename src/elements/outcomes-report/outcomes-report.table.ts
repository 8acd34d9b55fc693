import { html, svg } from 'lit';
import type { DisclosedCount, Share } from '../../aggregate/report.js';
import { count, ofTotal, previousPeriod, thisPeriod } from './outcomes-report.words.js';

/** A cell: a count, or a count out of another with its percentage. */
export type Cell = DisclosedCount | Share<DisclosedCount>;

export interface Row {
  label: string;
  now: Cell;
  before: Cell;
}

export interface TableView {
  id: string;
  caption: string;
  rows: Row[];
}

const cellText = (cell: Cell) =>
  typeof cell === 'object' ? ofTotal(count(cell.count), count(cell.of), cell.percent === null ? undefined : count(cell.percent)) : count(cell);

/** What a bar is drawn from: the count, or nothing where it is suppressed. */
const barValue = (cell: Cell) => {
  const value = typeof cell === 'object' ? cell.count : cell;
  return typeof value === 'number' ? value : 0;
};

const BAR = 10;
const WIDTH = 200;

/**
 * A small bar chart of the same rows: this period filled, the year before outlined, so the two
 * read apart in greyscale and in forced colours. Hidden from assistive technology: the table is
 * the accessible truth.
 */
function chart(rows: Row[]) {
  const most = Math.max(1, ...rows.flatMap((row) => [barValue(row.now), barValue(row.before)]));
  const length = (cell: Cell) => Math.max(barValue(cell) ? 1 : 0, (barValue(cell) / most) * WIDTH);
  const height = rows.length * BAR * 3;
  return html`<svg class="chart" part="chart" aria-hidden="true" focusable="false" viewBox="0 0 ${WIDTH + 2} ${height}" width=${WIDTH + 2} height=${height}>
    ${rows.map(
      (row, index) => svg`<rect class="bar bar--now" x="1" y=${index * BAR * 3 + 1} width=${length(row.now)} height=${BAR - 1}></rect>
        <rect class="bar bar--before" x="1" y=${index * BAR * 3 + BAR + 1} width=${length(row.before)} height=${BAR - 2}></rect>`,
    )}
  </svg>`;
}

/** One table with its caption, a row header per category, this period beside the year before, and its chart. */
export function renderTable(view: TableView) {
  return html`<div class="table-block" id=${view.id}>
    <table class="table" part="table">
      <caption class="caption">${view.caption}</caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${thisPeriod()}</th>
          <th scope="col">${previousPeriod()}</th>
        </tr>
      </thead>
      <tbody>
        ${view.rows.map(
          (row) => html`<tr>
            <th scope="row">${row.label}</th>
            <td class="number">${cellText(row.now)}</td>
            <td class="number">${cellText(row.before)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${chart(view.rows)}
  </div>`;
}
