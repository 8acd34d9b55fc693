/**
 * Generates the JSON Schemas of every record kind from its zod schema: draft 2020-12
 * (`<name>.schema.json`) and a draft-07 copy (`<name>.draft-07.schema.json`).
 *
 *   node scripts/build-json-schemas.mjs            writes dist/schemas/ (part of npm run build)
 *   node scripts/build-json-schemas.mjs --write    also rewrites the committed schemas/ folder and
 *                                                  the field tables in docs/records/<name>.md
 *   node scripts/build-json-schemas.mjs --check    exits 1 if either differs from what the source makes
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { importSource } from './import-source.mjs';
import { withFieldTables } from './records-docs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets = ['draft-2020-12', 'draft-7'];
const mode = process.argv.includes('--check') ? 'check' : process.argv.includes('--write') ? 'write' : 'dist';

// The generator runs on the TypeScript sources, bundled in memory: no build of the library needed.
const { recordJsonSchema, jsonSchemaFileName, recordKinds, recordDocs } = await importSource(`
export { recordJsonSchema, jsonSchemaFileName } from './src/schemas/json-schema.ts';
export { recordKinds } from './src/schemas/registry.ts';
export { recordDocs } from './src/schemas/docs-registry.ts';
`);

const files = new Map();
const docPages = new Map();
for (const [name, recordKind] of Object.entries(recordKinds)) {
  for (const target of targets) {
    const schema = recordJsonSchema(name, recordKind, recordDocs[name], target);
    files.set(jsonSchemaFileName(name, target), `${JSON.stringify(schema, null, 2)}\n`);
    if (target === 'draft-2020-12') {
      const page = `docs/records/${name}.md`;
      const current = await readFile(`${root}${page}`, 'utf8').catch(() => '');
      docPages.set(page, { current, expected: withFieldTables(current, schema, name) });
    }
  }
}

if (mode === 'check') {
  const committed = new Set((await readdir(new URL('schemas/', `file://${root}`)).catch(() => [])).filter((f) => f.endsWith('.json')));
  const stale = [];
  for (const [file, text] of files) {
    const current = await readFile(`${root}schemas/${file}`, 'utf8').catch(() => null);
    if (current !== text) stale.push(`schemas/${file} ${current === null ? 'is missing' : 'differs from the zod schema'}`);
    committed.delete(file);
  }
  for (const file of committed) stale.push(`schemas/${file} belongs to no record kind`);
  for (const [page, { current, expected }] of docPages) {
    if (current !== expected) stale.push(`${page}: its field tables differ from the JSON Schema`);
  }
  if (stale.length) {
    console.error(`${stale.join('\n')}\nRun npm run schemas and commit schemas/ and docs/records/.`);
    process.exit(1);
  }
  console.log(`schemas/ and docs/records/ match the zod schemas (${files.size} files, ${docPages.size} pages).`);
} else {
  const folders = mode === 'write' ? ['dist/schemas/', 'schemas/'] : ['dist/schemas/'];
  for (const folder of folders) {
    await mkdir(`${root}${folder}`, { recursive: true });
    for (const [file, text] of files) await writeFile(`${root}${folder}${file}`, text);
    console.log(`wrote ${files.size} JSON Schemas to ${folder}`);
  }
  if (mode === 'write') {
    await mkdir(`${root}docs/records/`, { recursive: true });
    for (const [page, { expected }] of docPages) await writeFile(`${root}${page}`, expected);
    console.log(`wrote the field tables of ${[...docPages.keys()].join(', ')}`);
  }
}
