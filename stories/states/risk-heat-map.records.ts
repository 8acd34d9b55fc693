import type { RiskHeatMapRecord, RiskItem } from '../../src/schemas/risk-heat-map.js';

/** Example risk heat maps, drawn from the kinds of choices in the MSP 2013/14 report. Names are invented. */

const envelope = {
  kind: 'msp.risk-heat-map',
  version: 1,
  caseRef: 'SG-2026-0412',
  recordedAt: '2026-11-18T11:20:00+00:00',
  locale: 'en-GB',
} as const;

export const shopsItem: RiskItem = {
  id: '3d4e5f60-7182-4d9e-8f0a-1b2c3d4e5f60',
  activity: 'Going to the shops on my own.',
  benefit: 'I choose my own food and I see people I know.',
  harm: 'I could fall on the hill, or get lost if it is dark.',
  placements: {
    person: { qualityOfLife: 'makes-life-much-better', harm: 'low' },
    practitioner: { qualityOfLife: 'makes-life-much-better', harm: 'some' },
  },
  agreedWays: 'Go in the daytime. Take my phone. The shop will ring my daughter if I seem unwell.',
  decision: { status: 'supported-with-changes', madeBy: ['person', 'practitioner'] },
  reviewDate: '2027-02-18',
};

/** Joyce: one activity, with her own view and the practitioner's. */
export const joyceMapRecord: RiskHeatMapRecord = {
  ...envelope,
  id: '8b3f4e5d-6c7a-4182-9c9d-0e1f2a3b4c5d',
  subjectRef: 'P-88121',
  recordedBy: 'SW-017',
  items: [shopsItem],
};

/** Susi: several activities, where she and the practitioner see the risks differently. */
export const susiMapRecord: RiskHeatMapRecord = {
  ...envelope,
  id: '9c4a5f6e-7d8b-4293-8d0e-1f2a3b4c5d6e',
  caseRef: 'SG-2026-0388',
  items: [
    {
      id: '4e5f6071-8293-4eaf-9a1b-2c3d4e5f6071',
      activity: 'Seeing my boyfriend at weekends.',
      benefit: 'He is my boyfriend and I love him. I do not want to be lonely.',
      harm: 'He has hurt me before when he was drunk.',
      placements: {
        person: { qualityOfLife: 'makes-life-much-better', harm: 'some' },
        practitioner: { qualityOfLife: 'makes-life-better', harm: 'high' },
        advocate: { qualityOfLife: 'makes-life-much-better', harm: 'some' },
      },
      agreedWays: 'Meet in town, not at his flat. Keep my phone charged. Text my advocate when I get home.',
      decision: { status: 'supported-with-changes', madeBy: ['person'] },
      reviewDate: '2027-01-10',
    },
    {
      id: '5f607182-93a4-4fb0-8b2c-3d4e5f607182',
      activity: 'Looking after my own money.',
      benefit: 'It is my money. I want to choose what I buy.',
      harm: 'People have asked me for money and I gave it to them.',
      placements: {
        person: { qualityOfLife: 'makes-life-better', harm: 'low' },
        practitioner: { qualityOfLife: 'makes-life-better', harm: 'some' },
        family: { qualityOfLife: 'little-difference', harm: 'high' },
      },
      decision: { status: 'not-decided' },
    },
    {
      id: '60718293-a4b5-4c01-9c3d-4e5f60718293',
      activity: 'Going to the Friday disco at the day centre.',
      benefit: 'I see all my friends and I dance.',
      placements: {
        person: { qualityOfLife: 'makes-life-much-better', harm: 'low' },
        practitioner: { qualityOfLife: 'makes-life-much-better', harm: 'low' },
      },
      decision: { status: 'supported', madeBy: ['person', 'practitioner'] },
    },
  ],
};

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const qualities = ['makes-life-worse', 'little-difference', 'makes-life-better', 'makes-life-much-better'] as const;
const harms = ['low', 'some', 'high'] as const;

/** A map of `count` activities, each placed by the person and the practitioner, as a long review builds up. */
export function manyItemsRecord(count: number): RiskHeatMapRecord {
  return {
    ...envelope,
    id: '0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b',
    items: Array.from({ length: count }, (_, i) => ({
      id: uuid(i + 1),
      activity: `Activity ${i + 1}: doing something that matters to me, my way.`,
      benefit: 'It keeps me going and I see people.',
      harm: 'Something could go wrong.',
      placements: {
        person: { qualityOfLife: qualities[(i + 3) % 4], harm: harms[i % 3] },
        practitioner: { qualityOfLife: qualities[(i + 2) % 4], harm: harms[(i + 1) % 3] },
      },
      decision: { status: 'not-decided' as const },
    })),
  };
}
