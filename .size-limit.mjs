/**
 * What `npm run size` (size-limit with @size-limit/file) measures: the built files as served,
 * gzipped at level 9, each held to its budget in scripts/budgets.mjs, or to the ceiling of a known
 * overage listed there. The entries come from the build, never from a list kept by hand:
 *
 * - the CDN build, through dist/cdn/manifest.json: the loader, the shared chunk, each element's
 *   own chunk, what a page showing one element downloads (the loader and every chunk the element
 *   needs up front, from the chunk graph), in English and in Welsh, all elements together, the
 *   Welsh chunks and the per-element entries;
 * - the npm entries of package.json "exports", bundled by esbuild as an application would
 *   (scripts/size-npm-bundles.mjs), and msp-elements/aggregate on its own, without the record
 *   schemas and zod it shares with the elements.
 *
 * Runs `npm run build` first if dist/ is incomplete. size-limit prints kB of 1,000 bytes; the
 * budgets, and the names below, are in KiB (1,024 bytes), which the docs write KB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, DESIGNED_ELEMENTS, KB, KNOWN_OVERAGES, elementChunkBudget, pageBudget } from './scripts/budgets.mjs';
import { elementNames, kindOf, projectRoot as root, tagOf } from './scripts/elements.mjs';
import { bundleUpFront, npmEntries, withoutSchemas } from './scripts/size-npm-bundles.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifestFile = join(root, 'dist/cdn/manifest.json');
const entries = npmEntries(pkg);

const distIsComplete = () => existsSync(manifestFile) && entries.every(([, file]) => existsSync(join(root, file)));
if (!distIsComplete()) {
  console.log('dist/ is missing or incomplete: running npm run build first.\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !distIsComplete()) throw new Error('The build failed; no sizes to report.');
}

const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const kib = (bytes) => `${+(bytes / KB).toFixed(2)} KiB`;
const EXPLAIN = '`npm run size:explain` shows what each chunk is made of.';

/**
 * One size-limit entry: `files` gzipped one by one and summed. With a budget, the limit is the
 * budget, or the ceiling of `known` (a KNOWN_OVERAGES entry), and the name says which.
 */
function entry(name, files, budget, known) {
  const check = { name: `${name}: no budget`, path: [...new Set(files)], gzip: true };
  if (budget === undefined) return check;
  if (!known) {
    return { ...check, name: `${name}: budget ${kib(budget)}`, limit: kib(budget), message: `Over its budget (scripts/budgets.mjs). ${EXPLAIN}` };
  }
  return {
    ...check,
    name: `${name}: budget ${kib(budget)}, known overage held to its ceiling of ${kib(known.ceiling)}`,
    limit: kib(known.ceiling),
    message: `Past the ceiling of a known overage (scripts/budgets.mjs KNOWN_OVERAGES): ${known.why}. ${EXPLAIN}`,
  };
}

const cdn = (file) => `dist/cdn/${file}`;
const checks = [];

checks.push(entry(`loader (${manifest.loader})`, [cdn(manifest.loader)], BUDGETS.loader, KNOWN_OVERAGES.loader));
checks.push(entry(`shared chunk (${manifest.shared})`, [cdn(manifest.shared)], BUDGETS.shared, KNOWN_OVERAGES.shared));

const built = elementNames().filter((name) => manifest.elements[name]);
const named = [...DESIGNED_ELEMENTS.filter((name) => built.includes(name)), ...built.filter((name) => !DESIGNED_ELEMENTS.includes(name))];
for (const name of named) {
  const { chunk } = manifest.elements[name];
  checks.push(entry(`<${tagOf(name)}> own chunk (${chunk})`, [cdn(chunk)], elementChunkBudget(name), KNOWN_OVERAGES[`elementChunk:${name}`]));
}

/** The loader and every chunk a page showing only this element downloads; in Welsh, its translations too. */
const pageFiles = (name, locale) => {
  const files = [manifest.loader, ...manifest.elements[name].upFront];
  if (locale) files.push(manifest.translations.common?.[locale], manifest.translations[name]?.[locale]);
  return files.filter(Boolean).map(cdn);
};
const chunkCount = (files) => `loader + ${files.length - 1} chunks`;

for (const name of named) {
  const files = pageFiles(name);
  const known = KNOWN_OVERAGES[`pageWithOnly:${name}`];
  checks.push(entry(`English page showing only <${tagOf(name)}> (${chunkCount(files)})`, files, pageBudget(name), known));
}
for (const name of named) {
  const files = pageFiles(name, 'cy');
  const english = KNOWN_OVERAGES[`pageWithOnly:${name}`];
  // A Welsh page may add BUDGETS.welshPage to its English page's budget, or to its ceiling.
  const known =
    KNOWN_OVERAGES[`welshPageWithOnly:${name}`] ??
    (english && { ceiling: english.ceiling + BUDGETS.welshPage, why: `its English page is a known overage: ${english.why}` });
  checks.push(entry(`Welsh page showing only <${tagOf(name)}> (${chunkCount(files)})`, files, pageBudget(name) + BUDGETS.welshPage, known));
}

const missing = DESIGNED_ELEMENTS.filter((name) => !manifest.elements[name]);
const allFiles = [manifest.loader, ...Object.values(manifest.elements).flatMap((element) => element.upFront)].map(cdn);
const allName = `all six elements (${6 - missing.length} of 6 built${missing.length ? `; not yet: ${missing.join(', ')}` : ''})`;
checks.push(entry(allName, allFiles, BUDGETS.allElements, KNOWN_OVERAGES.allElements));
const forms = built.filter((name) => kindOf(name) === 'form');
const formFiles = [manifest.loader, ...forms.flatMap((name) => manifest.elements[name].upFront)].map(cdn);
checks.push(entry(`all ${forms.length} forms`, formFiles, BUDGETS.allForms, KNOWN_OVERAGES.allForms));

for (const [scope, locales] of Object.entries(manifest.translations).sort()) {
  for (const [locale, file] of Object.entries(locales)) checks.push(entry(`Welsh chunk, ${locale}: ${scope} (${file})`, [cdn(file)]));
}
for (const name of built) {
  checks.push(entry(`per-element entry ${manifest.elements[name].entry}, then its chunks`, [cdn(manifest.elements[name].entry)]));
}

for (const [subpath, file] of entries) {
  const files = await bundleUpFront(root, file, join('build/size', subpath.replaceAll('/', '+')));
  checks.push(entry(`${subpath}, bundled with its dependencies by esbuild`, files));
}
const aggregate = `${pkg.name}/aggregate`;
const aggregateFiles = await bundleUpFront(root, pkg.exports['./aggregate'].default, 'build/size/aggregate-on-its-own', [withoutSchemas]);
checks.push(entry(`${aggregate} on its own (the record schemas and zod left out)`, aggregateFiles, BUDGETS.aggregate, KNOWN_OVERAGES.aggregate));

export default checks;
