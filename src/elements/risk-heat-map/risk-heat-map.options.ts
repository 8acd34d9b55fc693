import type { ChoiceOption } from '../../core/fields.js';
import { msg } from '../../core/locale.js';
import type { DecisionStatus, HarmBand, Party, QualityOfLifeBand } from '../../schemas/risk-heat-map.js';

/** The words for each party, band and decision, in the current locale. */

/** Each party as the map names it: short enough for a marker. */
export const partyLabel = (party: Party): string => {
  switch (party) {
    case 'person':
      return msg('You', { id: 'rhm.party.person' });
    case 'practitioner':
      return msg('Practitioner', { id: 'rhm.party.practitioner' });
    case 'family':
      return msg('Family or carer', { id: 'rhm.party.family' });
    case 'advocate':
      return msg('Advocate', { id: 'rhm.party.advocate' });
    case 'other':
      return msg('Someone else', { id: 'rhm.party.other' });
  }
};

export const qualityLabel = (band: QualityOfLifeBand): string => {
  switch (band) {
    case 'makes-life-worse':
      return msg('Makes life worse', { id: 'rhm.quality.worse' });
    case 'little-difference':
      return msg('Little difference', { id: 'rhm.quality.little' });
    case 'makes-life-better':
      return msg('Makes life better', { id: 'rhm.quality.better' });
    case 'makes-life-much-better':
      return msg('Makes life much better', { id: 'rhm.quality.much-better' });
  }
};

export const harmLabel = (band: HarmBand): string => {
  switch (band) {
    case 'low':
      return msg('Low risk of harm', { id: 'rhm.harm.low' });
    case 'some':
      return msg('Some risk of harm', { id: 'rhm.harm.some' });
    case 'high':
      return msg('High risk of harm', { id: 'rhm.harm.high' });
  }
};

export const decisionOptions = (): ChoiceOption<DecisionStatus>[] => [
  { value: 'supported', label: msg('Supported', { id: 'rhm.decision.supported' }) },
  { value: 'supported-with-changes', label: msg('Supported, with changes', { id: 'rhm.decision.with-changes' }) },
  { value: 'not-supported', label: msg('Not supported', { id: 'rhm.decision.not-supported' }) },
  { value: 'not-decided', label: msg('Not decided yet', { id: 'rhm.decision.not-decided' }) },
];

export const qualityTitle = () => msg('What it adds to life', { id: 'rhm.quality.title' });
export const harmTitle = () => msg('Risk of harm', { id: 'rhm.harm.title' });
