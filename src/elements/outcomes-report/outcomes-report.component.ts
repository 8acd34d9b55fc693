import { html, nothing } from 'lit';
import { aggregate } from '../../aggregate/aggregate.js';
import { disclose } from '../../aggregate/disclose.js';
import type { AggregateOptions, DisclosedCount, Jurisdiction, OutcomesReport } from '../../aggregate/report.js';
import { formatDate } from '../../core/common-messages.js';
import { partsFromIsoDate } from '../../core/date-parts.js';
import { getLocale, msg, str } from '../../core/locale.js';
import { MspElement } from '../../core/msp-element.js';
import { Downloads, renderDownloads } from './outcomes-report.downloads.js';
import { renderChecks } from './outcomes-report.checks.js';
import { checkPeriod, renderPeriod, type PeriodBoxes } from './outcomes-report.period.js';
import { renderQuotes } from './outcomes-report.quotes.js';
import { fetchRecords, rereadable, SourceError, type RecordsInput } from './outcomes-report.source.js';
import { outcomesReportStyles } from './outcomes-report.styles.js';
import { renderTable } from './outcomes-report.table.js';
import { tableViews } from './outcomes-report.tables.js';
import { countInWords } from './outcomes-report.words.js';

/**
 * The Board report: what the records say about the people a council safeguarded, for the
 * Safeguarding Adults Board. The headline first, the caveat beside it, each table with a chart
 * drawn from the same numbers, the person's words beside them, and what could not be counted.
 * Read-only: it takes part in no form and fetches nothing but the `src` its host names.
 *
 * @fires {MspErrorEvent} msp-error - `src` is on another origin, could not be read, is not JSON or NDJSON, or is over the size limit; or `from`/`to` are not a period.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart headline - The sentence a Board member reads first.
 * @csspart caveat - Why the figures are not a performance indicator.
 * @csspart table - Each table.
 * @csspart chart - Each table's bar chart (hidden from assistive technology).
 * @csspart quotes - The person's words beside a table.
 * @csspart checks - What could not be counted, and why.
 * @csspart period - The period controls (not printed).
 * @csspart downloads - The CSV download links (not printed).
 */
export class MspOutcomesReport extends MspElement {
  static override styles = [...MspElement.styles, outcomesReportStyles];

  static override properties = {
    ...MspElement.properties,
    records: { attribute: false },
    src: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    jurisdiction: { reflect: true },
    disclosure: { reflect: true },
    dimensions: { attribute: false },
  };

  /** The records: an array, any iterable, or a function that returns a fresh (async) iterable each time the report counts. */
  declare records: RecordsInput | undefined;
  /** A same-origin URL of a JSON array or NDJSON (`application/x-ndjson`) of records, up to 32 MB; used where `records` is not set. */
  declare src: string | undefined;
  /** First day of the period (YYYY-MM-DD); by default the last complete April to March year. */
  declare from: string | undefined;
  /** Last day of the period (YYYY-MM-DD). */
  declare to: string | undefined;
  /** `england` (section 42 enquiries, the default) or `wales` (section 126). */
  declare jurisdiction: Jurisdiction;
  /** Counts are rounded and small ones suppressed unless this is `off`. */
  declare disclosure: string | undefined;
  /**
   * The host's facts about each case, to split SG4a by (an age band, an area): a `Map` or an object
   * from `caseRef` to `{ name: value }`. Shown as tables; never added to the records.
   */
  declare dimensions: AggregateOptions['dimensions'];

  #raw?: OutcomesReport;
  /** The host's `records`, ready to be read again; a one-time iterable is kept as a list when it is set. */
  #given: () => Iterable<unknown> | AsyncIterable<unknown> = () => [];
  #fetched?: { src: string; records: unknown[] };
  #counting?: Promise<void>;
  #run = 0;
  #boxes: PeriodBoxes = { from: partsFromIsoDate(''), to: partsFromIsoDate(''), errors: {} };
  readonly #downloads = new Downloads();
  /** The tables by the host's dimensions, loaded only once a host has given some. */
  #byDimension?: typeof import('./outcomes-report.dimensions.js').dimensionTables;

  constructor() {
    super();
    this.jurisdiction = 'england';
  }

  /** The report as shown: disclosed unless `disclosure="off"`; undefined until counted. */
  get report(): OutcomesReport<DisclosedCount> | undefined {
    return this.#raw && (this.#disclosed ? disclose(this.#raw) : this.#raw);
  }

