import * as z from 'zod/mini';
import type { RecordDocs } from './record-docs.js';
import type { RecordKind } from './record-kind.js';
import { nonEmptyObjects, uniqueLists } from './schema-parts.js';

/**
 * Makes the published JSON Schema of a record kind from its zod schema, so the two accept the
 * same records. Used at build time only: it is not part of any browser bundle.
 */

export type JsonSchemaTarget = 'draft-2020-12' | 'draft-7';
type Node = Record<string, unknown>;

const ID_BASE = 'urn:msp-elements';

/** The absolute `$id`, carrying the record version, e.g. `urn:msp-elements:outcome-capture:v2`. */
export function jsonSchemaId(name: string, version: number, target: JsonSchemaTarget): string {
  return `${ID_BASE}:${name}:v${version}${target === 'draft-7' ? ':draft-07' : ''}`;
}

/** The published file name, e.g. `outcome-capture.schema.json` or `outcome-capture.draft-07.schema.json`. */
export function jsonSchemaFileName(name: string, target: JsonSchemaTarget): string {
  return target === 'draft-7' ? `${name}.draft-07.schema.json` : `${name}.schema.json`;
}

export function recordJsonSchema(name: string, recordKind: RecordKind, docs: RecordDocs, target: JsonSchemaTarget): Node {
  const names = z.registry<{ id: string }>();
  for (const [id, piece] of Object.entries(docs.defs)) names.add(piece, { id });

  const generated = z.toJSONSchema(recordKind.schema, {
    target,
    io: 'output',
    metadata: names,
    override: (ctx) => {
      if (uniqueLists.has(ctx.zodSchema)) ctx.jsonSchema.uniqueItems = true;
      if (nonEmptyObjects.has(ctx.zodSchema)) ctx.jsonSchema.minProperties = 1;
    },
  }) as Node;

  const problems: string[] = [];
  const defsKey = target === 'draft-7' ? 'definitions' : '$defs';
  const defs = (generated[defsKey] ?? {}) as Record<string, Node>;
  for (const id of Object.keys(docs.defs)) {
    if (!defs[id]) problems.push(`${id} is not used by the schema`);
  }
  annotate(generated, 'record', docs, problems);
  for (const [id, def] of Object.entries(defs)) {
    if (!(id in docs.defs)) problems.push(`${id} has no name in the docs`);
    annotate(def, id, docs, problems);
  }
  if (problems.length) throw new Error(`${recordKind.kind} JSON Schema: ${problems.join('; ')}`);

  const { $schema, [defsKey]: _defs, ...shape } = generated;
  return {
    $schema,
    $id: jsonSchemaId(name, recordKind.version, target),
    title: docs.title,
    description: docs.description,
    'x-msp-rules': recordKind.rules.map((rule) => ({ ...rule })),
    ...shape,
    [defsKey]: defs,
  };
}

/**
 * Walks one piece of the schema: gives every field its description, states that integer
 * constants are integers, and notes where a field does not apply.
 */
function annotate(node: unknown, piece: string, docs: RecordDocs, problems: string[]): void {
  if (Array.isArray(node)) return node.forEach((child) => annotate(child, piece, docs, problems));
  if (!node || typeof node !== 'object') return;
  const schema = node as Node;
  if (schema.type === 'number' && Number.isInteger(schema.const)) schema.type = 'integer';
  if (schema.properties && typeof schema.properties === 'object') {
    for (const [field, property] of Object.entries(schema.properties as Record<string, Node>)) {
      const description = docs.fields[piece]?.[field];
      if (!description) problems.push(`${piece}.${field} has no description`);
      else if (property.type === 'null') property.description = `${description} Does not apply here: leave it out, or null.`;
      else property.description = description;
    }
  }
  for (const key of ['properties', 'items', 'anyOf', 'oneOf', 'allOf']) {
    const child = schema[key];
    if (key === 'properties' && child) Object.values(child as Node).forEach((value) => annotate(value, piece, docs, problems));
    else if (child) annotate(child, piece, docs, problems);
  }
}
