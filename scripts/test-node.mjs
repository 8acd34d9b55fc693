/**
 * Runs the tests that need no browser (test/node/*.test.ts: the record model, the schemas) in
 * plain Node with its own test runner. Each file is bundled by esbuild first (Node 20 cannot run
 * TypeScript), so the same sources are tested as the browser gets them. The last line printed is
 * `N passed, N failed`, as CI reads it.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { projectRoot } from './elements.mjs';

const testDir = join(projectRoot, 'test/node');
const files = readdirSync(testDir).filter((name) => name.endsWith('.test.ts'));
// Inside the project, so the bundles resolve the packages they leave out from node_modules.
const cache = join(projectRoot, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const outdir = mkdtempSync(join(cache, 'msp-node-tests-'));
const totals = { passed: 0, failed: 0 };

try {
  await build({
    entryPoints: files.map((name) => join(testDir, name)),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    logLevel: 'warning',
  });
  const stream = run({ files: files.map((name) => join(outdir, name.replace(/\.ts$/, '.mjs'))) });
  stream.on('test:pass', (event) => {
    if (event.details?.type !== 'suite') totals.passed++;
  });
  stream.on('test:fail', (event) => {
    if (event.details?.type !== 'suite') totals.failed++;
  });
  for await (const line of stream.compose(spec)) process.stdout.write(line);
} catch (error) {
  console.error(error);
  totals.failed ||= 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
if (files.length === 0) totals.failed = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed ? 1 : 0;
