/**
 * `npm test`: the tests that need no browser (test/node/, in Node), the browser suite
 * (web-test-runner) in each engine, and the portal's tests in Node (its server routes on a
 * temporary database and one journey through a case in Chromium), then one last line with the
 * totals of them all, `N passed, N failed`, which CI reads. Arguments go to web-test-runner, and
 * then only it runs.
 *
 * The engines: MSP_ENGINES (for example `chromium,firefox,webkit`, as CI sets it) names those that
 * must run, and one that is not installed fails the run. Without it, Chromium runs, and Firefox
 * and WebKit too where they are installed (scripts/engines.mjs says which packages they need).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, engineMissing } from './engines.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

const COUNTS = /^(\d+) passed, (\d+) failed$/;

function run(command, args, { capture, env } = {}) {
  return new Promise((resolve) => {
    let last = '';
    const child = spawn(command, args, { stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'], env: { ...process.env, ...env } });
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

const asked = process.env.MSP_ENGINES?.split(/[\s,]+/).filter(Boolean);
const engines = asked ?? ENGINES.filter((engine) => engine === 'chromium' || !engineMissing(engine));
const engineTotals = [];
let browser = { code: 0 };
for (const engine of engines) {
  console.log(`\nThe browser suite in ${engine}`);
  const missing = engineMissing(engine);
  if (missing) {
    console.log(`${engine} cannot run here: ${missing} is missing`);
    add(undefined, 1);
    engineTotals.push(`${engine}: not installed`);
    browser = { code: 1 };
    continue;
  }
  const runEngine = async () => {
    const stopDriver = engine === 'webkit' ? await startWebKitDriver() : async () => {};
    const outcome = await run('npx', ['web-test-runner', ...process.argv.slice(2)], { capture: true, env: { MSP_ENGINE: engine } });
    await stopDriver();
    return outcome;
  };
  let result = await runEngine();
  // A run in which nothing passed lost its browser before any file finished, or part-way through
  // (the reporter then has no totals and says 0 passed, 1 failed; WebKit's MiniBrowser has been
  // seen to go on a busy machine): it runs once more, and says so. A failed test never runs again.
  if (engine !== 'chromium' && result.code !== 0 && /^0 passed, /.test(result.last)) {
    console.log(`\nThe run in ${engine} ended without its totals: running it once more`);
    engineTotals.push(`${engine}: the first run ended without totals, and was run again`);
    result = await runEngine();
  }
  add(result.last, result.code);
  engineTotals.push(`${engine}: ${result.last || 'no totals (the run did not finish)'}`);
  if (result.code !== 0) browser = result;
}
if (!asked) {
  const skipped = ENGINES.filter((engine) => !engines.includes(engine));
  for (const engine of skipped) engineTotals.push(`${engine}: not run (${engineMissing(engine)} is missing)`);
}

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

console.log(`\nThe browser suite, engine by engine:\n${engineTotals.map((line) => `  ${line}`).join('\n')}`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(unit.code || browser.code || node.code ? 1 : 0);
