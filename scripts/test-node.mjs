/**
 * Runs the tests that need no browser (test/node/*.test.ts: the record model, the schemas) in
 * plain Node with its own test runner. Each file is bundled by esbuild first (Node 20 cannot run
 * TypeScript), so the same sources are tested as the browser gets them. The totals come from the
 * reporter the portal's tests use too: the last line printed is `N passed, N failed`.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './elements.mjs';

const testDir = join(projectRoot, 'test/node');
const files = readdirSync(testDir).filter((name) => name.endsWith('.test.ts'));
// Inside the project, so the bundles resolve the packages they leave out from node_modules.
const cache = join(projectRoot, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const outdir = mkdtempSync(join(cache, 'msp-node-tests-'));
let status = 1;

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
  const bundles = files.map((name) => join(outdir, name.replace(/\.ts$/, '.mjs')));
  const reporters = [
    ...['--test-reporter=spec', '--test-reporter-destination=stdout'],
    ...['--test-reporter=./scripts/node-test-count-reporter.mjs', '--test-reporter-destination=stdout'],
  ];
  status = spawnSync(process.execPath, ['--test', ...reporters, ...bundles], { cwd: projectRoot, stdio: 'inherit' }).status ?? 1;
} catch (error) {
  console.error(error);
  console.log('\n0 passed, 1 failed');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
process.exitCode = files.length === 0 ? 1 : status;
