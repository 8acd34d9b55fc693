import { html, nothing } from 'lit';
import { msg } from '../../core/locale.js';
import type { Party } from '../../schemas/risk-heat-map.js';
import { differencesOf, placedParties, type Placed } from './risk-heat-map.bands.js';
import { harmLabel, partyLabel, qualityLabel } from './risk-heat-map.options.js';
import type { WorkingPlacements } from './risk-heat-map.state.js';

/** Where the person and each other party see an activity differently, in whole sentences. */
function differsOnHarm(party: Party): string {
  switch (party) {
    case 'practitioner':
      return msg('You and the practitioner see the risk differently.', { id: 'rhm.differ.practitioner-harm' });
    case 'family':
      return msg('You and your family or carer see the risk differently.', { id: 'rhm.differ.family-harm' });
    case 'advocate':
      return msg('You and your advocate see the risk differently.', { id: 'rhm.differ.advocate-harm' });
    default:
      return msg('You and someone else see the risk differently.', { id: 'rhm.differ.other-harm' });
  }
}

function differsOnQuality(party: Party): string {
  switch (party) {
    case 'practitioner':
      return msg('You and the practitioner see what it adds to your life differently.', { id: 'rhm.differ.practitioner-quality' });
    case 'family':
      return msg('You and your family or carer see what it adds to your life differently.', { id: 'rhm.differ.family-quality' });
    case 'advocate':
      return msg('You and your advocate see what it adds to your life differently.', { id: 'rhm.differ.advocate-quality' });
    default:
      return msg('You and someone else see what it adds to your life differently.', { id: 'rhm.differ.other-quality' });
  }
}

/** The sentences saying where placements differ; none when they agree. */
export function differenceSentences(placements: WorkingPlacements): string[] {
  const differences = differencesOf(placements);
  const sentences: string[] = [];
  for (const { party, quality, harm } of differences.fromPerson) {
    if (harm) sentences.push(differsOnHarm(party));
    if (quality) sentences.push(differsOnQuality(party));
  }
  if (differences.othersOnHarm) {
    sentences.push(msg('The others do not all see the risk the same way.', { id: 'rhm.differ.others-harm' }));
  }
  if (differences.othersOnQuality) {
    sentences.push(
      msg('The others do not all see what it adds to your life the same way.', { id: 'rhm.differ.others-quality' }),
    );
  }
  return sentences;
}

/** One party's placement in words: "You: Makes life better, Some risk of harm". */
export const viewInWords = (party: Party, placed: Placed) =>
  `${partyLabel(party)}: ${qualityLabel(placed.qualityOfLife)}, ${harmLabel(placed.harm)}`;

/**
 * Every view of an item in words, and where they differ: the map's meaning for anyone who does not
 * see it, and the point of the tool for everyone. Shown once `fewest` placements are made.
 */
export function renderPlacementsInWords(placements: WorkingPlacements, fewest = 2) {
  const parties = placedParties(placements);
  if (parties.length < fewest || parties.length === 0) return nothing;
  const sentences = differenceSentences(placements);
  return html`<div class=${sentences.length ? 'views views--differ' : 'views'}>
    <p class="views__title">
      ${sentences.length
        ? msg('Views differ', { id: 'rhm.views.differ' })
        : parties.length > 1
          ? msg('Everyone sees this the same way.', { id: 'rhm.views.same' })
          : msg('What each person thinks', { id: 'rhm.views.list' })}
    </p>
    ${sentences.map((sentence) => html`<p>${sentence}</p>`)}
    <ul class="views__list">
      ${parties.map((party) => html`<li>${viewInWords(party, placements[party] as Placed)}</li>`)}
    </ul>
  </div>`;
}
