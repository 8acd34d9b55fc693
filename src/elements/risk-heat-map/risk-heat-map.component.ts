import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { optional } from '../../core/common-messages.js';
import type { FieldError } from '../../core/error-summary.js';
import {
  checkboxesField,
  dateProblem,
  isoDateFromParts,
  radiosField,
  type DateParts,
} from '../../core/fields.js';
import { editItemById, type FieldBinder } from '../../core/field-binder.js';
import { MspFormElement } from '../../core/form-element.js';
import { getLocale, msg, str } from '../../core/locale.js';
import { setOptionalText } from '../../core/set-aside.js';
import type { RecordIssue } from '../../schemas/issues.js';
import { LIMITS } from '../../schemas/limits.js';
import {
  DECISIONS_MADE,
  PARTIES,
  RISK_HEAT_MAP_ITEMS,
  riskHeatMap,
  type Party,
  type RiskHeatMapRecord,
} from '../../schemas/risk-heat-map.js';
import { isPlaced, type Placed } from './risk-heat-map.bands.js';
import { differenceSentences, renderPlacementsInWords, viewInWords } from './risk-heat-map.differences.js';
import { FIELD, reviewDateParts, riskHeatMapFieldError } from './risk-heat-map.errors.js';
import { MARKER_HINT_ID, renderMap, renderZoneLegend } from './risk-heat-map.map.js';
import { MapPlacing } from './risk-heat-map.placing.js';
import { NarrowScreenController } from './risk-heat-map.narrow.js';
import { decisionOptions, partyLabel } from './risk-heat-map.options.js';
import { setPlacement } from './risk-heat-map.placements.js';
import {
  activityQuestion,
  agreedWaysQuestion,
  benefitQuestion,
  decisionQuestion,
  harmQuestion,
  itemHeading,
  itemsHeading,
  madeByQuestion,
  otherWhoQuestion,
  reviewDateQuestion,
  placementsHeading,
} from './risk-heat-map.questions.js';
import {
  isEmptyRiskHeatMap,
  loadRiskHeatMap,
  newRiskHeatMapFields,
  newRiskItem,
  placeDecision,
  reviveRiskHeatMapView,
  type WorkingRiskHeatMap,
  type RiskHeatMapView,
  type WorkingRiskItem,
  type Layout,
} from './risk-heat-map.state.js';
import { riskHeatMapStyles } from './risk-heat-map.styles.js';
import { renderDecided, renderRiskHeatMapSummary } from './risk-heat-map.summary.js';
import { renderTable } from './risk-heat-map.table.js';

type HeatMapFields = FieldBinder<WorkingRiskHeatMap, RiskHeatMapView>;

/**
 * Weighs each activity the person wants to do as a balance between what it adds to their life
 * and its risk of harm, from each party's placement: the person, the practitioner, family or carer, an
 * advocate, someone else. Each placement is a marker on a heat map, placed by clicking, dragging or the
 * arrow keys, or chosen in a table; where placements differ, the map shows it and says it in words.
 * There is no score. Emits an `msp.risk-heat-map` record.
 *
 * @tag msp-risk-heat-map
 * @summary Weigh risks as quality of life against harm, from every party's placement.
 *
 * @fires {MspChangeEvent} msp-change - A committed edit: a view placed or moved, a choice made, a field left. `detail: { value, valid }`.
 * @fires {MspSubmitEvent} msp-submit - Completed; `detail` is the valid `msp.risk-heat-map` record.
 *
 * @csspart item - One activity, its map and what was decided.
 */
export class MspRiskHeatMap extends MspFormElement<RiskHeatMapRecord, WorkingRiskHeatMap, RiskHeatMapView> {
  static override styles = [...MspFormElement.styles, riskHeatMapStyles];
  static override properties = { ...MspFormElement.properties, layout: {} };

  /**
   * `table` shows each person's view as two choices in a table rather than as a marker on a map,
   * for pages whose users mostly prefer it; the person can still switch. Default `map`. On a
   * narrow screen the table is always used.
   */
  declare layout: Layout | undefined;

