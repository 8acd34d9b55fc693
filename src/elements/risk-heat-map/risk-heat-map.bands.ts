import { HARM_BANDS, PARTIES, QUALITY_OF_LIFE_BANDS, type HarmBand, type Party, type QualityOfLifeBand } from '../../schemas/risk-heat-map.js';
import type { WorkingPlacement, WorkingPlacements } from './risk-heat-map.state.js';

/**
 * Moving along the two ordinal scales, and where the map's shading falls. Bands are only ever
 * compared by their order; nothing here is kept, emitted or shown as a number.
 */

/** A view placed on both scales. */
export interface Placed {
  qualityOfLife: QualityOfLifeBand;
  harm: HarmBand;
}

export const isPlaced = (placement: WorkingPlacement | undefined): placement is WorkingPlacement & Placed =>
  Boolean(placement?.qualityOfLife && placement.harm);

/** The parties whose view of an item is on the map, the person first. */
export const placedParties = (placements: WorkingPlacements): Party[] => PARTIES.filter((party) => isPlaced(placements[party]));

/** The band one step along a scale, or the same band at its end. */
export function step<B extends string>(bands: readonly B[], band: B, by: -1 | 1): B {
  return bands[Math.min(bands.length - 1, Math.max(0, bands.indexOf(band) + by))];
}

/** Where an arrow key moves a view: left and right along what it adds to life, up to more harm, down to less. */
export function moved(placed: Placed, key: string): Placed | undefined {
  switch (key) {
    case 'ArrowLeft':
      return { ...placed, qualityOfLife: step(QUALITY_OF_LIFE_BANDS, placed.qualityOfLife, -1) };
    case 'ArrowRight':
      return { ...placed, qualityOfLife: step(QUALITY_OF_LIFE_BANDS, placed.qualityOfLife, 1) };
    case 'ArrowUp':
      return { ...placed, harm: step(HARM_BANDS, placed.harm, 1) };
    case 'ArrowDown':
      return { ...placed, harm: step(HARM_BANDS, placed.harm, -1) };
    default:
      return undefined;
  }
}

/** The map's rows, most harm at the top. */
export const HARM_ROWS: readonly HarmBand[] = [...HARM_BANDS].reverse();

/**
 * The shading of a square: where what an activity adds to life clearly outweighs its harm, where
 * the two are close and want weighing up together, and where harm outweighs what it adds.
 */
export type Zone = 'gain' | 'balance' | 'harm';

export function zoneOf(placed: Placed): Zone {
  const lead = QUALITY_OF_LIFE_BANDS.indexOf(placed.qualityOfLife) - HARM_BANDS.indexOf(placed.harm);
  return lead >= 2 ? 'gain' : lead < 0 ? 'harm' : 'balance';
}

/** How an item's placements differ: each party against the person, and the others among themselves. */
export interface Differences {
  fromPerson: { party: Party; quality: boolean; harm: boolean }[];
  othersOnQuality: boolean;
  othersOnHarm: boolean;
}

export function differencesOf(placements: WorkingPlacements): Differences {
  const person = placements.person;
  const others = placedParties(placements).filter((party) => party !== 'person');
  const placed = others.map((party) => placements[party] as Placed);
  const differ = (key: keyof Placed) => placed.some((one) => one[key] !== placed[0][key]);
  return {
    fromPerson: isPlaced(person)
      ? others
          .map((party) => ({
            party,
            quality: placements[party]!.qualityOfLife !== person.qualityOfLife,
            harm: placements[party]!.harm !== person.harm,
          }))
          .filter((difference) => difference.quality || difference.harm)
      : [],
    othersOnQuality: differ('qualityOfLife'),
    othersOnHarm: differ('harm'),
  };
}
