/**
 * `npm test`: the tests that need no browser (test/node/, in Node), the browser suite
 * (web-test-runner) and the portal's tests in Node (its server routes on a temporary database and
 * one journey through a case in Chromium), then one last line with the totals of all three,
 * `N passed, N failed`, which CI reads. Arguments go to web-test-runner, and then only it runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COUNTS = /^(\d+) passed, (\d+) failed$/;

function run(command, args, { capture } = {}) {
  return new Promise((resolve) => {
    let last = '';
    const child = spawn(command, args, { stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'] });
    child.stdout?.on('data', (chunk) => {
      const text = chunk.toString();
      process.stdout.write(text);
      for (const line of text.split('\n')) if (COUNTS.test(line.trim())) last = line.trim();
    });
    child.on('close', (code) => resolve({ code: code ?? 1, last }));
  });
}

const totals = { passed: 0, failed: 0 };
const add = (line, code) => {
  const match = COUNTS.exec(line ?? '');
  if (!match) return void (totals.failed += 1);
  totals.passed += Number(match[1]);
  totals.failed += Number(match[2]) + (code !== 0 && match[2] === '0' ? 1 : 0);
};

const unit = process.argv.length <= 2 ? await run('node', ['scripts/test-node.mjs'], { capture: true }) : { code: 0 };
if (process.argv.length <= 2) add(unit.last, unit.code);

const browser = await run('npx', ['web-test-runner', ...process.argv.slice(2)], { capture: true });
add(browser.last, browser.code);

let node = { code: 0 };
if (process.argv.length <= 2) {
  console.log('\nThe portal: building what it needs, then its tests in Node');
  const prepared = await run('node', ['scripts/portal-prestart.mjs']);
  const dir = mkdtempSync(join(tmpdir(), 'msp-portal-counts-'));
  const countFile = join(dir, 'counts.txt');
  node = prepared.code !== 0 ? prepared : await run('node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-count-reporter.mjs',
    `--test-reporter-destination=${countFile}`,
    ...readdirSync('portal/test').filter((file) => file.endsWith('.test.mjs')).map((file) => `portal/test/${file}`),
  ]);
  let line;
  try {
    line = readFileSync(countFile, 'utf8').trim();
  } catch {
    line = undefined;
  }
  add(line, node.code);
  rmSync(dir, { recursive: true, force: true });
}

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(unit.code || browser.code || node.code ? 1 : 0);
