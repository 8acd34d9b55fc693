import * as z from 'zod/mini';

/**
 * The building blocks every record schema is written with, so that each record says the same
 * things the same way in zod and in the JSON Schema generated from it: optional fields accept
 * `null` as "absent" (what vendors' serialisers write), fields that do not apply in a branch may
 * only be absent or `null`, and multiple-choice lists refuse repeats. Field descriptions live in
 * each record's `.docs.ts` file, so they reach the JSON Schema without adding to the browser bundle.
 */

/** An optional field: absent, or `null` (read as absent), or a value. */
export function optional<T extends z.ZodMiniType>(schema: T) {
  return z.optional(z.nullable(schema));
}

/** A field that does not apply in this branch of a record: absent, or `null`. */
export function absent() {
  return z.optional(z.null());
}

/** Text of at most `max` characters (Unicode code points, as JSON Schema counts them). */
export function text(max: number) {
  return z.string().check(z.maxLength(max));
}

/** Text a person wrote, which must hold at least one character that is not white space. */
export function personText(max: number) {
  return z.string().check(z.minLength(1), z.maxLength(max), z.regex(/\S/));
}

/** Lists whose items must differ; the JSON Schema marks them `uniqueItems`. */
export const uniqueLists = new WeakSet<object>();

/** A multiple-choice answer: each code at most once, in the order given; at least `min` of them. */
export function uniqueChoices<T extends readonly [string, ...string[]]>(codes: T, min = 0) {
  const list = z.array(z.enum(codes)).check(
    ...(min ? [z.minLength(min)] : []),
    z.maxLength(codes.length),
    z.refine((items) => new Set(items).size === items.length, { message: 'Each choice may appear only once' }),
  );
  uniqueLists.add(list);
  return list;
}

/** Objects that must hold at least one key; the JSON Schema marks them `minProperties: 1`. */
export const nonEmptyObjects = new WeakSet<object>();

/** An object of optional keys that must hold at least one of them. */
export function atLeastOneKey<T extends z.ZodMiniObject>(object: T) {
  const checked = object.check(
    z.refine((value) => Object.values(value as object).some((entry) => entry !== undefined), { message: 'At least one is needed' }),
  );
  nonEmptyObjects.add(checked);
  return checked;
}

/** A rule the JSON Schema cannot state, published beside it as an `x-msp-rules` annotation. */
export interface RecordRule {
  id: string;
  /** A JSON Pointer to where it applies; `*` stands for every index. */
  path: string;
  description: string;
}

/**
 * Checks that the items of the record's list `list` name different things at `key` (an id, or the
 * outcome an entry is about). It runs even when other fields failed, so every problem is reported
 * at once. A rule JSON Schema cannot state: list it in the kind's `rules`.
 */
export function uniqueIn(list: string, key: string, rule: RecordRule) {
  return z.superRefine<unknown>(
    (record, ctx) => {
      const items = (record as Record<string, unknown>)[list];
      if (!Array.isArray(items)) return;
      const seen = new Set<unknown>();
      items.forEach((item: unknown, index) => {
        const value = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
        if (value === undefined) return;
        if (seen.has(value)) {
          ctx.addIssue({ code: 'custom', path: [list, index, key], message: rule.description, params: { rule: rule.id }, input: undefined });
        }
        seen.add(value);
      });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}

/** Checks that the items of the record's list `list` hold different ids. */
export const uniqueIds = (list: string, rule: RecordRule) => uniqueIn(list, 'id', rule);
