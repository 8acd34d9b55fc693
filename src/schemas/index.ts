/**
 * msp-elements/schemas: every record's zod schema, its TypeScript type, parse helpers and
 * migrations. No DOM and no Lit, so a server can validate exactly what the browser emitted.
 */
export * from './sac-codes.js';
export * from './limits.js';
export * from './envelope.js';
export * from './issues.js';
export * from './nulls.js';
export { migrateRecord, type MigrationResult } from './migrate.js';
export * from './parse.js';
export type { Migration, RecordKind } from './record-kind.js';
export type { RecordRule } from './schema-parts.js';
export * from './outcome-capture.js';
export * from './experience-questionnaire.js';
export { outcomeCaptureV1ToV2, outcomeCaptureV2ToV3 } from './outcome-capture.migrations.js';
export { experienceQuestionnaireV1ToV2 } from './experience-questionnaire.migrations.js';
export * from './review-close.js';
export * from './review-close.link.js';
export { reviewCloseV1ToV2 } from './review-close.migrations.js';
export * from './quote-consent.js';
export { applyReview } from './review-close.apply.js';
export * from './one-page-profile.js';
export * from './risk-heat-map.js';
export { migrate, recordKinds } from './registry.js';
