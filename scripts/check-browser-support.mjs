/**
 * Checks that the built CDN files use nothing newer than the supported browsers in
 * scripts/browser-support.mjs (the README's line), and prints the oldest versions the build
 * actually needs:
 *
 * - syntax: esbuild transforms every file for the supported versions and for the newest; if the
 *   two differ, esbuild had to rewrite something the supported browsers cannot parse or run
 *   (class static blocks, private methods, newer regular expression features, …);
 * - features: each feature of FEATURES found in a file, with the first version of each browser
 *   that has it, from MDN's browser-compat-data.
 *
 * Exits 1 when a file needs a newer browser than the line says. Runs after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { transform } from 'esbuild';
import { FEATURES, SUPPORTED } from './browser-support.mjs';
import { projectRoot as root } from './elements.mjs';

const cdnDir = join(root, 'dist/cdn');
const files = readdirSync(cdnDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.js'))
  .sort();
const sources = new Map(files.map((file) => [file, readFileSync(join(cdnDir, file), 'utf8')]));

/** esbuild's browser name → MDN's. */
const BROWSERS = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios: 'safari_ios' };
const compare = (a, b) => {
  const [x, y] = [a, b].map((v) => String(v).split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};
const newest = (versions) => versions.reduce((a, b) => (compare(a, b) >= 0 ? a : b));

/** Released versions of a browser, oldest first. */
const releases = (browser) =>
  Object.entries(bcd.browsers[BROWSERS[browser]].releases)
    .filter(([, release]) => ['retired', 'current'].includes(release.status))
    .map(([version]) => version)
    .sort(compare);

/** The first version of a browser with a feature, or Infinity when it has none. */
function versionAdded(key, browser) {
  const support = key.split('.').reduce((node, part) => node?.[part], bcd)?.__compat?.support?.[BROWSERS[browser]];
  const first = (Array.isArray(support) ? support : [support]).find((entry) => entry && !entry.flags && !entry.partial_implementation);
  const added = first?.version_added;
  if (typeof added !== 'string' || added === 'preview') return Infinity;
  return added.replace('≤', '');
}

const minified = async (code, target) => (await transform(code, { target, minify: true, format: 'esm', logLevel: 'silent' })).code;
const reference = new Map();
for (const [file, code] of sources) reference.set(file, await minified(code, 'esnext'));

/** Whether every file's syntax runs unchanged in this browser version. */
async function syntaxRunsIn(browser, version) {
  for (const [file, code] of sources) {
    try {
      if ((await minified(code, `${browser}${version}`)) !== reference.get(file)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** The oldest version whose syntax support runs the build unchanged (versions are ordered, so a binary search). */
async function oldestForSyntax(browser) {
  const versions = releases(browser);
  let [low, high] = [0, versions.length - 1];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (await syntaxRunsIn(browser, versions[middle])) high = middle;
    else low = middle + 1;
  }
  return versions[low];
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

console.log('\nOldest version of each browser the build needs, beside the supported line:');
for (const browser of browsers) {
  const syntax = await oldestForSyntax(browser);
  const needed = newest([syntax, ...found.filter((f) => !f.optional).map((f) => versionAdded(f.key, browser))].map(String));
  const ok = compare(needed, SUPPORTED[browser]) <= 0;
  console.log(`  ${browser.padEnd(8)} needs ${needed.padEnd(6)} (syntax: ${syntax}); supported from ${SUPPORTED[browser]}: ${ok ? 'OK' : 'TOO NEW'}`);
  if (!ok) problems.push(`${browser}: the build needs ${needed}, the README supports ${SUPPORTED[browser]}`);
}

// And directly: nothing in any file is rewritten for the supported line.
const target = browsers.map((browser) => `${browser}${SUPPORTED[browser]}`);
for (const [file, code] of sources) {
  let lowered;
  try {
    lowered = await minified(code, target);
  } catch (error) {
    problems.push(`${file}: esbuild cannot transform it for ${target.join(', ')}: ${error.message.split('\n')[0]}`);
    continue;
  }
  if (lowered !== reference.get(file)) {
    const at = [...lowered].findIndex((char, i) => char !== reference.get(file)[i]);
    problems.push(`${file}: uses syntax ${target.join(', ')} lack, near …${reference.get(file).slice(Math.max(0, at - 40), at + 40)}…`);
  }
}

if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`\nEvery built file runs in ${target.join(', ')}.`);
