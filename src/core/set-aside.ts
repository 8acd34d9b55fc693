/**
 * Answers that stop applying when an earlier answer changes — a reason for not asking, once the
 * person was asked after all — leave the record, which must not hold them, but are kept here, so
 * changing the earlier answer back brings them back. Keyed by a name the element chooses.
 */
export type SetAside = Record<string, unknown>;

/**
 * Moves `record[key]` out to `aside[asideKey]` when it stops applying, and back when it applies
 * again. A field present in the record while it applies is left alone.
 */
export function keepAside<T extends object>(
  record: T,
  key: keyof T & string,
  applies: boolean,
  aside: SetAside,
  asideKey: string = key,
): void {
  const fields = record as Record<string, unknown>;
  if (applies) {
    if (!(key in fields) && asideKey in aside) {
      fields[key] = aside[asideKey];
      delete aside[asideKey];
    }
  } else if (key in fields) {
    aside[asideKey] = fields[key];
    delete fields[key];
  }
}

/** Sets optional text, leaving the field out of the record when it is empty. */
export function setOptionalText<T extends object>(record: T, key: keyof T & string, text: string): void {
  const fields = record as Record<string, unknown>;
  if (text === '') delete fields[key];
  else fields[key] = text;
}
