/**
 * Prints what each public entry costs a page, minified and gzipped (level 9).
 *
 * - npm entries (from package.json "exports"): the built dist/ file bundled with everything it
 *   imports (lit, zod, …) by esbuild, minified, nothing written. Only what loads up front counts;
 *   the lazily loaded Welsh strings are listed on their own.
 * - The CDN build: dist/cdn/msp-elements.js and its Welsh chunk exactly as built.
 *
 * With --check, exits 1 when the CDN bundle is over its budget (`npm run size:check`). Builds
 * first if dist/ is incomplete.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const CDN_BUDGET_BYTES = 15 * 1024;
const KB = 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (path) => fileURLToPath(new URL(path, `file://${root}`));
const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));

/** The JavaScript entries of the exports map, e.g. ['msp-elements/classes', './dist/classes.js']. */
const npmEntries = Object.entries(pkg.exports)
  .map(([subpath, target]) => [subpath, typeof target === 'string' ? target : target.default])
  .filter(([subpath, target]) => !subpath.includes('*') && target?.endsWith('.js'))
  .map(([subpath, target]) => [subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, target]);

const cdnDir = fromRoot('dist/cdn');
const cdnEntry = `dist/cdn/${pkg.name}.js`;

function distIsComplete() {
  return npmEntries.every(([, target]) => existsSync(fromRoot(target))) && existsSync(fromRoot(cdnEntry));
}

if (!distIsComplete()) {
  console.log('dist/ is missing or incomplete: running npm run build first.\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !distIsComplete()) {
    console.error('The build failed; no sizes to report.');
    process.exit(1);
  }
}

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Bundles one entry in memory; returns the up-front files (entry and its static imports) and the lazy ones. */
async function measureEntry(file) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [fromRoot(file)],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    outdir: fromRoot('.size-out'),
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const contents = new Map(result.outputFiles.map((out) => [relative(root, out.path), out.contents]));
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((out) => outputs[out].entryPoint && !out.endsWith('.map'));

  const upFront = new Set();
  const visit = (out) => {
    if (upFront.has(out)) return;
    upFront.add(out);
    for (const imported of outputs[out].imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryOut);

  const sum = (files) =>
    files.reduce(
      (total, out) => {
        const bytes = contents.get(out);
        return { min: total.min + bytes.length, gzip: total.gzip + gzipSize(bytes) };
      },
      { min: 0, gzip: 0 },
    );
  const lazy = Object.keys(outputs).filter((out) => !upFront.has(out) && !out.endsWith('.map'));
  return { upFront: sum([...upFront]), lazy: sum(lazy) };
}

const formatBytes = (n) => n.toLocaleString('en-GB');
const formatKb = (n) => `${(n / KB).toFixed(1)} KB`;

const rows = [];
for (const [name, file] of npmEntries) {
  const { upFront, lazy } = await measureEntry(file);
  rows.push({ name, min: upFront.min, gzip: upFront.gzip });
  if (lazy.min) rows.push({ name: `  + loaded on demand (Welsh strings)`, min: lazy.min, gzip: lazy.gzip });
}

const cdnBytes = readFileSync(fromRoot(cdnEntry));
const cdnRow = { name: cdnEntry, min: cdnBytes.length, gzip: gzipSize(cdnBytes) };
cdnRow.budget = `≤ ${formatKb(CDN_BUDGET_BYTES)} ${cdnRow.gzip <= CDN_BUDGET_BYTES ? 'OK' : 'OVER'}`;
rows.push(cdnRow);
for (const file of readdirSync(cdnDir).filter((f) => /^locale-.*\.js$/.test(f)).sort()) {
  const bytes = readFileSync(`${cdnDir}/${file}`);
  rows.push({ name: `dist/cdn/${file} (on demand)`, min: bytes.length, gzip: gzipSize(bytes) });
}

const header = ['Entry', 'Min (bytes)', 'Min+gzip (bytes)', 'Min+gzip', 'Budget'];
const table = [
  header,
  ...rows.map((row) => [row.name, formatBytes(row.min), formatBytes(row.gzip), formatKb(row.gzip), row.budget ?? '']),
];
const widths = header.map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
const line = (cells) =>
  cells
    .map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
    .join('  ')
    .trimEnd();

console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const cells of table.slice(1)) console.log(line(cells));
console.log(`\nnpm entries: bundled from dist/ with their dependencies by esbuild. gzip level 9; 1 KB = ${KB} bytes.`);

if (cdnRow.gzip > CDN_BUDGET_BYTES) {
  console.error(
    `\nThe CDN bundle is ${formatKb(cdnRow.gzip)} min+gzip, over its ${formatKb(CDN_BUDGET_BYTES)} budget by ` +
      `${formatBytes(cdnRow.gzip - CDN_BUDGET_BYTES)} bytes.`,
  );
  if (process.argv.includes('--check')) process.exit(1);
}
