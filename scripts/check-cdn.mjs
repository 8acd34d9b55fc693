/**
 * The acceptance check for the CDN build, as a council page would use it: a page that holds only
 * the script tag and a plain form, served with a strict Content-Security-Policy. A person fills in
 * the form and presses the element's button; the form posts; the submitted field must be JSON that
 * validates against the published JSON Schema and holds what was typed.
 *
 * Also checks every sample record against the JSON Schema, so the schema and the zod types agree.
 * Runs after `npm run build`. Uses Debian's Chromium (or CHROME_PATH).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import puppeteer from 'puppeteer-core';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(await readFile(join(root, 'dist/schemas/outcome-capture.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

// 1. The sample records validate against the published JSON Schema.
const samples = await import(
  'data:text/javascript,' +
    encodeURIComponent(
      (
        await build({
          entryPoints: [join(root, 'stories/states/outcome-capture.records.ts')],
          bundle: true,
          format: 'esm',
          write: false,
        })
      ).outputFiles[0].text,
    )
);
for (const [name, record] of Object.entries(samples)) {
  check(validate(record), `sample ${name} validates against outcome-capture.schema.json`);
}
check(!validate({ ...samples.joyceRecord, asked: 'maybe' }), 'the JSON Schema refuses an unknown code');

// 2. A plain page with only the CDN script and a form.
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Report a concern</title>
<script type="module" src="/cdn/msp-elements.js"></script></head>
<body><h1>Report a concern</h1>
<form method="post" action="/submitted"><msp-outcome-capture name="x" required></msp-outcome-capture></form>
</body></html>`;
let submitted;
const server = createServer(async (request, response) => {
  const headers = {
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
  };
  if (request.method === 'POST') {
    let body = '';
    for await (const chunk of request) body += chunk;
    submitted = new URLSearchParams(body);
    response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end('<!doctype html><title>Thank you</title><p>Thank you</p>');
    return;
  }
  if (request.url === '/favicon.ico') return response.writeHead(204).end();
  if (request.url === '/' || request.url === '/index.html') {
    response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page);
    return;
  }
  const file = normalize(join(root, 'dist', request.url.split('?')[0]));
  if (!file.startsWith(join(root, 'dist/cdn'))) return response.writeHead(404).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { ...headers, 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-GB'],
});
try {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => customElements.get('msp-outcome-capture') && document.querySelector('msp-outcome-capture').shadowRoot);
  const inShadow = (selector) => tab.evaluateHandle((s) => document.querySelector('msp-outcome-capture').shadowRoot.querySelector(s), selector);
  const press = async (selector) => (await inShadow(selector)).click();
  const words = 'I want to stay in my flat <b>and</b> keep my dog';

  await press('#asked');
  await tab.waitForFunction(() => document.querySelector('msp-outcome-capture').shadowRoot.querySelector('#expressed-by'));
  await press('#expressed-by');
  await press('#add-outcome');
  await tab.waitForFunction(() => document.querySelector('msp-outcome-capture').shadowRoot.activeElement?.localName === 'textarea');
  await tab.keyboard.type(words);
  const date = await inShadow('#conversation-date');
  await date.evaluate((input) => {
    input.value = '2026-01-15';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await press('#conversation-method');
  await press('#lacked-capacity-2');
  await press('#information-given');
  const navigation = tab.waitForNavigation();
  await press('[part~="submit-button"]');
  await navigation;

  const json = submitted?.get('x');
  check(typeof json === 'string', 'the form posted a field named x');
  const record = JSON.parse(json ?? 'null');
  check(validate(record), `the posted record validates against the JSON Schema${validate.errors ? ` (${ajv.errorsText(validate.errors)})` : ''}`);
  check(record?.outcomes?.[0]?.words === words, 'the record holds the words as typed, markup and all, as text');
  check(problems.length === 0, `no errors or warnings in the page${problems.length ? `: ${problems.join('; ')}` : ''}`);
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`\n${failures.length} CDN check(s) failed`);
  process.exit(1);
}
console.log('\nThe CDN build works on a plain page under a strict CSP.');
