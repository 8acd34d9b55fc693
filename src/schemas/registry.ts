import type { MigrationResult } from './migrate.js';
import { migrateRecord } from './migrate.js';
import { experienceQuestionnaire } from './experience-questionnaire.js';
import { onePageProfile } from './one-page-profile.js';
import { outcomeCapture } from './outcome-capture.js';
import type { RecordKind } from './record-kind.js';
import { reviewClose } from './review-close.js';
import { riskHeatMap } from './risk-heat-map.js';

/** Every record kind, keyed by the file name its JSON Schema is published under. */
export const recordKinds = {
  'outcome-capture': outcomeCapture,
  'review-close': reviewClose,
  'experience-questionnaire': experienceQuestionnaire,
  'one-page-profile': onePageProfile,
  'risk-heat-map': riskHeatMap,
} as const satisfies Record<string, RecordKind>;

/**
 * Brings a stored record of any known kind up to the current version of that kind. Values that
 * are not records of a known kind pass through unchanged.
 */
export function migrate(input: unknown): MigrationResult {
  const kind = (input as { kind?: unknown } | null)?.kind;
  const recordKind = Object.values(recordKinds).find((candidate) => candidate.kind === kind);
  return recordKind ? migrateRecord(input, recordKind as RecordKind) : { success: true, data: input };
}
