import * as z from 'zod/mini';
import { calendarDate, envelopeShape } from './envelope.js';
import type { SafeParseResult } from './issues.js';
import { LIMITS } from './limits.js';
import type { WithoutNulls } from './nulls.js';
import { parseRecord, safeParseRecord } from './parse.js';
import type { RecordKind } from './record-kind.js';
import { absent, optional, personText, text, uniqueIds, uniqueLists, type RecordRule } from './schema-parts.js';

export const RISK_HEAT_MAP_KIND = 'msp.risk-heat-map';
export const RISK_HEAT_MAP_VERSION = 1;

/** The most activities one map holds. */
export const RISK_HEAT_MAP_ITEMS = 50;

/** Everyone whose view of an activity can be placed on the map; the person comes first. */
export const PARTIES = ['person', 'practitioner', 'family', 'advocate', 'other'] as const;

/** How much an activity adds to the person's quality of life, from least to most. Ordinal bands, never numbers. */
export const QUALITY_OF_LIFE_BANDS = ['makes-life-worse', 'little-difference', 'makes-life-better', 'makes-life-much-better'] as const;

/** How big the risk of harm is, from least to most. Ordinal bands, never numbers. */
export const HARM_BANDS = ['low', 'some', 'high'] as const;

/** What was decided about an activity, once decided. */
export const DECISIONS_MADE = ['supported', 'supported-with-changes', 'not-supported'] as const;

/** What was decided about an activity, including that nothing has been decided yet. */
export const DECISIONS = [...DECISIONS_MADE, 'not-decided'] as const;

/** Rules the JSON Schema cannot state; published in it as `x-msp-rules` and checked by the zod schema. */
export const RISK_HEAT_MAP_RULES: readonly RecordRule[] = [
  {
    id: 'unique-item-ids',
    path: '/items/*/id',
    description: 'No two items in one record have the same id.',
  },
];

// ——— placements: one per party, keyed by party, so no party can place an item twice ———

const placementFields = {
  qualityOfLife: z.enum(QUALITY_OF_LIFE_BANDS),
  harm: z.enum(HARM_BANDS),
};

export const placementSchema = z.strictObject(placementFields);

/** The view of someone who is not the person, a practitioner, family or carer, or an advocate: who they are is said here. */
export const otherPlacementSchema = z.strictObject({ ...placementFields, who: optional(text(LIMITS.refLength)) });

export const placementsSchema = z.strictObject({
  person: optional(placementSchema),
  practitioner: optional(placementSchema),
  family: optional(placementSchema),
  advocate: optional(placementSchema),
  other: optional(otherPlacementSchema),
});

// ——— the decision: who made it only once it is made ———

/** The parties who made a decision: at least one, each at most once, in the order chosen. */
function decisionMakers() {
  const list = z.array(z.enum(PARTIES)).check(
    z.minLength(1),
    z.maxLength(PARTIES.length),
    z.refine((items) => new Set(items).size === items.length, { message: 'Each choice may appear only once' }),
  );
  uniqueLists.add(list);
  return list;
}

export const decisionSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.enum(DECISIONS_MADE), madeBy: decisionMakers() }),
  z.strictObject({ status: z.literal('not-decided'), madeBy: absent() }),
]);

// ——— items and the record ———

export const riskItemSchema = z.strictObject({
  id: z.uuid(),
  activity: personText(LIMITS.shortTextLength),
  benefit: optional(text(LIMITS.wordsLength)),
  harm: optional(text(LIMITS.wordsLength)),
  placements: placementsSchema,
  agreedWays: optional(text(LIMITS.wordsLength)),
  decision: decisionSchema,
  reviewDate: optional(calendarDate()),
});

export const riskHeatMapSchema = z
  .strictObject({
    ...envelopeShape(RISK_HEAT_MAP_KIND, RISK_HEAT_MAP_VERSION),
    items: z.array(riskItemSchema).check(z.minLength(1), z.maxLength(RISK_HEAT_MAP_ITEMS)),
  })
  .check(uniqueIds('items', RISK_HEAT_MAP_RULES[0]));

export type RiskHeatMapRecord = WithoutNulls<z.output<typeof riskHeatMapSchema>>;
export type RiskItem = WithoutNulls<z.output<typeof riskItemSchema>>;
export type Placement = z.output<typeof placementSchema>;
export type Placements = WithoutNulls<z.output<typeof placementsSchema>>;
export type Decision = WithoutNulls<z.output<typeof decisionSchema>>;
export type Party = (typeof PARTIES)[number];
export type QualityOfLifeBand = (typeof QUALITY_OF_LIFE_BANDS)[number];
export type HarmBand = (typeof HARM_BANDS)[number];
export type DecisionStatus = (typeof DECISIONS)[number];

/** The risk heat map record kind: its schema, version, migrations and rules. */
export const riskHeatMap: RecordKind<z.output<typeof riskHeatMapSchema>> = {
  kind: RISK_HEAT_MAP_KIND,
  version: RISK_HEAT_MAP_VERSION,
  schema: riskHeatMapSchema,
  migrations: {},
  rules: RISK_HEAT_MAP_RULES,
};

export const safeParseRiskHeatMap = (input: unknown): SafeParseResult<RiskHeatMapRecord> => safeParseRecord(riskHeatMap, input);

/** Returns the valid, current-version record or throws a `RecordParseError`. */
export const parseRiskHeatMap = (input: unknown): RiskHeatMapRecord => parseRecord(riskHeatMap, input);
