import { html, nothing } from 'lit';
import { errorMessage } from '../../core/fields.js';
import { msg, str } from '../../core/locale.js';
import { PARTIES, QUALITY_OF_LIFE_BANDS, type Party } from '../../schemas/risk-heat-map.js';
import { HARM_ROWS, isPlaced, zoneOf, type Placed } from './risk-heat-map.bands.js';
import { viewInWords } from './risk-heat-map.differences.js';
import { FIELD } from './risk-heat-map.errors.js';
import { harmLabel, partyLabel, qualityLabel } from './risk-heat-map.options.js';
import type { WorkingRiskItem } from './risk-heat-map.state.js';

/** The id of the shared hint that says how to move a marker; every marker is described by it. */
export const MARKER_HINT_ID = 'marker-hint';

/** The id of the button that puts a picked-up marker in a square. */
export const targetId = (item: string, square: Placed) => `item-${item}-at-${square.qualityOfLife}-${square.harm}`;

/** What the shading of the squares means, in words beside each pattern. */
export function renderZoneLegend() {
  const zones = [
    ['gain', msg('More good than harm', { id: 'rhm.zone.gain' })],
    ['balance', msg('Weigh it up together', { id: 'rhm.zone.balance' })],
    ['harm', msg('More harm than good', { id: 'rhm.zone.harm' })],
  ] as const;
  return html`<ul class="legend-list">
    ${zones.map(([zone, words]) => html`<li><span class=${`swatch square--${zone}`}></span>${words}</li>`)}
  </ul>`;
}

/**
 * Where someone is in working the map of one item. The element listens to the whole list of
 * items at once: the buttons here say what they are with `data-party` and `data-action`, and each
 * map's area and squares name their item and bands (band names, never numbers).
 */
export interface MapState {
  /** The party whose marker is picked up, waiting for a square. */
  picked: Party | undefined;
  /** The square a marker is being dragged over. */
  over: Placed | undefined;
  /** The message to show for a party's placement, once it may show. */
  error(party: Party): string | undefined;
}

/**
 * One item on the heat map: a table whose columns are what the activity adds to life and whose
 * rows are the risk of harm, with each party's marker in the square they chose. Each square is
 * shaded by pattern as well as colour; the row and column headings say in words where a square
 * is. Without `state` the map is a picture for the summary and for print: no buttons.
 */
export function renderMap(item: WorkingRiskItem, number: number, state?: MapState) {
  const placements = item.placements;
  const unplaced = PARTIES.filter((party) => !isPlaced(placements[party]));
  const picked = state?.picked;
  const marker = (party: Party) => renderMarker(item, party, state);
  return html`<div data-item=${item.id}>
    ${state ? PARTIES.map((party) => errorMessage(FIELD.marker(item.id, party), state.error(party))) : nothing}
    <div class="map-frame">
      <table class="map">
        ${state ? html`<caption class="visually-hidden">${msg(str`Activity ${number} on the map`, { id: 'rhm.map.caption' })}</caption>` : nothing}
        <thead>
          <tr>
            <td></td>
            ${QUALITY_OF_LIFE_BANDS.map((band) => html`<th scope="col">${qualityLabel(band)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${HARM_ROWS.map(
            (harm) => html`<tr>
              <th scope="row">${harmLabel(harm)}</th>
              ${QUALITY_OF_LIFE_BANDS.map((quality) => renderSquare(item, { qualityOfLife: quality, harm }, marker, state))}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${state && unplaced.length
      ? html`<div class="tray" role="group" aria-labelledby=${`item-${item.id}-tray`}>
          <span class="tray__label" id=${`item-${item.id}-tray`}>${msg('Not on the map yet:', { id: 'rhm.tray' })}</span>
          ${unplaced.map(marker)}
        </div>`
      : nothing}
    ${picked
      ? html`<div class="tray picking">
          <p class="tray__label">${msg(str`Choose a square for: ${partyLabel(picked)}`, { id: 'rhm.picking' })}</p>
          ${isPlaced(placements[picked])
            ? html`<button type="button" class="link-button" data-action="take-off">${msg('Take off the map', { id: 'rhm.take-off' })}</button>`
            : nothing}
          <button type="button" class="link-button" data-action="cancel">${msg('Cancel', { id: 'rhm.cancel' })}</button>
        </div>`
      : nothing}
  </div>`;
}

function renderSquare(item: WorkingRiskItem, square: Placed, marker: (party: Party) => unknown, state: MapState | undefined) {
  const here = PARTIES.filter((party) => {
    const placement = item.placements[party];
    return isPlaced(placement) && placement.qualityOfLife === square.qualityOfLife && placement.harm === square.harm;
  });
  const over = state?.over;
  const dropping = over?.qualityOfLife === square.qualityOfLife && over.harm === square.harm;
  return html`<td
    class=${`square square--${zoneOf(square)}${dropping ? ' square--drop' : ''}`}
    data-quality=${square.qualityOfLife}
    data-harm=${square.harm}
  >
    ${state?.picked
      ? html`<button type="button" class="target" id=${targetId(item.id, square)}>
          ${msg('Put here', { id: 'rhm.put-here' })}<span class="visually-hidden">:
            ${qualityLabel(square.qualityOfLife)}, ${harmLabel(square.harm)}</span
          >
        </button>`
      : nothing}
    ${here.map(marker)}
  </td>`;
}

function renderMarker(item: WorkingRiskItem, party: Party, state: MapState | undefined) {
  const placement = item.placements[party];
  const label = partyLabel(party);
  if (!state) return html`<span class=${`marker marker--${party}`}>${label}</span>`;
  const id = FIELD.marker(item.id, party);
  const error = state.error(party);
  return html`<button
    type="button"
    class=${`marker marker--${party}${error ? ' marker--error' : ''}`}
    id=${id}
    data-party=${party}
    aria-label=${isPlaced(placement) ? viewInWords(party, placement) : msg(str`${label}: not on the map yet`, { id: 'rhm.marker.unplaced' })}
    aria-pressed=${state.picked === party ? 'true' : 'false'}
    aria-describedby=${error ? `${id}-error ${MARKER_HINT_ID}` : MARKER_HINT_ID}
  >
    ${label}
  </button>`;
}
