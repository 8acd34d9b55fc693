import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, notAnswered } from '../../core/common-messages.js';
import { msg } from '../../core/locale.js';
import { PARTIES } from '../../schemas/risk-heat-map.js';
import { renderPlacementsInWords } from './risk-heat-map.differences.js';
import { renderMap, renderZoneLegend } from './risk-heat-map.map.js';
import { decisionOptions, partyLabel } from './risk-heat-map.options.js';
import {
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
import type { WorkingRiskHeatMap, WorkingRiskItem } from './risk-heat-map.state.js';

const row = (key: string, value: TemplateResult | string | undefined) =>
  html`<div class="summary-list__row">
    <dt>${key}</dt>
    <dd>${value ? html`<span class="words">${value}</span>` : notAnswered()}</dd>
  </div>`;

/**
 * The map as a person reads it: the read-only view, and what prints. Every word is shown as
 * text, never as HTML; each map is a picture with no controls, and every view on it is also
 * written out, with where views differ, so the page reads the same in greyscale.
 */
export function renderRiskHeatMapSummary(record: WorkingRiskHeatMap) {
  const placed = record.items.some((item) => Object.keys(item.placements).length > 0);
  return html`<h2 class="heading-m">${itemsHeading()}</h2>
    ${placed ? renderZoneLegend() : nothing}
    ${record.items.length
      ? html`<ol class="panel-list">
          ${record.items.map((item, index) => renderItem(item, index + 1))}
        </ol>`
      : html`<p class="body">${msg('Nothing written down.', { id: 'rhm.summary.none' })}</p>`}`;
}

/**
 * What was decided about an item, and by whom: the short form of its details. (The date to look at
 * it again is in the details: dates are written out with Intl, whose first use costs a page tens of
 * milliseconds, which fifty short forms should not pay.)
 */
export function renderDecided(item: WorkingRiskItem) {
  return html`<dl class="summary-list">${decidedRows(item)}</dl>`;
}

function decidedRows(item: WorkingRiskItem) {
  const decision = item.decision;
  const decided = decisionOptions().find((option) => option.value === decision?.status)?.label;
  const madeBy = PARTIES.filter((party) => decision?.madeBy?.includes(party)).map(partyLabel);
  return html`${row(decisionQuestion(), decided)}
  ${decision && decision.status !== 'not-decided' ? row(madeByQuestion(), madeBy.join(', ')) : nothing}`;
}

function renderItem(item: WorkingRiskItem, number: number) {
  const onMap = PARTIES.some((party) => item.placements[party]);
  return html`<li class="item" part="item">
    <h3 class="heading-s">${itemHeading(number)}</h3>
    <p class="words item__activity">${item.activity || notAnswered()}</p>
    <dl class="summary-list">
      ${row(benefitQuestion(), item.benefit)} ${row(harmQuestion(), item.harm)}
    </dl>
    <h4 class="heading-s">${placementsHeading()}</h4>
    ${renderMap(item, number)}
    ${onMap ? renderPlacementsInWords(item.placements, 1) : html`<p class="body">${msg('No one has put this on the map yet.', { id: 'rhm.summary.not-placed' })}</p>`}
    <dl class="summary-list">
      ${item.placements.other ? row(otherWhoQuestion(), item.placements.other.who) : nothing}
      ${row(agreedWaysQuestion(), item.agreedWays)} ${decidedRows(item)}
      ${row(reviewDateQuestion(), item.reviewDate ? formatDate(item.reviewDate) : undefined)}
    </dl>
  </li>`;
}
