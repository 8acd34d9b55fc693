import { html, nothing } from 'lit';
import { toCaseCsv, toCsv } from '../../aggregate/csv.js';
import type { OutcomesReport } from '../../aggregate/report.js';
import { msg } from '../../core/locale.js';

interface Links {
  tables: string;
  /** One row per enquiry: made only for the undisclosed report, the only one that offers it. */
  cases?: string;
  name: string;
}

/**
 * The CSV files as object URLs of Blobs made in the page: a download never touches the network.
 * Made again only when the report or the disclosure changes, and released when they do.
 */
export class Downloads {
  #made?: { report: OutcomesReport; disclosure: boolean; links: Links };

  of(report: OutcomesReport, disclosure: boolean): Links {
    if (this.#made?.report === report && this.#made.disclosure === disclosure) return this.#made.links;
    this.clear();
    const url = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const links = {
      tables: url(toCsv(report, { disclosure })),
      cases: disclosure ? undefined : url(toCaseCsv(report)),
      name: `${report.from}-to-${report.to}`,
    };
    this.#made = { report, disclosure, links };
    return links;
  }

  clear() {
    if (!this.#made) return;
    URL.revokeObjectURL(this.#made.links.tables);
    if (this.#made.links.cases) URL.revokeObjectURL(this.#made.links.cases);
    this.#made = undefined;
  }
}

/** The tables as CSV (disclosed or not, as shown) and, undisclosed for the council's own analysts only, one row per enquiry. */
export function renderDownloads(links: Links) {
  return html`<div class="downloads no-print" part="downloads">
    <a class="button button--secondary" id="download-tables" href=${links.tables} download=${`outcomes-${links.name}.csv`}
      >${msg('Download the tables (CSV)', { id: 'or.download.tables' })}</a
    >
    ${links.cases
      ? html`<a class="button button--secondary" id="download-cases" href=${links.cases} download=${`enquiries-${links.name}.csv`}
          >${msg('Download one row per enquiry (CSV)', { id: 'or.download.cases' })}</a
        >`
      : nothing}
  </div>`;
}
