import { outcomeCaptureDocs } from './outcome-capture.docs.js';
import type { RecordDocs } from './record-docs.js';
import type { recordKinds } from './registry.js';
import { riskHeatMapDocs } from './risk-heat-map.docs.js';

/** The docs of every record kind, by the same names as `recordKinds`. */
export const recordDocs: Record<keyof typeof recordKinds, RecordDocs> = {
  'outcome-capture': outcomeCaptureDocs,
  'risk-heat-map': riskHeatMapDocs,
};
