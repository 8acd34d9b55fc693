/**
 * Writes dist/schemas/<name>.schema.json (JSON Schema, draft 2020-12) for every record kind in
 * `recordSchemas`, from the built zod schemas in dist/schemas/index.js. Run after rollup.
 *
 * JSON Schema cannot express the rules that relate one field to another (zod refinements): those
 * stay in the parse helpers of msp-elements/schemas, and each file's description says so.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { toJSONSchema } from 'zod/mini';

const root = new URL('..', import.meta.url);
const schemasEntry = new URL('dist/schemas/index.js', root);
if (!existsSync(schemasEntry)) {
  console.error('dist/schemas/index.js is missing: run rollup first (npm run build).');
  process.exit(1);
}

const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const { recordSchemas } = await import(schemasEntry.href);

const problems = [];
for (const [name, { kind, schema }] of Object.entries(recordSchemas)) {
  const { $schema, ...generated } = toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  const document = {
    $schema,
    $id: `${pkg.name}/schemas/${name}.schema.json`,
    title: `${kind} record`,
    description:
      `Record of kind ${kind}, as emitted by ${pkg.name} ${pkg.version}. Generated from its zod schema; ` +
      `rules that relate one field to another are checked only by parse helpers in ${pkg.name}/schemas.`,
    ...generated,
  };

  // Cheap checks that the conversion kept the shape of a record.
  if (document.type !== 'object') problems.push(`${name}: expected an object schema, got ${document.type}`);
  if (document.properties?.kind?.const !== kind) problems.push(`${name}: "kind" is not the constant "${kind}"`);

  const file = new URL(`dist/schemas/${name}.schema.json`, root);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  await writeFile(file, text);
  console.log(`wrote dist/schemas/${name}.schema.json (${kind}, ${text.length} bytes)`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
