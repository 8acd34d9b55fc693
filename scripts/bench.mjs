/**
 * Benchmarks of the built CDN bundle in headless Chromium, printed as numbers beside what they
 * are compared with. Nothing here passes or fails: it is a measurement to watch over time.
 *
 * - first render of an empty element, and of a record holding the most outcomes allowed, each
 *   with a long history;
 * - one keystroke in an outcome of that large record, from key press to the re-rendered,
 *   re-validated element (compared with one frame at 60 Hz, 16.7 ms);
 * - setting an oversized hostile value (compared with the same frame).
 *
 * Runs after `npm run build`. Uses Debian's Chromium (or CHROME_PATH).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 15;
const FRAME_MS = 1000 / 60;

const server = createServer(async (request, response) => {
  if (request.url === '/') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/cdn/msp-elements.js"></script></head><body></body></html>');
    return;
  }
  const file = normalize(join(root, 'dist', request.url));
  if (!file.startsWith(join(root, 'dist/cdn'))) return response.writeHead(404).end();
  try {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];

try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => customElements.get('msp-outcome-capture'));

  const results = await tab.evaluate(async (runs) => {
    const iso = '2026-11-20T10:00:00+00:00';
    const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const large = {
      kind: 'msp.outcome-capture', version: 1, id: uuid(0), caseRef: 'BENCH', recordedAt: iso, locale: 'en-GB',
      asked: 'asked-expressed', expressedBy: 'person',
      conversation: { date: '2026-11-19', method: 'face-to-face', communicationSupport: ['easy-read'] },
      informationGiven: 'yes', capacity: { lacked: 'no' },
      outcomes: Array.from({ length: 50 }, (_, i) => ({
        id: uuid(i + 1),
        words: `Outcome ${i}: ${'I want to feel safe at home. '.repeat(10)}`,
        firstRecordedAt: iso,
        history: Array.from({ length: 5 }, (_, j) => ({
          changedAt: iso, previousWords: `Earlier words ${j}`, words: j === 4 ? `Outcome ${i}: ${'I want to feel safe at home. '.repeat(10)}` : `Earlier words ${j + 1}`, reason: 'The person said so.',
        })),
      })),
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const time = async (action) => {
      const start = performance.now();
      await action();
      return performance.now() - start;
    };
    const out = { empty: [], large: [], keystroke: [], hostile: [] };
    for (let run = 0; run < runs; run++) {
      out.empty.push(await time(async () => {
        const el = document.createElement('msp-outcome-capture');
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }));
      let kept;
      out.large.push(await time(async () => {
        const el = document.createElement('msp-outcome-capture');
        el.value = large;
        document.body.append(el);
        await el.updateComplete;
        kept = el;
      }));
      const area = kept.shadowRoot.querySelector('textarea');
      out.keystroke.push(await time(async () => {
        area.value += 'x';
        area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await kept.updateComplete;
      }));
      out.hostile.push(await time(async () => {
        kept.value = JSON.stringify({ ...large, outcomes: Array.from({ length: 5000 }, () => ({ words: '<img src=x onerror=alert(1)>'.repeat(50) })) });
        await kept.updateComplete;
      }));
      kept.remove();
      await frame();
    }
    return out;
  }, RUNS);

  rows.push(['first render, empty', median(results.empty), '']);
  rows.push(['first render, 50 outcomes × 5 changes', median(results.large), '']);
  rows.push(['one keystroke, 50 outcomes (render + validate)', median(results.keystroke), FRAME_MS]);
  rows.push(['hostile value, 5,000 outcomes of markup', median(results.hostile), FRAME_MS * 6]);
} finally {
  await browser.close();
  server.close();
}

console.log(`Benchmarks: median of ${RUNS} runs in headless Chromium, built CDN bundle`);
console.log(`${'measure'.padEnd(48)}  ${'ms'.padStart(8)}  compared with`);
for (const [name, ms, target] of rows) {
  const against = target ? `${target.toFixed(1)} ms (${ms <= target ? 'within' : 'over'})` : '';
  console.log(`${name.padEnd(48)}  ${ms.toFixed(2).padStart(8)}  ${against}`);
}
