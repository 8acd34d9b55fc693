/**
 * Checks that the built CDN files use nothing newer than the supported browsers in
 * scripts/browser-support.mjs (the README's line), and prints the oldest versions their features
 * need:
 *
 * - syntax and built-ins of the language: es-check, given the supported line as a browserslist
 *   query, parses every file with the newest edition of JavaScript those browsers all run and
 *   looks for the features of later editions (class static blocks, Object.hasOwn, …);
 * - web platform features: each feature of FEATURES found in a file, with the first version of
 *   each browser that has it, from MDN's browser-compat-data.
 *
 * Exits 1 when a file needs a newer browser than the line says. Runs after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { FEATURES, SUPPORTED } from './browser-support.mjs';
import { projectRoot as root } from './elements.mjs';

const cdnDir = join(root, 'dist/cdn');
const files = readdirSync(cdnDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js'))
  .sort();
const sources = new Map(files.map((file) => [file, readFileSync(join(cdnDir, file), 'utf8')]));

/** The line's browser names → MDN's, and → browserslist's. */
const BROWSERS = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios: 'safari_ios' };
const BROWSERSLIST = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios: 'ios_saf' };
const compare = (a, b) => {
  const [x, y] = [a, b].map((v) => String(v).split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};
const newest = (versions) => versions.reduce((a, b) => (compare(a, b) >= 0 ? a : b));

/** The first version of a browser with a feature, or Infinity when it has none. */
function versionAdded(key, browser) {
  const support = key.split('.').reduce((node, part) => node?.[part], bcd)?.__compat?.support?.[BROWSERS[browser]];
  const first = (Array.isArray(support) ? support : [support]).find((entry) => entry && !entry.flags && !entry.partial_implementation);
  const added = first?.version_added;
  if (typeof added !== 'string' || added === 'preview') return Infinity;
  return added.replace('≤', '');
}

const problems = [];
const found = FEATURES.filter((feature) => [...sources.values()].some((code) => feature.pattern.test(code)));

console.log('Browser features the built CDN files use (first version with each, from MDN browser-compat-data):');
const browsers = Object.keys(SUPPORTED);
console.log(`  ${'feature'.padEnd(48)} ${browsers.map((b) => b.padStart(8)).join('')}`);
for (const feature of found) {
  const versions = browsers.map((browser) => String(versionAdded(feature.key, browser)));
  console.log(`  ${`${feature.what}${feature.optional ? ' (optional)' : ''}`.slice(0, 48).padEnd(48)} ${versions.map((v) => v.padStart(8)).join('')}`);
}

console.log('\nOldest version of each browser these features need, beside the supported line:');
for (const browser of browsers) {
  const needed = newest(['1', ...found.filter((f) => !f.optional).map((f) => String(versionAdded(f.key, browser)))]);
  const ok = compare(needed, SUPPORTED[browser]) <= 0;
  console.log(`  ${browser.padEnd(8)} needs ${needed.padEnd(6)} supported from ${SUPPORTED[browser]}: ${ok ? 'OK' : 'TOO NEW'}`);
  if (!ok) problems.push(`${browser}: the build needs ${needed}, the README supports ${SUPPORTED[browser]}`);
}

// Syntax and language built-ins, by es-check, for the same line.
const query = browsers.map((browser) => `${BROWSERSLIST[browser]} ${SUPPORTED[browser]}`).join(', ');
console.log(`\nes-check, for ${query}:`);
try {
  execFileSync(join(root, 'node_modules/.bin/es-check'), ['checkBrowser', 'dist/cdn/**/*.js', '--module', '--checkFeatures', `--browserslistQuery=${query}`], { cwd: root, stdio: 'inherit' });
} catch {
  problems.push(`es-check: the syntax or built-ins of a file above are newer than ${query}`);
}

if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`\nEvery built file runs in ${query}.`);