  protected readonly recordKind = riskHeatMap;
  protected newRecordFields = newRiskHeatMapFields;
  protected load = (value: Record<string, unknown>, valid: boolean) => {
    const loaded = loadRiskHeatMap(value, valid);
    // Map or table is the person's choice: a new value, or saving, keeps it.
    loaded.view.mode = this.view?.mode ?? (this.layout === 'table' ? 'table' : 'map');
    return loaded;
  };
  protected reviveView = reviveRiskHeatMapView;
  protected isEmpty = isEmptyRiskHeatMap;

  private readonly narrow = new NarrowScreenController(this);
  private readonly placing = new MapPlacing({
    root: () => this.shadowRoot!,
    placementOf: (item, party) => this.itemOf(item)?.placements[party],
    place: (item, party, square) => this.place(item, party, square),
    focusLater: (id) => (this.focusAfterUpdate = id),
    say: (words) => this.announce(words),
    editable: () => !this.isDisabled && !this.readonly,
    requestUpdate: () => this.requestUpdate(),
  });

  /** The map, unless the person chose the table or the screen is too narrow for the map. */
  private get mode(): Layout {
    return this.narrow.matches ? 'table' : this.view.mode;
  }

  protected fieldErrorFor(issue: RecordIssue, record: WorkingRiskHeatMap, view: RiskHeatMapView): FieldError | undefined {
    return riskHeatMapFieldError(issue, record, { ...view, mode: this.mode });
  }

  /** A review date whose boxes do not make a real date: the record holds none, so the schema cannot see it. */
  protected override contextIssues(record: WorkingRiskHeatMap): RecordIssue[] {
    return record.items.flatMap((item, index): RecordIssue[] => {
      const typed = this.view.reviewDates[item.id];
      const problem = typed && dateProblem(typed);
      return problem && problem.kind !== 'missing'
        ? [{ path: ['items', index, 'reviewDate'], code: 'custom', rule: 'review-date-not-real', message: 'The review date is not a real date' }]
        : [];
    });
  }

  protected submitLabel() {
    return msg('Save the map', { id: 'rhm.submit' });
  }

