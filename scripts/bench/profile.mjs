/**
 * Where a first render and a first keystroke spend their time. The element is bundled unminified
 * from src/ (so functions keep their names and each line belongs to a known module), loaded on a
 * fresh page, and one first render and one first keystroke are recorded with a CPU profile
 * (sampled every 50 µs) and a trace. Printed: the browser's own work from the trace (style
 * recalculation, layout, garbage collection, compiling) and the script's self time by module or
 * native function from the profile.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { kindOf, projectRoot as root, tagOf } from '../elements.mjs';
import { startServer } from '../test-server.mjs';
import { propertiesOf } from './heavy-records.mjs';
import { renderElement, watchKeystrokes } from './in-page.mjs';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
];

/** Bundles the element's define file unminified; returns the code and, for each line, its module. */
async function unminifiedBundle(name) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/elements', name, `${name}.ts`)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  let current = '(bundle)';
  const moduleOfLine = code.split('\n').map((line) => {
    const header = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (header) current = header[1];
    return current;
  });
  return { code, moduleOfLine };
}

const packageOf = (module) => {
  if (!module.startsWith('node_modules/')) return module;
  const parts = module.split('/');
  return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
};

/**
 * Self time (ms) from a CPU profile, by module (or native function) and by function. Work a
 * native call does synchronously (a forced layout, creating an Intl formatter) counts as the
 * self time of the script function that called it.
 */
function selfTime(profile, moduleOfLine, scriptUrl) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byModule = new Map();
  const byFunction = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    let module;
    if (url === scriptUrl) module = packageOf(moduleOfLine[lineNumber] ?? '(bundle)');
    else if (!url) module = functionName ? `native: ${functionName}` : '(native)';
    else if (url.startsWith('pptr:')) module = '(benchmark harness: its forced layout)';
    else module = url;
    add(byModule, module, ms);
    if (url === scriptUrl) add(byFunction, `${functionName || '(anonymous)'}  [${module}:${lineNumber + 1}]`, ms);
  });
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { byModule: sorted(byModule), byFunction: sorted(byFunction) };
}

/** Time (ms) of the main thread's trace events between two user-timing marks, by kind of work. */
function browserWork(trace, startMark, endMark) {
  const events = trace.traceEvents;
  const mark = (name) => events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
  const [start, end] = [mark(startMark), mark(endMark)];
  const [from, to] = [start?.ts, end?.ts];
  // The page's main thread is the one its marks were made on.
  const main = start && { pid: start.pid, tid: start.tid };
  const kinds = {
    'style recalculation (UpdateLayoutTree)': ['UpdateLayoutTree'],
    'layout (Layout)': ['Layout'],
    'garbage collection': ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'BlinkGC.AtomicPhase'],
    'compiling script (lazy compile)': ['V8.CompileLazy', 'v8.compile', 'V8.CompileCode'],
    'script (FunctionCall, microtasks)': ['FunctionCall', 'RunMicrotasks', 'v8.run', 'V8.Execute'],
  };
  const totals = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, 0]));
  if (from === undefined || to === undefined || !main) return { window: NaN, totals };
  for (const event of events) {
    if (event.ph !== 'X' || event.pid !== main.pid || event.tid !== main.tid) continue;
    if (event.ts < from || event.ts > to) continue;
    for (const [kind, names] of Object.entries(kinds)) if (names.includes(event.name)) totals[kind] += (event.dur ?? 0) / 1000;
  }
  return { window: (to - from) / 1000, totals };
}

async function record(tab, action) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await tab.tracing.start({ categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  await cdp.detach();
  return { profile, trace };
}

function print(title, { profile, trace }, marks, moduleOfLine, scriptUrl) {
  const work = browserWork(trace, ...marks);
  console.log(`  ${title}: ${work.window.toFixed(1)} ms between the marks, with the profiler on`);
  console.log('    browser work (trace; nested kinds overlap: script includes the compiling and GC inside it)');
  for (const [kind, ms] of Object.entries(work.totals)) console.log(`      ${kind.padEnd(40)} ${ms.toFixed(2).padStart(7)} ms`);
  const { byModule, byFunction } = selfTime(profile, moduleOfLine, scriptUrl);
  console.log('    self time by module (CPU profile, 50 µs samples; "(program)" is the browser\'s own work), top 14');
  for (const [key, ms] of byModule.slice(0, 14)) console.log(`      ${key.slice(0, 72).padEnd(72)} ${ms.toFixed(2).padStart(7)} ms`);
  console.log('    self time by function of the library and its dependencies, top 12');
  for (const [key, ms] of byFunction.slice(0, 12)) console.log(`      ${key.slice(0, 72).padEnd(72)} ${ms.toFixed(2).padStart(7)} ms`);
}

export async function profileElement({ browser, name, bench }) {
  const tag = tagOf(name);
  const dir = mkdtempSync(join(tmpdir(), 'msp-bench-profile-'));
  try {
    const { code, moduleOfLine } = await unminifiedBundle(name);
    writeFileSync(join(dir, 'element.js'), code);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/cdn/element.js"></script></head><body></body></html>`;
    const server = await startServer({ cdnDir: dir, pages: { element: { csp: '', html } } });
    const scriptUrl = `${server.origin}/cdn/element.js`;
    console.log(`Profile of <${tag}>, unminified bundle of ${relative(root, join(root, 'src/elements', name))}/ (templates not minified)`);
    try {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setViewport({ width: 1024, height: 768 });
      await tab.goto(`${server.origin}/element`, { waitUntil: 'load' });
      await tab.waitForFunction((t) => customElements.get(t), {}, tag);
      const renderRun = await record(tab, () => tab.evaluate(renderElement, tag, propertiesOf(bench, bench.renderSize)));
      print(`first render, ${bench.renderSize} ${bench.sizeLabel}`, renderRun, ['render-start', 'render-end'], moduleOfLine, scriptUrl);
      await context.close();

      // A report has no fields to type into.
      if (kindOf(name) === 'form') {
        const typing = await browser.createBrowserContext();
        const typingTab = await typing.newPage();
        await typingTab.setViewport({ width: 1024, height: 768 });
        await typingTab.goto(`${server.origin}/element`, { waitUntil: 'load' });
        await typingTab.waitForFunction((t) => customElements.get(t), {}, tag);
        await typingTab.evaluate(renderElement, tag, propertiesOf(bench, bench.typingSize));
        await typingTab.evaluate(watchKeystrokes, tag, bench.typingTarget);
        await typingTab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
        const keyRun = await record(typingTab, async () => {
          await typingTab.keyboard.press('KeyA');
          await typingTab.waitForFunction(() => window.keystrokeTimes.length >= 1);
        });
        print(`first keystroke, ${bench.typingSize} ${bench.sizeLabel}`, keyRun, ['keystroke-start', 'keystroke-end'], moduleOfLine, scriptUrl);
        await typing.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
}
