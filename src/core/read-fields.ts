/**
 * Reading as much of a record as the form can show from a value that failed the schema: each
 * field of the right type is kept exactly as given, in the order given, and anything else is left
 * out. An element describes its record as readers, field by field; these are the pieces.
 */

export type Loose = Record<string, unknown>;

/** Reads one field: the value to keep, or undefined to leave the field out. */
export type FieldReader = (value: unknown) => unknown;

export const asObject = (value: unknown): Loose =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};

export const isText = (value: unknown): value is string => typeof value === 'string';

/** Text, as given. */
export const text: FieldReader = (value) => (isText(value) ? value : undefined);

/** One of a list of codes. */
export const code =
  <T extends string>(codes: readonly T[]): FieldReader =>
  (value) =>
    codes.includes(value as T) ? value : undefined;

/** A list whose every item is one of the codes, as given (order and repeats kept, for the schema to judge). */
export const codeList =
  <T extends string>(codes: readonly T[]): FieldReader =>
  (value) =>
    Array.isArray(value) && value.every((item) => codes.includes(item as T)) ? value : undefined;

/** A list, each item read by `item`, at most `limit` of them so a hostile value cannot freeze the page. */
export const list =
  (item: (value: unknown) => unknown, limit: number): FieldReader =>
  (value) =>
    Array.isArray(value) ? value.slice(0, limit).map(item) : undefined;

/** An object, each field read by its reader. */
export const object =
  (readers: Record<string, FieldReader>): FieldReader =>
  (value) =>
    value && typeof value === 'object' && !Array.isArray(value) ? readFields(value, readers) : undefined;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps each field whose reader accepts it, as read, in the order given; leaves out the rest. */
export function readFields(value: unknown, readers: Record<string, FieldReader>): Loose {
  const out: Loose = {};
  for (const [key, field] of Object.entries(asObject(value))) {
    const read = Object.hasOwn(readers, key) ? readers[key](field) : undefined;
    if (read !== undefined) out[key] = read;
  }
  return out;
}

/** Adds the fields a draft needs that a value lacked, after the ones it had. */
export function withDefaults<T extends Loose>(read: Loose, defaults: T): T {
  for (const [key, value] of Object.entries(defaults)) if (!(key in read)) read[key] = value;
  return read as T;
}

/** The envelope every record starts with (the base makes good what is missing). */
export const envelopeReaders: Record<string, FieldReader> = {
  kind: text,
  version: (version) => (typeof version === 'number' ? version : undefined),
  id: text,
  caseRef: text,
  subjectRef: text,
  recordedAt: text,
  recordedBy: text,
  locale: code(['en-GB', 'cy']),
};

/**
 * Reading by example: `shape` is the record with an example value of the right JSON type in each
 * field, and one example item in each list. Each field of `value` whose type matches is kept, in
 * the order given; a list item is kept only if it has its first field (what it is about, or its
 * id). At most `limit` items of a list are read.
 */
export function keepByExample(value: unknown, shape: unknown, limit: number): unknown {
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return undefined;
    const first = Object.keys(shape[0] ?? {})[0];
    return value
      .slice(0, limit)
      .map((item) => keepByExample(item, shape[0], limit))
      .filter((item) => item !== undefined && (!first || (item as Loose)[first] !== undefined));
  }
  if (shape && typeof shape === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const kept: Loose = {};
    for (const [key, field] of Object.entries(value)) {
      const read = Object.hasOwn(shape, key) ? keepByExample(field, (shape as Loose)[key], limit) : undefined;
      if (read !== undefined) kept[key] = read;
    }
    return kept;
  }
  return typeof value === typeof shape ? value : undefined;
}
