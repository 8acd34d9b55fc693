import fc from 'fast-check';
import { calendarDateArbitrary, dateTimeArbitrary, textArbitrary, uuidArbitrary } from './text.js';

type Schema = Record<string, any>;

/**
 * Records generated from a published JSON Schema, as a vendor's own test data generator would
 * make them: every shape the schema allows, including `null` in optional fields. Covers the parts
 * of JSON Schema our record schemas use; anything else fails loudly.
 */
export function jsonSchemaArbitrary(root: Schema): fc.Arbitrary<unknown> {
  const defs: Record<string, Schema> = root.$defs ?? root.definitions ?? {};
  const cache = new Map<Schema, fc.Arbitrary<unknown>>();

  const build = (schema: Schema): fc.Arbitrary<unknown> => {
    const known = cache.get(schema);
    if (known) return known;
    const made = make(schema);
    cache.set(schema, made);
    return made;
  };

  const make = (schema: Schema): fc.Arbitrary<unknown> => {
    if (schema.$ref) {
      const name = String(schema.$ref).replace(/^#\/(\$defs|definitions)\//, '');
      if (!defs[name]) throw new Error(`unknown $ref ${schema.$ref}`);
      return build(defs[name]);
    }
    // draft-07 wraps a $ref that has a description beside it in a one-item allOf.
    if (schema.allOf?.length === 1) return build(schema.allOf[0]);
    if (schema.oneOf || schema.anyOf) return fc.oneof(...(schema.oneOf ?? schema.anyOf).map(build));
    if ('const' in schema) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'null':
        return fc.constant(null);
      case 'string':
        return stringFor(schema);
      case 'array':
        return arrayFor(schema);
      case 'object':
        return objectFor(schema);
      default:
        throw new Error(`no generator for ${JSON.stringify(schema).slice(0, 200)}`);
    }
  };

  const stringFor = (schema: Schema): fc.Arbitrary<string> => {
    if (schema.format === 'uuid') return uuidArbitrary();
    if (schema.format === 'date') return calendarDateArbitrary();
    if (schema.format === 'date-time') return dateTimeArbitrary();
    if (schema.pattern && schema.pattern !== '\\S') return fc.stringMatching(new RegExp(schema.pattern));
    return textArbitrary({ minLength: schema.minLength, maxLength: schema.maxLength ?? 200, nonBlank: schema.pattern === '\\S' });
  };

  const arrayFor = (schema: Schema): fc.Arbitrary<unknown[]> => {
    const minLength = schema.minItems ?? 0;
    // Records stay small enough to test many; limits on list length are checked separately.
    const maxLength = Math.min(schema.maxItems ?? 4, Math.max(minLength, 4));
    const items = build(schema.items);
    return schema.uniqueItems
      ? fc.uniqueArray(items, { minLength, maxLength, selector: (item) => JSON.stringify(item) })
      : fc.array(items, { minLength, maxLength });
  };

  const objectFor = (schema: Schema): fc.Arbitrary<Record<string, unknown>> => {
    const properties: Record<string, Schema> = schema.properties ?? {};
    const shape = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, build(property)]));
    const record = fc.record(shape, { requiredKeys: schema.required ?? [] }) as fc.Arbitrary<Record<string, unknown>>;
    const minProperties: number = schema.minProperties ?? 0;
    return minProperties ? record.filter((made) => Object.keys(made).length >= minProperties) : record;
  };

  return build(root);
}