  get #disclosed() {
    return this.disclosure !== 'off';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('records')) this.#given = this.#readable(this.records);
    if (changed.has('dimensions') && !isDimensions(this.dimensions)) {
      this.reportHostError('invalid-value', 'dimensions must be a Map or object by caseRef; counted without them');
    }
    if (['records', 'src', 'from', 'to', 'jurisdiction', 'dimensions'].some((key) => changed.has(key))) this.#counting = this.#count();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#counting) {
      const counting = this.#counting;
      await counting;
      if (counting === this.#counting) this.#counting = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#downloads.clear();
  }

  async #count() {
    const run = ++this.#run;
    try {
      const records = await this.#records();
      const raw = await aggregate(records(), {
        from: this.from || undefined,
        to: this.to || undefined,
        jurisdiction: this.jurisdiction,
        dimensions: isDimensions(this.dimensions) ? this.dimensions : undefined,
      });
      if (Object.keys(raw.dimensions).length + Object.keys(raw.previous.dimensions).length > 0) {
        this.#byDimension ??= (await import('./outcomes-report.dimensions.js')).dimensionTables;
      }
      if (run !== this.#run) return;
      this.#raw = raw;
      this.#boxes = { from: partsFromIsoDate(raw.from), to: partsFromIsoDate(raw.to), errors: {} };
      this.requestUpdate();
    } catch (error) {
      if (run !== this.#run) return;
      const code = error instanceof SourceError ? error.code : 'invalid-value';
      this.reportHostError(code, (error as Error).message);
    }
  }

  #readable(records: RecordsInput | undefined) {
    try {
      return rereadable(records);
    } catch {
      this.reportHostError('invalid-value', 'records must be an array, an iterable, or a function that returns one');
      return () => [];
    }
  }

  async #records() {
    if (this.records || !this.src) return this.#given;
    if (this.#fetched?.src !== this.src) this.#fetched = { src: this.src, records: await fetchRecords(this.src) };
    const records = this.#fetched.records;
    return () => records;
  }

  #applyPeriod() {
    const { period, errors } = checkPeriod(this.#boxes);
    if (period) {
      this.from = period.from;
      this.to = period.to;
      void this.updateComplete.then(() =>
        this.announce(msg(str`Counted again for ${formatDate(period.from)} to ${formatDate(period.to)}.`, { id: 'or.period.counted' })),
      );
      return;
    }
    this.#boxes = { ...this.#boxes, errors };
    this.focusAfterUpdate = errors.from ? 'period-from' : 'period-to';
    this.requestUpdate();
  }

  protected override render() {
    const report = this.report;
    return html`<div part="base" class="report" lang=${getLocale()}>
      <h2 class="heading-m">${msg('Outcomes for the Safeguarding Adults Board', { id: 'or.title' })}</h2>
      ${report ? this.#renderReport(report) : html`<p>${msg('Counting the records…', { id: 'or.counting' })}</p>`}
      ${this.renderAnnouncer()}
    </div>`;
  }

  #renderReport(report: OutcomesReport<DisclosedCount>) {
    const period = { from: formatDate(report.from), to: formatDate(report.to) };
    const views = tableViews(report, this.#byDimension);
    const quotesOf = (table: 'SG4a' | 'experience') => renderQuotes(report.quotes.filter((quote) => quote.table === table));
    return html`<p class="headline" part="headline">${headline(report, period)}</p>
      <div class="caveat" part="caveat">
        <p>
          ${msg(
            'These figures are not a performance indicator. They describe what happened for people, and every partner shares the responsibility for it. Read them beside the people’s own words.',
            { id: 'or.caveat' },
          )}
        </p>
      </div>
      ${this.printing ? nothing : renderPeriod(this.#boxes, (which, parts) => ((this.#boxes = { ...this.#boxes, [which]: parts }), this.requestUpdate()), () => this.#applyPeriod())}
      ${this.printing ? nothing : renderDownloads(this.#downloads.of(this.#raw!, this.#disclosed))}
      ${report.disclosed
        ? html`<p class="hint">
            ${msg('[c]: a count from 1 to 4, not shown so that no one can be identified. Other counts are rounded to the nearest 5, so a table may not add up to its total.', { id: 'or.disclosure-note' })}
          </p>`
        : nothing}
      ${views.map(
        (view) => html`${renderTable(view)}${view.id === 'sg4a-achieved' ? quotesOf('SG4a') : view.id === 'experience' ? quotesOf('experience') : nothing}`,
      )}
      ${renderChecks(report, this.#raw!.invalid.reduce((sum, group) => sum + group.count, 0))}`;
  }
}

const isDimensions = (value: unknown): value is AggregateOptions['dimensions'] =>
  value === undefined || value instanceof Map || (typeof value === 'object' && value !== null && !Array.isArray(value));

function headline(report: OutcomesReport<DisclosedCount>, period: { from: string; to: string }) {
  if (report.measure.concluded === 0) {
    return msg(str`No safeguarding enquiry ended between ${period.from} and ${period.to}.`, { id: 'or.headline.none' });
  }
  if (report.measure.concluded === '[c]') {
    return msg(
      str`Fewer than 5 people’s safeguarding enquiries ended between ${period.from} and ${period.to}: too few to say more without someone being recognised.`,
      { id: 'or.headline.few' },
    );
  }
  const concluded = countInWords(report.measure.concluded);
  const expressed = countInWords(report.measure.expressed.count);
  const achieved = countInWords(report.measure.achieved.count);
  return msg(
    str`Of the ${concluded} people whose safeguarding enquiry ended between ${period.from} and ${period.to}, ${expressed} were asked what they wanted and said; of them, ${achieved} got it, fully or partly.`,
    { id: 'or.headline' },
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-outcomes-report': MspOutcomesReport;
  }
}
