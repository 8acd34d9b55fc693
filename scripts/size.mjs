/**
 * Prints what the built files cost a page, minified and gzipped (level 9), beside the budgets in
 * scripts/budgets.mjs.
 *
 * - The CDN build, file by file as served (read through dist/cdn/manifest.json): the loader, the
 *   shared chunk, each element's own chunk, what a page showing one element downloads, all
 *   elements together, and the Welsh chunks (loaded only on a Welsh page; no budget).
 * - npm entries (from package.json "exports"), for information: the built dist/ file bundled with
 *   everything it imports by esbuild, as an application's bundler would.
 *
 * With --check (`npm run size:check`), exits 1 when a figure is over its budget, unless it is
 * listed in KNOWN_OVERAGES (scripts/budgets.mjs) and still within the ceiling written there.
 * Builds first if dist/ is incomplete. `npm run size:explain` shows what each chunk is made of.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BUDGETS, DESIGNED_ELEMENTS, KB, KNOWN_OVERAGES, elementChunkBudget } from './budgets.mjs';
import { elementNames, projectRoot as root, tagOf } from './elements.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cdnDir = join(root, 'dist/cdn');
const manifestFile = join(cdnDir, 'manifest.json');

/** The JavaScript entries of the exports map, e.g. ['msp-elements/classes', './dist/classes.js']. */
const npmEntries = Object.entries(pkg.exports)
  .map(([subpath, target]) => [subpath, typeof target === 'string' ? target : target.default])
  .filter(([subpath, target]) => !subpath.includes('*') && target?.endsWith('.js'))
  .map(([subpath, target]) => [subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, target]);

const distIsComplete = () =>
  npmEntries.every(([, target]) => existsSync(join(root, target))) && existsSync(manifestFile);

if (!distIsComplete()) {
  console.log('dist/ is missing or incomplete: running npm run build first.\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !distIsComplete()) {
    console.error('The build failed; no sizes to report.');
    process.exit(1);
  }
}

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const measure = (bytes) => ({ min: bytes.length, gzip: gzipSize(bytes) });
const cdnFile = (file) => measure(readFileSync(join(cdnDir, file)));
const sum = (sizes) => sizes.reduce((total, size) => ({ min: total.min + size.min, gzip: total.gzip + size.gzip }), { min: 0, gzip: 0 });
const cdnFiles = (files) => sum([...new Set(files)].map(cdnFile));

const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const built = elementNames();
const rows = [];
const section = (title) => rows.push({ title });
const row = (name, size, budget, key) => rows.push({ name, size, budget, known: key && KNOWN_OVERAGES[key] });
const notBuilt = (name) => rows.push({ name, note: 'not yet built' });

section(`CDN: dist/cdn/, ${pkg.name} ${manifest.version}`);
row(`loader (${manifest.loader})`, cdnFile(manifest.loader), BUDGETS.loader);
row(`shared chunk (${manifest.shared})`, cdnFile(manifest.shared), BUDGETS.shared, 'shared');
for (const name of DESIGNED_ELEMENTS) {
  const element = manifest.elements[name];
  if (element) row(`<${tagOf(name)}> own chunk`, cdnFile(element.chunk), elementChunkBudget(name), `elementChunk:${name}`);
  else notBuilt(`<${tagOf(name)}> own chunk`);
}
for (const name of built.filter((n) => !DESIGNED_ELEMENTS.includes(n))) {
  row(`<${tagOf(name)}> own chunk`, cdnFile(manifest.elements[name].chunk), elementChunkBudget(name), `elementChunk:${name}`);
}

section('What a page downloads (English; Welsh adds the chunks below)');
// Every element's page, with a budget where the design sets one.
const pageNames = [...new Set([...Object.keys(BUDGETS.pageWithOnly), ...DESIGNED_ELEMENTS])];
for (const name of pageNames) {
  const budget = BUDGETS.pageWithOnly[name];
  const element = manifest.elements[name];
  const label = `a page showing only <${tagOf(name)}>: loader + ${element ? element.upFront.length : '…'} chunks`;
  if (element) row(label, cdnFiles([manifest.loader, ...element.upFront]), budget, `pageWithOnly:${name}`);
  else notBuilt(label);
}
const missing = DESIGNED_ELEMENTS.filter((name) => !manifest.elements[name]);
const allFiles = [manifest.loader, ...Object.values(manifest.elements).flatMap((element) => element.upFront)];
row(`all six elements (${6 - missing.length} of 6 built)`, cdnFiles(allFiles), BUDGETS.allElements, 'allElements');
if (missing.length) rows.push({ name: `  not yet built: ${missing.join(', ')}`, note: '' });

