import { html } from 'lit';
import { selectField } from '../../core/fields.js';
import { msg } from '../../core/locale.js';
import { HARM_BANDS, PARTIES, QUALITY_OF_LIFE_BANDS, type HarmBand, type Party, type QualityOfLifeBand } from '../../schemas/risk-heat-map.js';
import { FIELD } from './risk-heat-map.errors.js';
import { harmLabel, harmTitle, partyLabel, qualityLabel, qualityTitle } from './risk-heat-map.options.js';
import type { WorkingRiskItem } from './risk-heat-map.state.js';

/** What the element does when someone chooses a view in the table. */
export interface TableControls {
  /** The message to show for a party's placement, once it may show. */
  error(party: Party): string | undefined;
  choose(party: Party, bands: { qualityOfLife?: QualityOfLifeBand | undefined; harm?: HarmBand | undefined }): void;
}

/**
 * The same views as the map, as two choices per party: what the activity adds to life and the
 * risk of harm. It edits the same record, so a choice here moves the marker on the map and a
 * marker moved on the map shows here. The first choice for the easiest to use with a screen reader.
 */
export function renderTable(item: WorkingRiskItem, controls: TableControls) {
  const notChosen = msg('Not chosen', { id: 'rhm.not-chosen' });
  const qualityOptions = QUALITY_OF_LIFE_BANDS.map((band) => ({ value: band, label: qualityLabel(band) }));
  const harmOptions = HARM_BANDS.map((band) => ({ value: band, label: harmLabel(band) }));
  return html`<div class="table-view">
    ${PARTIES.map((party) => {
      const placement = item.placements[party];
      const error = controls.error(party);
      // One message per party, beside the band still to choose.
      const onHarm = Boolean(error && placement?.qualityOfLife && !placement.harm);
      return html`<fieldset class="fieldset party-view">
        <legend class="legend"><span class=${`marker marker--${party}`}>${partyLabel(party)}</span></legend>
        ${selectField({
          id: FIELD.quality(item.id, party),
          label: qualityTitle(),
          options: qualityOptions,
          value: placement?.qualityOfLife,
          noneLabel: notChosen,
          error: onHarm ? undefined : error,
          onSelect: (qualityOfLife) => controls.choose(party, { qualityOfLife }),
        })}
        ${selectField({
          id: FIELD.harmBand(item.id, party),
          label: harmTitle(),
          options: harmOptions,
          value: placement?.harm,
          noneLabel: notChosen,
          error: onHarm ? error : undefined,
          onSelect: (harm) => controls.choose(party, { harm }),
        })}
      </fieldset>`;
    })}
  </div>`;
}
