import { emptyDateParts, type DateParts } from '../../core/fields.js';
import type { Loaded, RecordEnvelope } from '../../core/form-element.js';
import { keepAside, type SetAside } from '../../core/set-aside.js';
import { newId } from '../../core/time.js';
import {
  DECISIONS,
  HARM_BANDS,
  PARTIES,
  QUALITY_OF_LIFE_BANDS,
  RISK_HEAT_MAP_ITEMS,
  type DecisionStatus,
  type HarmBand,
  type Party,
  type QualityOfLifeBand,
} from '../../schemas/risk-heat-map.js';
import { asObject, code, envelopeReaders, list, object, readFields, text, UUID, type FieldReader } from '../../core/read-fields.js';

/**
 * A risk heat map as it is being edited: the record's own shape, with every answer optional until
 * it is given. A valid record is one of these as it stands.
 */
export interface WorkingRiskHeatMap extends RecordEnvelope {
  items: WorkingRiskItem[];
}

export interface WorkingRiskItem {
  id: string;
  activity: string;
  benefit?: string;
  harm?: string;
  placements: WorkingPlacements;
  agreedWays?: string;
  decision?: WorkingDecision;
  reviewDate?: string;
}

/** One party's placement: both bands once placed on the map; the table can hold one before the other. */
export interface WorkingPlacement {
  qualityOfLife?: QualityOfLifeBand;
  harm?: HarmBand;
  /** Who "someone else" is; only in the `other` placement. */
  who?: string;
}

export type WorkingPlacements = Partial<Record<Party, WorkingPlacement>>;

export interface WorkingDecision {
  status?: DecisionStatus;
  madeBy?: Party[];
}

export type Layout = 'map' | 'table';

/** What only the screen needs beside the record. Plain data, so drafts and form restore keep it. */
export interface RiskHeatMapView {
  /** Whether views are placed on a map or chosen in a table. */
  mode: Layout;
  /** Answers that stopped applying when another answer changed, kept to bring back. */
  aside: SetAside;
  /** Review dates as typed, by item id; an item missing here shows its record's date. */
  reviewDates: Record<string, DateParts>;
  /** Items whose details are open to change: those added since the record was loaded, and those opened. */
  open: string[];
}

export function newRiskHeatMapFields(): Omit<WorkingRiskHeatMap, keyof RecordEnvelope> {
  return { items: [] };
}

export function newRiskItem(): WorkingRiskItem {
  return { id: newId(), activity: '', placements: {} };
}

const newView = (aside: SetAside = {}): RiskHeatMapView => ({ mode: 'map', aside, reviewDates: {}, open: [] });

/**
 * A record to edit. A valid one is kept exactly as given. From one that failed the schema, each
 * field of the right type is kept as given, anything else is left out, and who made a decision is
 * set aside while nothing has been decided. At most a bounded number of items are read, so a
 * hostile value cannot freeze the page.
 */
export function loadRiskHeatMap(value: Record<string, unknown>, valid: boolean): Loaded<WorkingRiskHeatMap, RiskHeatMapView> {
  if (valid) return { record: value as unknown as WorkingRiskHeatMap, view: newView() };
  const record = readFields(value, recordReaders) as unknown as WorkingRiskHeatMap;
  record.items ??= [];
  const aside: SetAside = {};
  for (const item of record.items) placeDecision(item, aside);
  return { record, view: newView(aside) };
}

/** Who made a decision applies only once one is made: set aside while it is not, and brought back after. */
export function placeDecision(item: WorkingRiskItem, aside: SetAside): void {
  const decision = item.decision;
  if (decision) keepAside(decision, 'madeBy', decision.status !== 'not-decided', aside, `${item.id}.madeBy`);
}

// ——— reading a record that failed the schema ———

const placementReaders = { qualityOfLife: code(QUALITY_OF_LIFE_BANDS), harm: code(HARM_BANDS) };
const placementsReaders: Record<string, FieldReader> = Object.fromEntries(
  PARTIES.map((party) => [party, object(party === 'other' ? { ...placementReaders, who: text } : placementReaders)]),
);

const readItem = (value: unknown): WorkingRiskItem => {
  const item = readFields(value, {
    id: (id) => (typeof id === 'string' && UUID.test(id) ? id : undefined),
    activity: text,
    benefit: text,
    harm: text,
    placements: object(placementsReaders),
    agreedWays: text,
    decision: object({
      status: code(DECISIONS),
      madeBy: (list) => (Array.isArray(list) && list.every((party) => PARTIES.includes(party)) ? list : undefined),
    }),
    reviewDate: text,
  });
  item.id ??= newId();
  item.activity ??= '';
  item.placements ??= {};
  return item as unknown as WorkingRiskItem;
};

const recordReaders: Record<string, FieldReader> = {
  ...envelopeReaders,
  items: list(readItem, RISK_HEAT_MAP_ITEMS * 2),
};

/** The view from this element's own snapshot, checked field by field. */
export function reviveRiskHeatMapView(snapshot: unknown, record: WorkingRiskHeatMap): RiskHeatMapView {
  const saved = asObject(snapshot);
  const reviewDates: Record<string, DateParts> = {};
  const typed = asObject(saved.reviewDates);
  for (const item of record.items) {
    if (Object.hasOwn(typed, item.id)) {
      reviewDates[item.id] = { ...emptyDateParts(), ...readFields(typed[item.id], { day: text, month: text, year: text }) };
    }
  }
  const ids = new Set(record.items.map((item) => item.id));
  const open = Array.isArray(saved.open) ? saved.open.filter((id): id is string => ids.has(id as string)) : [];
  return { mode: saved.mode === 'table' ? 'table' : 'map', aside: asObject(saved.aside), reviewDates, open };
}

export function isEmptyRiskHeatMap(record: WorkingRiskHeatMap, view: RiskHeatMapView): boolean {
  return record.items.every(
    (item) =>
      !item.activity.trim() &&
      !item.benefit &&
      !item.harm &&
      !item.agreedWays &&
      !item.decision &&
      !item.reviewDate &&
      Object.keys(item.placements).length === 0 &&
      !Object.values(view.reviewDates[item.id] ?? {}).some(Boolean),
  );
}
