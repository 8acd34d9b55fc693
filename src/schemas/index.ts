/**
 * msp-elements/schemas: every record's zod schema, its TypeScript type, parse helpers and
 * migrations. No DOM and no Lit, so a server can validate exactly what the browser emitted.
 */
export * from './sac-codes.js';
export * from './limits.js';
export * from './envelope.js';
export * from './issues.js';
export * from './migrate.js';
export * from './parse.js';
export * from './outcome-capture.js';
export { recordSchemas } from './registry.js';
