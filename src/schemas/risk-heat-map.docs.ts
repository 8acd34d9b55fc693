import { envelopeDocs, type RecordDocs } from './record-docs.js';
import {
  decisionSchema,
  otherPlacementSchema,
  placementSchema,
  placementsSchema,
  riskItemSchema,
} from './risk-heat-map.js';

const qualityOfLife =
  'How much the activity adds to the person’s quality of life, in this party’s view, as a band from least to most: ' +
  'makes-life-worse, little-difference, makes-life-better, makes-life-much-better. A band name, never a number.';
const harm =
  'How big the risk of harm is, in this party’s view, as a band from least to most: low, some, high. ' +
  'A band name, never a number.';

export const riskHeatMapDocs: RecordDocs = {
  title: 'msp.risk-heat-map record',
  description:
    'Activities the person wants to do, each weighed as a balance between what it adds to their quality of life and ' +
    'its risk of harm, from the view of each party: the person, the practitioner, family or carer, an advocate, ' +
    'someone else. Views are band names on two ordinal scales; there is no score. Where parties see an activity ' +
    'differently, the record shows it by holding each view as given.',
  defs: {
    RiskItem: riskItemSchema,
    Placements: placementsSchema,
    Placement: placementSchema,
    OtherPlacement: otherPlacementSchema,
    Decision: decisionSchema,
  },
  fields: {
    record: {
      ...envelopeDocs,
      items: 'The activities weighed, 1 to 50, in the order the person put them.',
    },
    RiskItem: {
      id: 'Stable for the life of the item; unique within the record.',
      activity:
        'The activity or behaviour, in the person’s own words: 1 to 500 characters, not only white space. Always free ' +
        'text, never a choice from a list.',
      benefit: 'What the activity adds to the person’s life, in their words, up to 2,000 characters.',
      harm: 'What could go wrong, up to 2,000 characters.',
      placements:
        'Where each party places the activity. One key per party, each at most once; a party who has not placed it is ' +
        'left out.',
      agreedWays: 'Ways agreed to keep the benefit and reduce the harm, up to 2,000 characters.',
      decision: 'What was decided about the activity, and who decided.',
      reviewDate: 'When the activity and decision will be looked at again: a calendar date, e.g. 2027-02-18.',
    },
    Placements: {
      person: 'The person’s own view.',
      practitioner: 'The practitioner’s view.',
      family: 'The view of family or a carer.',
      advocate: 'The advocate’s view.',
      other: 'The view of someone else, who may be named.',
    },
    Placement: { qualityOfLife, harm },
    OtherPlacement: {
      qualityOfLife,
      harm,
      who: 'Who the someone else is, up to 200 characters, e.g. a friend or a housing officer.',
    },
    Decision: {
      status: 'What was decided: supported, supported-with-changes, not-supported, or not-decided (not decided yet).',
      madeBy:
        'Who made the decision, each at most once, in the order chosen: person, practitioner, family, advocate, other. ' +
        'At least one where a decision was made, and only there.',
    },
  },
};
