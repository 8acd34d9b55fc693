/**
 * Proves the package installs and works: `npm pack` makes the tarball; publint and
 * @arethetypeswrong/cli (`attw`, for ESM consumers: `--profile esm-only`) check its package.json,
 * exports and types; a fresh project in a temporary folder installs it (its dependencies from the
 * npm registry, preferring the local cache), and there:
 *
 * - plain Node imports `msp-elements/schemas` and parses a record, counts records with
 *   `msp-elements/aggregate` and writes its CSV (no DOM), and resolves the JSON Schemas, the custom
 *   elements manifest and dist/cdn/;
 * - plain esbuild bundles `import 'msp-elements/outcome-capture.js'` as an application would, and
 *   the bundle, on a Welsh page in Chromium, defines the element and shows it in Welsh.
 *
 * Runs after `npm run build`. Leaves nothing behind unless --keep is given.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { launchChromium } from './chromium.mjs';
import { projectRoot as root } from './elements.mjs';

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

if (!existsSync(join(root, 'dist/cdn/manifest.json'))) {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'msp-elements-pack-'));
const app = join(work, 'app');
try {
  // ——— pack and install ———
  const [{ filename, files }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, filename);
  console.log(`packed ${filename} (${files.length} files)`);
  // The package's metadata and types, checked by publint and attw while the tarball installs.
  const lint = [
    ['publint', ['run', '--strict'], "publint: the package's fields, exports and files are right"],
    ['attw', ['--profile', 'esm-only', '--format', 'table', '--no-emoji'], "attw: every export's types resolve for ESM consumers"],
  ].map(([tool, args, what]) =>
    promisify(execFile)(join(root, 'node_modules/.bin', tool), [...args, tarball], { cwd: work }).then(
      () => ({ what, ok: true }),
      (error) => ({ what, ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message }),
    ),
  );
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'council-portal', private: true, type: 'module' }, null, 2));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app);
  check(existsSync(join(app, 'node_modules/msp-elements/package.json')), 'the tarball installs into a fresh project');
  for (const { what, ok, output } of await Promise.all(lint)) {
    if (!ok) console.log(output);
    check(ok, what);
  }

  // ——— plain Node ———
  const samples = await build({
    stdin: {
      contents: "export * from './outcome-capture.records.ts'; export * from './review-close.records.ts';",
      resolveDir: join(root, 'fixtures/states'),
    },
    bundle: true,
    format: 'esm',
    write: false,
  });
  writeFileSync(join(app, 'records.mjs'), samples.outputFiles[0].text);
  writeFileSync(
    join(app, 'server.mjs'),
    `import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseOutcomeCapture, safeParseOutcomeCapture } from 'msp-elements/schemas';
import { aggregate, disclose, toCsv } from 'msp-elements/aggregate';
import { joyceRecord, susiClosure, mrsTClosure } from './records.mjs';

const file = (specifier) => fileURLToPath(import.meta.resolve(specifier));
const parsed = parseOutcomeCapture(JSON.parse(JSON.stringify(joyceRecord)));
const refused = safeParseOutcomeCapture({ ...joyceRecord, asked: 'maybe' });
const schema = JSON.parse(readFileSync(file('msp-elements/schemas/outcome-capture.schema.json'), 'utf8'));
const draft07 = JSON.parse(readFileSync(file('msp-elements/schemas/outcome-capture.draft-07.schema.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(file('msp-elements/custom-elements.json'), 'utf8'));
const cdn = file('msp-elements/package.json').replace(/package\\.json$/, 'dist/cdn/');
const report = await aggregate([joyceRecord, susiClosure, mrsTClosure], { from: '2026-04-01', to: '2027-03-31' });
const csv = toCsv(disclose(report), { disclosure: true });
console.log(JSON.stringify({
  aggregated: typeof document === 'undefined' && report.concluded === 2 && csv.startsWith('\\uFEFFtable,row,column,value,from,to') && csv.includes(',[c],'),
  parsed: parsed.id === joyceRecord.id,
  refused: !refused.success,
  schema: schema.oneOf?.[0]?.properties?.kind?.const,
  draft07: draft07.$schema,
  manifest: manifest.modules.length > 0,
  cdn: ['msp-elements.js', 'integrity.json', 'manifest.json'].every((name) => existsSync(cdn + name)),
}));
`,
  );
  const node = JSON.parse(run('node', ['server.mjs'], app).trim());
  check(node.aggregated, "plain Node, no DOM: import { aggregate, disclose, toCsv } from 'msp-elements/aggregate' counts records and writes the CSV");
  check(node.parsed, "plain Node: import { parseOutcomeCapture } from 'msp-elements/schemas' parses a record");
  check(node.refused, 'plain Node: safeParseOutcomeCapture refuses an unknown code');
  check(node.schema === 'msp.outcome-capture', 'msp-elements/schemas/outcome-capture.schema.json resolves');
  check(node.draft07 === 'http://json-schema.org/draft-07/schema#', 'msp-elements/schemas/outcome-capture.draft-07.schema.json resolves');
  check(node.manifest, 'msp-elements/custom-elements.json resolves');
  check(node.cdn, 'dist/cdn/ is in the package: the loader, integrity.json and manifest.json');

  // ——— an application bundled by plain esbuild ———
  writeFileSync(join(app, 'main.js'), "import 'msp-elements/outcome-capture.js';\n");
  await build({
    absWorkingDir: app,
    entryPoints: ['main.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: join(app, 'public'),
    logLevel: 'error',
  });
  writeFileSync(
    join(app, 'public/index.html'),
    `<!doctype html><html lang="cy"><head><meta charset="utf-8"><title>Porth</title><script type="module" src="/main.js"></script></head>
<body><form><msp-outcome-capture name="outcomes"></msp-outcome-capture></form></body></html>`,
  );
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    const path = request.url === '/' ? '/index.html' : request.url;
    const file = join(app, 'public', path);
    if (!file.startsWith(join(app, 'public')) || !existsSync(file)) return response.writeHead(404).end();
    const type = file.endsWith('.html') ? 'text/html' : 'text/javascript';
    response.writeHead(200, { 'content-type': type, 'content-security-policy': "default-src 'self'" }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const welsh = await tab
      .waitForFunction(
        () => document.querySelector('msp-outcome-capture').shadowRoot?.querySelector('[part~="base"]')?.lang === 'cy',
        { timeout: 15_000 },
      )
      .then(() => true, () => false);
    check(welsh, "esbuild: an app's bundle of msp-elements/outcome-capture.js defines the element, in Welsh on a Welsh page");
    check(problems.length === 0, `esbuild: no errors or warnings in the page${problems.length ? `: ${problems.join('; ')}` : ''}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  if (process.argv.includes('--keep')) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\n${failures.length} package check(s) failed`);
  process.exit(1);
}
console.log('\nThe packed package installs and works in a fresh project.');
