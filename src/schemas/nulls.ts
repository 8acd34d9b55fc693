/**
 * Vendors' serialisers (Newtonsoft, Jackson and others) write `null` for a field with no value.
 * In every record, `null` in an optional field means the field is absent: the schemas accept it,
 * and the parse helpers and the elements give the record back without it.
 */

/**
 * The record's type with `null` taken out of every field: what parse helpers and elements give. A
 * field that does not apply in one shape of a record stays, typed `undefined`, so it can be read
 * from any shape.
 */
export type WithoutNulls<T> = T extends readonly (infer Item)[]
  ? WithoutNulls<Item>[]
  : T extends object
    ? { [K in keyof T]: WithoutNulls<Exclude<T[K], null>> }
    : T;

/** Deeper than any record goes; past it a value is returned as it is, so a hostile one cannot exhaust the stack. */
const MAX_DEPTH = 32;

/** A copy of a JSON value with every object property whose value is `null` left out. */
export function withoutNulls<T>(value: T, depth = 0): WithoutNulls<T> {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value as WithoutNulls<T>;
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item, depth + 1)) as WithoutNulls<T>;
  // Every record passes through here when it is loaded: keys and an index, not an array of entries.
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const item = (value as Record<string, unknown>)[keys[i]];
    if (item !== null) setOwn(copy, keys[i], withoutNulls(item, depth + 1));
  }
  return copy as WithoutNulls<T>;
}

/** Sets a property as data, even one named `__proto__`, which plain assignment would treat as the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
