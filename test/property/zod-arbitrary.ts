import fc from 'fast-check';
import type * as z from 'zod/mini';
import { uniqueLists } from '../../src/schemas/schema-parts.js';
import { calendarDateArbitrary, dateTimeArbitrary, textArbitrary, uuidArbitrary } from './text.js';

interface Def {
  type: string;
  [key: string]: any;
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Def[] => (def.checks ?? []).map((check: { _zod: { def: Def } }) => check._zod.def);

/**
 * Records made from a zod schema's own description, independently of the JSON Schema: each
 * branch, each optional field present or absent (or null), each code. Refinements the structure
 * does not show (unique ids) are left to the caller to filter on.
 */
export function zodArbitrary(schema: z.ZodMiniType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'literal':
      return fc.constantFrom(...def.values);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'null':
      return fc.constant(null);
    case 'nullable':
      return fc.oneof(zodArbitrary(def.innerType), fc.constant(null));
    case 'union':
      return fc.oneof(...(def.options as z.ZodMiniType[]).map(zodArbitrary));
    case 'string':
      return stringFor(def);
    case 'array':
      return arrayFor(schema, def);
    case 'object':
      return objectFor(def);
    default:
      throw new Error(`no generator for zod type ${def.type}`);
  }
}

function stringFor(def: Def): fc.Arbitrary<string> {
  if (def.format === 'uuid') return uuidArbitrary();
  if (def.format === 'date') return calendarDateArbitrary();
  if (def.format === 'datetime') return dateTimeArbitrary();
  const checks = checksOf(def);
  const pattern = checks.find((check) => check.format === 'regex' && String(check.pattern) !== String(/\S/))?.pattern;
  if (pattern) return fc.stringMatching(pattern);
  const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
  const maxLength = checks.find((check) => check.check === 'max_length')?.maximum ?? 200;
  const nonBlank = checks.some((check) => check.check === 'string_format' && String(check.pattern) === String(/\S/));
  return textArbitrary({ minLength, maxLength, nonBlank });
}

function arrayFor(schema: z.ZodMiniType, def: Def): fc.Arbitrary<unknown[]> {
  const checks = checksOf(def);
  const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
  const maxLength = Math.min(checks.find((check) => check.check === 'max_length')?.maximum ?? 4, Math.max(minLength, 4));
  const items = zodArbitrary(def.element);
  return uniqueLists.has(schema)
    ? fc.uniqueArray(items, { minLength, maxLength, selector: (item) => JSON.stringify(item) })
    : fc.array(items, { minLength, maxLength });
}

function objectFor(def: Def): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape as Record<string, z.ZodMiniType>;
  const requiredKeys = Object.keys(shape).filter((key) => defOf(shape[key]).type !== 'optional');
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => {
      const fieldDef = defOf(field);
      return [key, zodArbitrary(fieldDef.type === 'optional' ? fieldDef.innerType : field)];
    }),
  );
  return fc.record(fields, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
}