section('Loaded only on a Welsh page, per element (no budget)');
for (const [scope, locales] of Object.entries(manifest.translations).sort()) {
  for (const [locale, file] of Object.entries(locales)) row(`${locale}: ${scope} (${file})`, cdnFile(file));
}
section('Per-element entries, for pages that name what they load (each then loads its chunks)');
for (const name of built) row(manifest.elements[name].entry, cdnFile(manifest.elements[name].entry));

/** Leaves the record schemas (shared with the elements) and zod out of a bundle, to measure what an entry adds. */
const withoutSchemas = {
  name: 'without-schemas',
  setup(build) {
    build.onResolve({ filter: /\/schemas\/|^zod/ }, ({ path }) => ({ path, external: true }));
  },
};

/** Bundles one npm entry in memory as an application would; returns what loads up front. */
async function measureNpmEntry(file, plugins = []) {
  const result = await build({
    plugins,
    absWorkingDir: root,
    entryPoints: [join(root, file)],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    outdir: join(root, '.size-out'),
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const contents = new Map(result.outputFiles.map((out) => [relative(root, out.path), out.contents]));
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((out) => outputs[out].entryPoint);
  const upFront = new Set();
  const visit = (out) => {
    if (upFront.has(out)) return;
    upFront.add(out);
    for (const imported of outputs[out].imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryOut);
  return sum([...upFront].map((out) => measure(contents.get(out))));
}

section('npm entries, bundled with their dependencies by esbuild (for information)');
for (const [name, file] of npmEntries) row(name, await measureNpmEntry(file));
row(`${pkg.name}/aggregate on its own (the record schemas and zod left out)`, await measureNpmEntry(pkg.exports['./aggregate'].default, [withoutSchemas]), BUDGETS.aggregate);

// ——— the table ———
const formatBytes = (n) => n.toLocaleString('en-GB');
const formatKb = (n) => `${(n / KB).toFixed(1)} KB`;
const over = rows.filter((r) => r.budget !== undefined && r.size.gzip > r.budget);
/** Over budget and not listed in KNOWN_OVERAGES, or grown past the ceiling listed there. */
const failing = over.filter((r) => !r.known || r.size.gzip > r.known.ceiling);
const cells = rows.map((r) => {
  if (r.title) return r;
  if ('note' in r) return [r.name, '', '', '', r.note];
  const verdict =
    r.budget === undefined
      ? ''
      : `≤ ${formatKb(r.budget)} ${r.size.gzip <= r.budget ? 'OK' : `OVER${r.known ? ` (known; ceiling ${formatKb(r.known.ceiling)})` : ''}`}`;
  return [r.name, formatBytes(r.size.min), formatBytes(r.size.gzip), formatKb(r.size.gzip), verdict];
});
const header = ['', 'min (bytes)', 'min+gzip (bytes)', 'min+gzip', 'budget'];
const widths = header.map((_, column) =>
  Math.max(header[column].length, ...cells.filter(Array.isArray).map((c) => c[column].length)),
);
const line = (c) =>
  c.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
    .join('  ')
    .trimEnd();

console.log(line(header));
for (const c of cells) {
  if (Array.isArray(c)) console.log(line(c));
  else console.log(`\n${c.title}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
}
console.log(`\ngzip level 9; 1 KB = ${KB} bytes. Budgets: scripts/budgets.mjs.`);

if (over.length) {
  console.error(`\nOver budget (${over.length}); \`npm run size:explain\` shows what each chunk is made of:`);
  for (const r of over) {
    const known = r.known
      ? r.size.gzip > r.known.ceiling
        ? ` — and past its known ceiling of ${formatKb(r.known.ceiling)}`
        : ` — known (scripts/budgets.mjs KNOWN_OVERAGES): ${r.known.why}`
      : '';
    console.error(`  ${r.name}: ${formatKb(r.size.gzip)}, over ${formatKb(r.budget)} by ${formatBytes(r.size.gzip - r.budget)} bytes${known}`);
  }
  if (process.argv.includes('--check') && failing.length) {
    console.error(`\nsize:check fails: ${failing.map((r) => r.name).join('; ')}`);
    process.exit(1);
  }
} else {
  console.log('\nEvery figure is within its budget.');
}