  protected renderSummary() {
    return renderRiskHeatMapSummary(this.record);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('layout') && this.view) this.showAs(this.layout === 'table' ? 'table' : 'map');
  }


  protected renderFields(): TemplateResult {
    const form = this.fields();
    const items = this.record.items;
    const full = items.length >= RISK_HEAT_MAP_ITEMS;
    const mode = this.mode;
    return html`<section class="section section--map" aria-labelledby="items-heading">
      <h2 class="heading-m" id="items-heading">${itemsHeading()}</h2>
      <p class="body">
        ${msg(
          'For each thing, say what it adds to your life and what could go wrong. Then each person shows where they would put it. It is fine to see things differently: that is what you talk about.',
          { id: 'rhm.intro' },
        )}
      </p>
      ${this.narrow.matches
        ? html`<p class="hint">${msg('On a small screen, each person’s view is chosen from a list.', { id: 'rhm.narrow' })}</p>`
        : radiosField({
            id: FIELD.layout,
            name: 'view-mode',
            label: msg('Show the views as', { id: 'rhm.mode.label' }),
            options: [
              { value: 'map', label: msg('A map', { id: 'rhm.mode.map' }) },
              { value: 'table', label: msg('A table, easier with a screen reader', { id: 'rhm.mode.table' }) },
            ],
            value: mode,
            onSelect: (chosen) => this.showAs(chosen),
          })}
      ${mode === 'map' ? this.renderLegend() : nothing}
      <ol
        class="panel-list"
        @click=${this.placing.onClick}
        @keydown=${this.placing.onKey}
        @pointerdown=${this.placing.onPointer}
        @pointermove=${this.placing.onPointer}
        @pointerup=${this.placing.onPointer}
        @pointercancel=${this.placing.onPointer}
      >
        ${items.map((item, index) => this.renderItemOnChange(item, index, form, mode))}
      </ol>
      ${form.addButton(FIELD.addItem, {
        label: items.length ? msg('Add something else', { id: 'rhm.add-another' }) : msg('Add something you want to do', { id: 'rhm.add-first' }),
        disabled: full,
        hint: full ? msg(str`You can add up to ${RISK_HEAT_MAP_ITEMS} things.`, { id: 'rhm.full' }) : undefined,
        onAdd: this.addItem,
      })}
    </section>`;
  }

  /** What the shading means, and how to move a marker. */
  private renderLegend() {
    return html`${renderZoneLegend()}
      <p class="hint" id=${MARKER_HINT_ID}>
        ${msg(
          'Choose a name, then a square, or drag a name onto the map. On the map, the arrow keys move a name one square.',
          { id: 'rhm.map.hint' },
        )}
      </p>`;
  }

  private showAs(mode: Layout) {
    // How the placements are shown is not part of the record: no edit, no events.
    this.view.mode = mode;
    this.placing.drop();
    this.requestUpdate();
  }

  /**
   * One item, rendered again only when something it shows has changed: placing a marker on one of
   * fifty maps renders that one. An edit replaces the item object (see `editItem`).
   */
  private renderItemOnChange(item: WorkingRiskItem, index: number, form: HeatMapFields, mode: Layout) {
    const error = form.error;
    const id = item.id;
    const picked = this.placing.pickedIn(id);
    const over = this.placing.overIn(id);
    const errors = [FIELD.activity(id), FIELD.otherWho(id), ...detailFields(id), ...PARTIES.map((party) => FIELD.marker(id, party))].map(error);
    return guard(
      [item, index, mode, picked, over?.qualityOfLife, over?.harm, this.view.open.includes(id), this.view.reviewDates[id], getLocale(), errors.join('|')],
      () => this.renderItem(item, index, form, mode),
    );
  }

  /**
   * One item: the activity in the person's words and its map always; what it adds, what could go
   * wrong, what was agreed and decided, shown to change once opened (a new item is open, and so is
   * one with a problem to show), and summed up otherwise, so a map of fifty activities stays short.
   * Each part renders again only when what it shows has changed: typing an activity leaves its map
   * alone, and moving a marker leaves the text boxes alone.
   */
  private renderItem(item: WorkingRiskItem, index: number, form: HeatMapFields, mode: Layout) {
    const error = form.error;
    const id = item.id;
    const number = index + 1;
    const headingId = `item-${id}-heading`;
    const locale = getLocale();
    const errors = (...ids: string[]) => ids.map(error).join('|');
    const picked = this.placing.pickedIn(id);
    const over = this.placing.overIn(id);
    const detailErrors = errors(...detailFields(id));
    const open = this.view.open.includes(id) || detailErrors.replaceAll('|', '') !== '';
    return html`<li class="item panel" part="item">
      <section aria-labelledby=${headingId}>
        <h3 class="heading-s" id=${headingId}>${itemHeading(number)}</h3>
        ${guard([item.activity, locale, error(FIELD.activity(id))], () =>
          this.itemText(form, item, FIELD.activity(id), {
            label: activityQuestion(),
            hint: msg('In your own words. For example, going to the shops on my own.', { id: 'rhm.activity.hint' }),
            value: item.activity,
            maxLength: LIMITS.shortTextLength,
            set: (working, text) => (working.activity = text),
          }),
        )}
        ${guard(
          [item.placements, number, mode, picked, over?.qualityOfLife, over?.harm, locale, errors(FIELD.otherWho(id), ...PARTIES.map((party) => FIELD.marker(id, party)))],
          () => this.renderPlacements(item, number, form, mode, picked, over),
        )}
        ${guard([open, item.benefit, item.harm, item.agreedWays, item.decision, this.view.reviewDates[id], locale, detailErrors], () =>
          open ? this.renderDetails(item, form) : renderDecided(item),
        )}
        <div class="item__actions">
          <button type="button" class="link-button" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggleDetails(id)}>
            ${open ? msg('Hide the details', { id: 'rhm.details.hide' }) : msg('Show and change the details', { id: 'rhm.details.show' })}
          </button>
          <button type="button" class="link-button" aria-describedby=${headingId} @click=${() => this.removeItem(id)}>
            ${msg('Remove this activity', { id: 'rhm.remove' })}
          </button>
        </div>
      </section>
    </li>`;
  }

  /** Showing or hiding an item's details is not an edit: no events, and the record is unchanged. */
  private toggleDetails(id: string) {
    const open = this.view.open;
    this.view.open = open.includes(id) ? open.filter((candidate) => candidate !== id) : [...open, id];
    this.requestUpdate();
  }

  /** Each party's placement, on the map or in the table, who "someone else" is, and where placements differ. */
  private renderPlacements(item: WorkingRiskItem, number: number, form: HeatMapFields, mode: Layout, picked?: Party, over?: Placed) {
    const error = form.error;
    const id = item.id;
    const partyError = (party: Party) => error(FIELD.marker(id, party));
    const other = item.placements.other;
    return html`<h4 class="heading-s">${placementsHeading()}</h4>
      ${mode === 'map'
        ? renderMap(item, number, { picked, over, error: partyError })
        : renderTable(item, {
            error: partyError,
            choose: (party, bands) =>
              this.editItem(id, (working, view) => setPlacement(working, party, bands, view.aside), { commit: true, touch: FIELD.marker(id, party) }),
          })}
      ${other
        ? this.itemText(form, item, FIELD.otherWho(id), {
            label: `${otherWhoQuestion()} ${optional()}`,
            value: other.who ?? '',
            maxLength: LIMITS.refLength,
            singleLine: true,
            set: (working, text) => {
              const changed = { ...working.placements.other };
              setOptionalText(changed, 'who', text);
              working.placements = { ...working.placements, other: changed };
            },
          })
        : nothing}
      ${renderPlacementsInWords(item.placements)}`;
  }

  /** What it adds to life, what could go wrong, what was agreed, what was decided and by whom, and when to look at it again. */
  private renderDetails(item: WorkingRiskItem, form: HeatMapFields) {
    const error = form.error;
    const id = item.id;
    const decision = item.decision;
    const parts = reviewDateParts(item, this.view);
    const madeBy = checkboxesField({
      id: FIELD.madeBy(id),
      name: `made-by-${id}`,
      label: madeByQuestion(),
      hint: msg('Select everyone who made the decision.', { id: 'rhm.made-by.hint' }),
      options: PARTIES.map((party) => ({ value: party, label: partyLabel(party) })),
      values: decision?.madeBy ?? [],
      error: error(FIELD.madeBy(id)),
      onChange: (values) =>
        this.editItem(id, (working) => (working.decision = { ...working.decision, madeBy: values }), { commit: true, touch: FIELD.madeBy(id) }),
    });
    return html`${this.itemText(form, item, FIELD.benefit(id), {
      label: `${benefitQuestion()} ${optional()}`,
      value: item.benefit ?? '',
      maxLength: LIMITS.wordsLength,
      set: (working, text) => setOptionalText(working, 'benefit', text),
    })}
    ${this.itemText(form, item, FIELD.harm(id), {
      label: `${harmQuestion()} ${optional()}`,
      value: item.harm ?? '',
      maxLength: LIMITS.wordsLength,
      set: (working, text) => setOptionalText(working, 'harm', text),
    })}
    ${this.itemText(form, item, FIELD.agreedWays(id), {
      label: `${agreedWaysQuestion()} ${optional()}`,
      value: item.agreedWays ?? '',
      maxLength: LIMITS.wordsLength,
      set: (working, text) => setOptionalText(working, 'agreedWays', text),
    })}
    ${radiosField({
      id: FIELD.decision(id),
      name: `decision-${id}`,
      label: decisionQuestion(),
      options: decisionOptions(),
      value: decision?.status,
      error: error(FIELD.decision(id)),
      onSelect: (status) =>
        this.editItem(
          id,
          (working, view) => {
            working.decision = { ...working.decision, status };
            placeDecision(working, view.aside);
          },
          { commit: true, touch: FIELD.decision(id) },
        ),
      conditional: Object.fromEntries(DECISIONS_MADE.map((made) => [made, madeBy])),
    })}
    ${form.date(FIELD.reviewDate(id), {
      label: `${reviewDateQuestion()} ${optional()}`,
      hint: msg('For example, 18 2 2027', { id: 'rhm.review-date.hint' }),
      parts,
      set: (record, view, typed) => editItemById(record.items, id, (working) => setReviewDate(working, view, typed)),
    })}`;
  }

  /** A text box for one item's answer; `set` edits that item, copy-on-write. */
  private itemText(
    form: HeatMapFields,
    item: WorkingRiskItem,
    id: string,
    field: { label: string; hint?: string; value: string; maxLength: number; singleLine?: boolean; set: (working: WorkingRiskItem, text: string) => void },
  ) {
    const { singleLine, set, ...shown } = field;
    return form.text(id, {
      ...shown,
      multiline: !singleLine,
      rows: 2,
      set: (record, text) => editItemById(record.items, item.id, (working) => set(working, text)),
    });
  }

  /**
   * An edit to one item, found by its id. The item becomes a new object, so it alone renders again;
   * a change to its placements or decision replaces those objects too, so only the part showing them does.
   */
  private editItem(
    id: string,
    change: (working: WorkingRiskItem, view: RiskHeatMapView) => void,
    options: { commit?: boolean; touch?: string } = {},
  ) {
    this.edit((record, view) => editItemById(record.items, id, (working) => change(working, view)), options);
  }

  private addItem = () => {
    const item = newRiskItem();
    this.edit(
      (record, view) => {
        record.items.push(item);
        view.open.push(item.id);
      },
      { commit: true },
    );
    this.focusAfterUpdate = FIELD.activity(item.id);
  };

  private removeItem(id: string) {
    this.edit(
      (record, view) => {
        record.items = record.items.filter((item) => item.id !== id);
        view.open = view.open.filter((candidate) => candidate !== id);
        delete view.reviewDates[id];
      },
      { commit: true },
    );
    this.placing.drop(id);
    this.focusAfterUpdate = FIELD.addItem;
    this.announce(msg('Activity removed.', { id: 'rhm.removed' }));
  }

  // ——— placing on the map ———

  private itemOf(id: string) {
    return this.record.items.find((item) => item.id === id);
  }

  /** Puts a party's marker in a square, or (with none) takes it off the map; says where it is now. */
  private place(item: string, party: Party, square: Placed | undefined) {
    const placement = this.itemOf(item)?.placements[party];
    if (square && placement?.qualityOfLife === square.qualityOfLife && placement.harm === square.harm) {
      this.requestUpdate();
    } else {
      this.editItem(item, (working, view) => setPlacement(working, party, square ?? { qualityOfLife: undefined, harm: undefined }, view.aside), {
        commit: true,
        touch: FIELD.marker(item, party),
      });
    }
    this.focusAfterUpdate = FIELD.marker(item, party);
    const placements = this.itemOf(item)?.placements ?? {};
    const now = placements[party];
    this.announce(
      isPlaced(now)
        ? [`${viewInWords(party, now)}.`, ...differenceSentences(placements)].join(' ')
        : msg(str`${partyLabel(party)}: not on the map yet`, { id: 'rhm.marker.unplaced' }),
    );
  }
}

/** The questions of an item that are shown once its details are open. */
const detailFields = (id: string) => [
  FIELD.benefit(id),
  FIELD.harm(id),
  FIELD.agreedWays(id),
  FIELD.decision(id),
  FIELD.madeBy(id),
  FIELD.reviewDate(id),
];

/** The date boxes as typed; the record holds the date once the boxes make a real one. */
function setReviewDate(item: WorkingRiskItem, view: RiskHeatMapView, parts: DateParts) {
  view.reviewDates[item.id] = parts;
  const iso = isoDateFromParts(parts);
  if (iso) item.reviewDate = iso;
  else delete item.reviewDate;
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-risk-heat-map': MspRiskHeatMap;
  }
}
