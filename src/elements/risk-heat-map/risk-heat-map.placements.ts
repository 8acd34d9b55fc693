import type { SetAside } from '../../core/set-aside.js';
import type { HarmBand, Party, QualityOfLifeBand } from '../../schemas/risk-heat-map.js';
import type { WorkingPlacement, WorkingRiskItem } from './risk-heat-map.state.js';

const whoKey = (item: string) => `${item}.other.who`;

/**
 * Sets a party's bands, from the map (both at once) or the table (one at a time; `undefined`
 * clears one). A party with neither band leaves the record; who "someone else" is goes aside with
 * their view and comes back when they are placed again. Each change makes new placement objects.
 */
export function setPlacement(
  item: WorkingRiskItem,
  party: Party,
  bands: { qualityOfLife?: QualityOfLifeBand | undefined; harm?: HarmBand | undefined },
  aside: SetAside,
): void {
  const placement: WorkingPlacement = { ...item.placements[party] };
  for (const [band, value] of Object.entries(bands) as [keyof typeof bands, string | undefined][]) {
    if (value) (placement as Record<string, string>)[band] = value;
    else delete placement[band];
  }
  const placements = { ...item.placements };
  item.placements = placements;
  if (!placement.qualityOfLife && !placement.harm) {
    if (placement.who !== undefined) aside[whoKey(item.id)] = placement.who;
    delete placements[party];
    return;
  }
  const who = aside[whoKey(item.id)];
  if (party === 'other' && placement.who === undefined && typeof who === 'string') {
    placement.who = who;
    delete aside[whoKey(item.id)];
  }
  placements[party] = placement;
}
