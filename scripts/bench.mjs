/**
 * Benchmarks of the built CDN files in headless Chromium, printed beside what they are compared
 * with. Nothing here passes or fails: it is a measurement to watch over time, not a timed test.
 *
 * For each element (scripts/bench/heavy-records.mjs):
 * - first render of a heavy record on a fresh page, from creating the element to laid out,
 *   beside the static floor: the very same shadow DOM as static markup, with the same constructed
 *   style sheets, on its own fresh page; and their ratio (the design's goal: ≤ 1.5×), from the
 *   runs paired, with its 95% confidence interval (scripts/bench/paired-ratio.mjs);
 * - for a form (scripts/elements.mjs), keystrokes into a field of a larger record, from key down
 *   to re-rendered, re-validated and laid out: the first after render, and later ones (goal:
 *   every one ≤ 4 ms); a report has no fields to type into;
 * - a fresh load of a page holding the element and its record, with only the CDN loader, to its
 *   first contentful paint, beside a page of the same markup and styles as static HTML
 *   (declarative shadow DOM, no script): what a person waits for on a public page. The report,
 *   which says it is counting until it has, is timed to its first table instead.
 * Each repetition is a fresh page; medians are reported, with the spread.
 *
 *   npm run bench [-- --runs 21] [-- --profile] [-- --readme] [-- --only outcome-capture]
 *
 * --profile also records a CPU profile and a trace of one first render and one first keystroke
 * of an unminified bundle and says where the time went (scripts/bench/profile.mjs). --readme
 * writes the medians into README.md's table (scripts/bench/readme-table.mjs).
 * Runs after `npm run build`. Uses Debian's Chromium (or CHROME_PATH).
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { BENCH_ELEMENTS, propertiesOf } from './bench/heavy-records.mjs';
import { pairedRatio, ratioVerdict } from './bench/paired-ratio.mjs';
import { captureStatic, renderElement, renderStatic, watchKeystrokes } from './bench/in-page.mjs';
import { profileElement } from './bench/profile.mjs';
import { writeReadmeTable } from './bench/readme-table.mjs';
import { launchChromium } from './chromium.mjs';
import { elementNames, kindOf, projectRoot as root, tagOf } from './elements.mjs';
import { startServer } from './test-server.mjs';

const argument = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = argument('runs', 21);
const only = process.argv.indexOf('--only') > 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const measuredElements = elementNames().filter((name) => !only || name === only);
if (only && process.argv.includes('--readme')) throw new Error('--readme writes every element: leave out --only');
const KEYSTROKE_RUNS = argument('keystroke-runs', 9);
const LATER_KEYSTROKES = 20;
const KEYSTROKE_GOAL_MS = 4;
const RENDER_GOAL_RATIO = 1.5;

const cdnDir = join(root, 'dist/cdn');
if (!existsSync(join(cdnDir, 'manifest.json'))) {
  console.error('dist/cdn is missing: run npm run build first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(cdnDir, 'manifest.json'), 'utf8'));
const blank = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title>${script ? `<script type="module" src="${script}"></script>` : ''}</head><body></body></html>`;
const pages = { floor: { csp: '', html: blank() } };
for (const name of elementNames()) pages[name] = { csp: '', html: blank(`/cdn/${manifest.elements[name].entry}`) };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

const hostScripts = {};
const server = await startServer({ cdnDir, pages, hostScripts });
const browser = await launchChromium();

/** A fresh page: its own browser context, so nothing is shared with the run before. */
async function freshPage(name, tag) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  await tab.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
  if (tag) await tab.waitForFunction((t) => customElements.get(t), {}, tag);
  return { tab, close: () => context.close() };
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Loads a page afresh and gives the time of its first contentful paint, once `tag` (if any) has
 * rendered; for an element that shows something else first (the report, while it counts), the
 * start of the first frame that has `visible` in its shadow DOM.
 */
