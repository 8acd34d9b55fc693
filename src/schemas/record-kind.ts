import type * as z from 'zod/mini';
import type { RecordRule } from './schema-parts.js';

/** Turns a record of one version into the next version of the same kind. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/** Everything the library knows about one kind of record. */
export interface RecordKind<T = unknown> {
  /** The record's `kind`, e.g. `msp.outcome-capture`. */
  kind: string;
  /** The current version. */
  version: number;
  /** The zod schema of the current version. */
  schema: z.ZodMiniType<T>;
  /** `migrations[n]` turns version n into version n + 1. */
  migrations: Readonly<Record<number, Migration>>;
  /** Rules the JSON Schema cannot state. */
  rules: readonly RecordRule[];
}
