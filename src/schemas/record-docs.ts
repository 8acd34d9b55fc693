import type * as z from 'zod/mini';

/**
 * What the JSON Schema and docs/records.md say about a record kind. Kept apart from the schema so
 * the words reach vendors without adding to the elements' browser bundle.
 */
export interface RecordDocs {
  title: string;
  description: string;
  /** Pieces listed once under `$defs`, by name. */
  defs: Record<string, z.ZodMiniType>;
  /** Each field's description: by piece name (`record` for the top level), then field name. */
  fields: Record<string, Record<string, string>>;
}

/** The envelope every record starts with, described once for every kind. */
export const envelopeDocs: Record<string, string> = {
  kind: 'Which schema the record follows.',
  version: 'The version of that schema, an integer. A breaking change gives a new version; msp-elements/schemas migrates older versions.',
  id: 'The record’s identity, a UUID. It stays the same when the record is loaded into an element, edited and emitted again.',
  caseRef: 'The host’s reference for the case, up to 200 characters. Opaque: never interpreted. May be empty.',
  subjectRef: 'The host’s reference for the person, up to 200 characters. Opaque.',
  recordedAt: 'When the record was last edited: an ISO 8601 date and time with an offset, e.g. 2026-11-18T11:20:00+00:00.',
  recordedBy: 'The host’s reference for who last edited the record, up to 200 characters. Opaque.',
  locale: 'The language the record was made in: en-GB (English) or cy (Welsh). Showing the record in another language does not change it.',
};