async function firstPaint(name, tag, visible) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  if (visible) {
    await tab.evaluateOnNewDocument(
      (t, selector) => {
        const frame = () => {
          if (document.querySelector(t)?.shadowRoot?.querySelector(selector)) window.visibleAt = performance.now();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      },
      tag,
      visible,
    );
  }
  await tab.goto(`${server.origin}/${name}`, { waitUntil: 'load' });
  if (visible) {
    const at = await (await tab.waitForFunction(() => window.visibleAt, { timeout: 60_000 })).jsonValue();
    await context.close();
    return at;
  }
  if (tag) await tab.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.firstElementChild, {}, tag);
  const paint = await tab.evaluate(
    () =>
      new Promise((resolve) => {
        const done = () => {
          const entry = performance.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
          else requestAnimationFrame(done);
        };
        done();
      }),
  );
  await context.close();
  return paint;
}

const results = [];
try {
  for (const name of measuredElements) {
    const bench = BENCH_ELEMENTS[name];
    if (!bench) {
      results.push({ name, missing: true });
      continue;
    }
    const tag = tagOf(name);
    const renderProperties = propertiesOf(bench, bench.renderSize);

    // The static floor's markup and styles, captured once from a rendered element.
    const capture = await freshPage(name, tag);
    await capture.tab.evaluate(renderElement, tag, renderProperties);
    const floor = await capture.tab.evaluate(captureStatic, tag);
    await capture.close();

    const element = [];
    const staticFloor = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternating, so both sides see the same state of the machine.
      const a = await freshPage(name, tag);
      element.push(await a.tab.evaluate(renderElement, tag, renderProperties));
      await a.close();
      const b = await freshPage('floor');
      staticFloor.push(await b.tab.evaluate(renderStatic, floor.markup, floor.styles));
      await b.close();
    }

    const typing = kindOf(name) === 'form';
    const typingProperties = typing ? propertiesOf(bench, bench.typingSize) : undefined;
    const first = [];
    const later = [];
    for (let run = 0; typing && run < KEYSTROKE_RUNS; run++) {
      const { tab, close } = await freshPage(name, tag);
      await tab.evaluate(renderElement, tag, typingProperties);
      await tab.evaluate(watchKeystrokes, tag, bench.typingTarget);
      for (let key = 0; key <= LATER_KEYSTROKES; key++) {
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
        await tab.keyboard.press('KeyA');
        await tab.waitForFunction((count) => window.keystrokeTimes.length >= count, {}, key + 1);
      }
      const times = await tab.evaluate(() => window.keystrokeTimes);
      first.push(times[0]);
      later.push(...times.slice(1));
      await close();
    }
    // A fresh load to the first paint: the loader page against the same markup as static HTML. A
    // form's record is in its markup; anything else is set by a host script, as a page would.
    let markup = `<${tag}></${tag}>`;
    let hostScript = '';
    if (bench.hostScript) {
      hostScripts[`load-${name}`] = bench.hostScript(tag, bench.renderSize);
      hostScript = `<script type="module" src="/host/load-${name}.js"></script>`;
    } else {
      markup = `<${tag} value="${escapeAttribute(JSON.stringify(renderProperties.value))}"></${tag}>`;
    }
    pages[`load-${name}`] = {
      csp: '',
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title><script type="module" src="/cdn/${manifest.loader}"></script>${hostScript}</head><body>${markup}</body></html>`,
    };
    pages[`load-static-${name}`] = {
      csp: '',
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><div><template shadowrootmode="open">${floor.styles.map((css) => `<style>${css}</style>`).join('')}${floor.markup}</template></div></body></html>`,
    };
    const loaded = [];
    const loadedStatic = [];
    for (let run = 0; run < RUNS; run++) {
      loaded.push(await firstPaint(`load-${name}`, tag, bench.visible));
      loadedStatic.push(await firstPaint(`load-static-${name}`));
    }
    results.push({ name, bench, floor, element, staticFloor, first, later, loaded, loadedStatic });
  }

  // ——— the report ———
  console.log(`Benchmarks of the built CDN files in headless Chromium (${process.arch}); each repetition on a fresh page.\n`);
  for (const result of results) {
    if (result.missing) {
      console.log(`<${tagOf(result.name)}>: no heavy record in scripts/bench/heavy-records.mjs yet\n`);
      continue;
    }
    const { name, bench, floor, element, staticFloor, first, later, loaded, loadedStatic } = result;
    const render = pairedRatio(element, staticFloor);
    const load = pairedRatio(loaded, loadedStatic);
    const ms = (value) => `${value.toFixed(2).padStart(7)} ms`;
    const interval = ({ ratio, low, high }) => `${ratio.toFixed(2).padStart(7)} ×    (95% CI ${low.toFixed(2)}–${high.toFixed(2)})`;
    const verdict = (ok) => (ok ? 'within' : 'over');
    console.log(`<${tagOf(name)}>`);
    console.log(`  first render, ${bench.renderSize} ${bench.sizeLabel} (${floor.elements.toLocaleString('en-GB')} elements in its shadow DOM), layout included; median of ${RUNS} (range)`);
    console.log(`    element                     ${ms(median(element))}   (${spread(element)})`);
    console.log(`    static floor, same DOM+CSS  ${ms(median(staticFloor))}   (${spread(staticFloor)})`);
    console.log(`    ratio to the floor          ${interval(render)}   goal ≤ ${RENDER_GOAL_RATIO} ×: ${ratioVerdict(render, RENDER_GOAL_RATIO)}`);
    if (first.length) {
      console.log(`  keystrokes into a field, ${bench.typingSize} ${bench.sizeLabel}, key down to laid out; ${KEYSTROKE_RUNS} fresh pages × (1 + ${LATER_KEYSTROKES}) keys`);
      console.log(`    first after render   median ${ms(median(first))}   max ${ms(Math.max(...first))}   goal ≤ ${KEYSTROKE_GOAL_MS} ms: ${verdict(Math.max(...first) <= KEYSTROKE_GOAL_MS)}`);
      console.log(`    later ones           median ${ms(median(later))}   max ${ms(Math.max(...later))}   goal ≤ ${KEYSTROKE_GOAL_MS} ms: ${verdict(Math.max(...later) <= KEYSTROKE_GOAL_MS)}`);
    }
    const loadedUntil = bench.visible ? `its first \`${bench.visible}\` shown` : 'first contentful paint';
    console.log(`  a fresh load, to ${loadedUntil}; median of ${RUNS} (range)`);
    console.log(`    the loader and the element  ${ms(median(loaded))}   (${spread(loaded)})`);
    console.log(`    the same as static HTML     ${ms(median(loadedStatic))}   (${spread(loadedStatic)})`);
    console.log(`    ratio                       ${interval(load)}   goal ≤ ${RENDER_GOAL_RATIO} ×: ${ratioVerdict(load, RENDER_GOAL_RATIO)}`);
    console.log('');
  }

  if (process.argv.includes('--readme')) {
    const measured = results.filter((result) => !result.missing);
    writeReadmeTable(
      root,
      measured.map(({ name, bench, element, staticFloor, first, later, loaded, loadedStatic }) => ({
        tag: tagOf(name),
        heavy: `${bench.renderSize} ${bench.sizeLabel}`,
        render: median(element),
        floor: median(staticFloor),
        first: first.length ? { median: median(first), max: Math.max(...first) } : undefined,
        later: later.length ? { median: median(later), max: Math.max(...later) } : undefined,
        renderRatio: pairedRatio(element, staticFloor),
        load: median(loaded),
        loadStatic: median(loadedStatic),
        loadRatio: pairedRatio(loaded, loadedStatic),
      })),
      { runs: RUNS, date: new Date().toISOString().slice(0, 10), machine: `${os.cpus().length} cores, Node ${process.version}, ${await browser.version()}` },
    );
    console.log('README.md: the benchmark table is written.');
  }

  if (process.argv.includes('--profile')) {
    for (const name of measuredElements.filter((n) => BENCH_ELEMENTS[n])) {
      await profileElement({ browser, name, bench: BENCH_ELEMENTS[name] });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
