/**
 * The acceptance check for the CDN build, as council pages would use it: plain pages that hold
 * only a script tag and a form, served with a strict Content-Security-Policy
 * (`default-src 'self'; script-src 'self'; style-src 'self'`). On each, a person fills in the form
 * and presses the element's button; the form posts; the submitted field must be JSON that
 * validates against the published JSON Schema and holds what was typed.
 *
 * Pages: the element present at load; the element stamped from a <template> two seconds after
 * load (nothing but the loader loads before); the per-element entry alone; the host's fallback
 * text with JavaScript disabled and with the script missing; a Welsh page (the Welsh of that
 * element and the shared strings only); the loader's setLocale; Trusted Types enforced; a vendor's
 * record with nulls; and every element, each on a page of its own: a form with a sample record,
 * saved; a report (scripts/elements.mjs), which has no record of its own to post, only shown.
 *
 * Also checks every sample record against the JSON Schema, so the schema and the zod types agree.
 * Runs after `npm run build`, in Chromium (Debian's, or CHROME_PATH), or with `--engine firefox`
 * or `--engine webkit` in that engine; a check an engine's driver cannot make is listed as skipped,
 * with the reason (scripts/cdn-check/tabs.mjs).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { kindOf, projectRoot as root } from './elements.mjs';
import { importSource } from './import-source.mjs';
import { fillOutcomeCapture, WORDS } from './cdn-check/fill-outcome-capture.mjs';
import { openBrowser } from './cdn-check/tabs.mjs';
import { engineMissing, ENGINES } from './engines.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';
import { startServer } from './test-server.mjs';

const cdnDir = join(root, 'dist/cdn');
const manifest = JSON.parse(await readFile(join(cdnDir, 'manifest.json'), 'utf8'));
const schema = JSON.parse(await readFile(join(root, 'dist/schemas/outcome-capture.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

// ——— 1. The sample records validate against the published JSON Schema ———
const samples = await importSource(`export * from './fixtures/states/outcome-capture.records.ts';`);
for (const [name, record] of Object.entries(samples)) {
  check(validate(record), `sample ${name} validates against outcome-capture.schema.json`);
}
check(!validate({ ...samples.joyceRecord, asked: 'maybe' }), 'the JSON Schema refuses an unknown code');

/**
 * For every element, its kind, any other attribute it needs to show (scripts/cdn-check/<name>.mjs
 * may export `extraAttributes(samples)`), and for a form, its JSON Schema and a sample record of
 * its own (the first export of fixtures/states/<name>.records.ts that the schema accepts).
 */
const everyElement = [];
for (const name of Object.keys(manifest.elements)) {
  const kind = kindOf(name);
  const recordsFile = `fixtures/states/${name}.records.ts`;
  const records = kind === 'form' || existsSync(join(root, recordsFile)) ? await importSource(`export * from './${recordsFile}';`) : {};
  const extra = await import(`./cdn-check/${name}.mjs`).then((m) => m.extraAttributes?.(records) ?? {}).catch(() => ({}));
  if (kind !== 'form') {
    everyElement.push({ name, kind, tag: `msp-${name}`, extra });
    continue;
  }
  const elementSchema = JSON.parse(await readFile(join(root, `dist/schemas/${name}.schema.json`), 'utf8'));
  const validateElement = ajv.getSchema(elementSchema.$id) ?? ajv.compile(elementSchema);
  const sample = Object.values(records).find((record) => validateElement(record));
  check(sample !== undefined, `${name}: a sample record validates against ${name}.schema.json`);
  everyElement.push({ name, kind, tag: `msp-${name}`, validate: validateElement, sample, extra });
}

// ——— 2. The pages ———
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const TRUSTED_TYPES = `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`;
const FALLBACK = 'This form needs JavaScript. Call 0300 123 4567, or use the paper form.';
const TAG = 'msp-outcome-capture';
const LOADER = `/cdn/${manifest.loader}`;

const form = (name) =>
  `<form method="post" action="/submitted/${name}"><${TAG} name="x" required>${FALLBACK}</${TAG}></form>`;
const page = ({ lang = 'en', scripts, body }) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Report a concern</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body><h1>Report a concern</h1>
${body}
</body></html>`;

const pages = {
  'at-load': { csp: STRICT, html: page({ scripts: [LOADER], body: form('at-load') }) },
  later: {
    csp: STRICT,
    html: page({
      scripts: ['/host/stamp-later.js', LOADER],
      body: `<div id="later"></div><template id="later-form">${form('later')}</template>`,
    }),
  },
  'one-entry': { csp: STRICT, html: page({ scripts: [`/cdn/${manifest.elements['outcome-capture'].entry}`], body: form('one-entry') }) },
  'no-script': { csp: STRICT, html: page({ scripts: [LOADER], body: form('no-script') }) },
  'missing-script': { csp: STRICT, html: page({ scripts: ['/cdn/not-there.js'], body: form('missing-script') }) },
  welsh: { csp: STRICT, html: page({ lang: 'cy', scripts: [LOADER], body: form('welsh') }) },
  'set-locale': { csp: STRICT, html: page({ scripts: [LOADER, '/host/set-locale.js'], body: form('set-locale') }) },
  'trusted-types': { csp: TRUSTED_TYPES, html: page({ scripts: [LOADER], body: form('trusted-types') }) },
  // A case system that writes null for every empty field (Newtonsoft, Jackson) hands the form its saved record.
  'vendor-nulls': {
    csp: STRICT,
    html: page({
      scripts: ['/host/watch-violations.js', LOADER],
      body: `<form method="post" action="/submitted/vendor-nulls"><${TAG} name="x" required value="${escapeAttribute(JSON.stringify(withNulls(samples.mrsTRecord)))}"></${TAG}></form>`,
    }),
  },
  // The page's own Lit made a policy named lit-html first; the directive allows a second.
  'trusted-types-two-lits': {
    csp: `${TRUSTED_TYPES} 'allow-duplicates'`,
    html: page({ scripts: ['/host/own-lit-policy.js', LOADER], body: form('trusted-types-two-lits') }),
  },
  // Without the lit-html policy the element cannot render: shows the directive is enforced.
  'trusted-types-none': {
    csp: `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`,
    html: page({ scripts: [LOADER], body: form('trusted-types-none') }),
  },
};
function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** A record as a vendor's serialiser writes it: null in every optional field that is empty. */
function withNulls(record) {
  return {
    ...record,
    subjectRef: record.subjectRef ?? null,
    recordedBy: record.recordedBy ?? null,
    notAskedReason: null,
    expressedBy: null,
    meetingParticipation: record.meetingParticipation ?? null,
    capacity: { decision: null, supportProvided: null, supportedBy: null, ...record.capacity },
  };
}

for (const { name, kind, tag, sample, extra } of everyElement) {
  const isForm = kind === 'form';
  const attributes = Object.entries({ ...(isForm ? { value: JSON.stringify(sample) } : {}), ...extra })
    .map(([attribute, text]) => `${attribute}="${escapeAttribute(text)}"`)
    .join(' ');
  const element = `<${tag} ${isForm ? 'name="x" required ' : ''}${attributes}>${FALLBACK}</${tag}>`;
  pages[`every-${name}`] = {
    csp: STRICT,
    html: page({
      scripts: ['/host/watch-violations.js', LOADER],
      body: isForm ? `<form method="post" action="/submitted/every-${name}">${element}</form>` : element,
    }),
  };
}

const hostScripts = {
  'watch-violations': `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.violatedDirective));`,
  'stamp-later': `addEventListener('load', () => setTimeout(() => {
  document.querySelector('#later').append(document.querySelector('#later-form').content.cloneNode(true));
}, 2000));`,
  'own-lit-policy': `trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });`,
  'set-locale': `import { setLocale } from '${LOADER}';\nsetLocale('cy');`,
};

const engineArgument = process.argv.indexOf('--engine');
const engine = engineArgument === -1 ? 'chromium' : process.argv[engineArgument + 1];
if (!ENGINES.includes(engine) || engineMissing(engine)) {
  console.error(`Cannot run the CDN check in "${engine}": ${engineMissing(engine)}`);
  process.exit(1);
}
console.log(`\nThe pages, in ${engine}:`);

const server = await startServer({ cdnDir, pages, hostScripts });
const stopDriver = engine === 'webkit' ? await startWebKitDriver() : async () => {};
const browser = await openBrowser(engine);
const skipped = [];
const skip = (what, why) => {
  console.log(`skip ${what} (${why})`);
  skipped.push(what);
};

/** A page in a tab of its own, with the files it has fetched from /cdn/ so far and its errors and warnings. */
async function open(name, { javaScript = true } = {}) {
  const from = server.requested.length;
  const tab = await browser.open(`${server.origin}/${name}`, { javaScript });
  const fetched = () =>
    server.requested.slice(from).filter((path) => path.startsWith('/cdn/')).map((path) => path.slice('/cdn/'.length));
  return { tab, fetched, problems: tab.problems, close: () => tab.close() };
}

const defined = (tab, tag = TAG) =>
  tab.waitFor((t) => Boolean(customElements.get(t) && document.querySelector(t)?.shadowRoot?.firstElementChild), 15_000, tag);

/** What a person can see or hear: the accessibility tree where the driver gives it, else the text drawn on the page. */
async function perceivable(tab) {
  if (!tab.accessibilityTree) return tab.evaluate(() => document.body.innerText);
  const names = [];
  const walk = (node) => {
    if (node.name) names.push(node.name);
    node.children?.forEach(walk);
  };
  walk(await tab.accessibilityTree());
  return names.join(' ');
}

/** Waits until the page's form has posted to the server. */
async function posted(name) {
  for (let waited = 0; waited < 15_000 && !server.submissions.has(name); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server.submissions.get(name);
}

/** Errors and warnings on the page, where the driver passes the console on. */
function quiet(page, problems, what = 'no errors or warnings') {
  if (browser.cannot.console) return skip(`${page}: ${what}`, browser.cannot.console);
  check(problems.length === 0, `${page}: ${what}${problems.length ? `: ${problems.join('; ')}` : ''}`);
}

/** Fills the form in, waits for it to post, and checks the posted record. */
async function fillAndPost(name, tab) {
  await fillOutcomeCapture(tab);
  const json = (await posted(name))?.get('x');
  check(typeof json === 'string', `${name}: the form posted a field named x`);
  const record = JSON.parse(json ?? 'null');
  check(validate(record), `${name}: the posted record validates against the JSON Schema${validate.errors ? ` (${ajv.errorsText(validate.errors)})` : ''}`);
  check(record?.outcomes?.[0]?.words === WORDS, `${name}: the record holds the words as typed, markup and all, as text`);
}

const pressSave = (tab, tag) => tab.evaluate((t) => document.querySelector(t).shadowRoot.querySelector('[part~="submit-button"]').click(), tag);
const sameFiles = (actual, expected) => JSON.stringify([...new Set(actual)].sort()) === JSON.stringify([...expected].sort());
const translationFiles = Object.values(manifest.translations).flatMap((locales) => Object.values(locales));
const ocFiles = manifest.elements['outcome-capture'].upFront;

try {
  const hasTrustedTypes = await (async () => {
    const { tab, close } = await open('at-load');
    const has = await tab.evaluate(() => 'trustedTypes' in window);
    await close();
    return has;
  })();
  {
    const { tab, problems, close, fetched } = await open('at-load');
    await defined(tab);
    check(sameFiles(fetched(), [manifest.loader, ...ocFiles]), `at-load: the loader fetched the shared chunk and the element's chunk only (${fetched().join(', ')})`);
    check(!(await perceivable(tab)).includes(FALLBACK), 'at-load: once defined, the fallback text is no longer shown');
    await fillAndPost('at-load', tab);
    check(!fetched().some((file) => translationFiles.includes(file)), 'at-load: an English page fetches no translations');
    quiet('at-load', problems);
    await close();
  }
  {
    const { tab, problems, close, fetched } = await open('later');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    check(sameFiles(fetched(), [manifest.loader]), `later: before a tag is in the page, only the loader is fetched (${fetched().join(', ')})`);
    check(!(await tab.evaluate((tag) => Boolean(customElements.get(tag)), TAG)), 'later: the element in <template> content is not defined before it is stamped');
    await defined(tab);
    check(true, 'later: the element stamped two seconds after load is defined');
    await fillAndPost('later', tab);
    quiet('later', problems);
    await close();
  }
  {
    const { tab, problems, close, fetched } = await open('one-entry');
    await defined(tab);
    check(!fetched().includes(manifest.loader), 'one-entry: the per-element entry works without the loader');
    await fillAndPost('one-entry', tab);
    quiet('one-entry', problems);
    await close();
  }
  if (browser.cannot.javaScriptOff) skip('no-script: the fallback text with JavaScript disabled', browser.cannot.javaScriptOff);
  else {
    const { tab, close } = await open('no-script', { javaScript: false });
    check((await perceivable(tab)).includes(FALLBACK), 'no-script: with JavaScript disabled, the fallback text inside the tag is shown');
    await close();
  }
  {
    const { tab, close } = await open('missing-script');
    check((await perceivable(tab)).includes(FALLBACK), 'missing-script: with the script missing, the fallback text inside the tag is shown');
    await close();
  }
  {
    const { tab, problems, close, fetched } = await open('welsh');
    await defined(tab);
    await tab.waitFor(
      (tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="submit-button"]')?.textContent.trim() !== 'Save what matters to the person',
      10_000,
      TAG,
    );
    const welsh = [manifest.translations.common.cy, manifest.translations['outcome-capture'].cy];
    const fetchedTranslations = fetched().filter((file) => translationFiles.includes(file));
    check(sameFiles(fetchedTranslations, welsh), `welsh: the shared Welsh and the element's Welsh only (${fetchedTranslations.join(', ')})`);
    check(
      (await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="base"]').lang, TAG)) === 'cy',
      'welsh: the element speaks Welsh',
    );
    quiet('welsh', problems);
    await close();
  }
  {
    const { tab, problems, close } = await open('set-locale');
    await defined(tab);
    const welsh = await tab
      .waitFor((tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="base"]')?.lang === 'cy', 10_000, TAG)
      .then(() => true, () => false);
    check(welsh, "set-locale: the loader's setLocale('cy') switches an English page's element to Welsh");
    quiet('set-locale', problems);
    await close();
  }
  {
    const { tab, problems, close } = await open('vendor-nulls');
    await defined(tab);
    await pressSave(tab, TAG);
    const json = (await posted('vendor-nulls'))?.get('x');
    const record = JSON.parse(json ?? 'null');
    check(validate(record), `vendor-nulls: a saved record with nulls in optional fields saves, and validates against the JSON Schema${validate.errors ? ` (${ajv.errorsText(validate.errors)})` : ''}`);
    check(typeof json === 'string' && !json.includes('null'), 'vendor-nulls: the posted record holds no null');
    check(record?.id === samples.mrsTRecord.id, 'vendor-nulls: the posted record is the one given');
    quiet('vendor-nulls', problems);
    await close();
  }
  {
    const { tab, close } = await open('vendor-nulls');
    await defined(tab);
    const violations = await tab.evaluate(() => window.cspViolations);
    check(violations.length === 0, `strict CSP: no Content-Security-Policy violation is reported, not even a caught one (${violations.join(', ')})`);
    await close();
  }
  for (const { name, kind, tag, validate: validateElement, sample } of everyElement) {
    const pageName = `every-${name}`;
    const { tab, problems, close, fetched } = await open(pageName);
    await defined(tab, tag);
    check(sameFiles(fetched(), [manifest.loader, ...manifest.elements[name].upFront]), `${pageName}: the loader fetched the shared chunk and <${tag}>'s chunk only`);
    if (kind !== 'form') {
      check(!(await perceivable(tab)).includes(FALLBACK), `${pageName}: the ${kind} is shown in place of the fallback text`);
      quiet(pageName, problems);
      await close();
      continue;
    }
    await pressSave(tab, tag);
    const submitted = JSON.parse((await posted(pageName))?.get('x') ?? 'null');
    check(validateElement(submitted), `${pageName}: its Save posts a record that validates against ${name}.schema.json${validateElement.errors ? ` (${ajv.errorsText(validateElement.errors)})` : ''}`);
    check(JSON.stringify(submitted) === JSON.stringify(sample), `${pageName}: the posted record is the sample given, unchanged`);
    quiet(pageName, problems);
    await close();
  }
  if (!hasTrustedTypes) {
    for (const name of ['trusted-types', 'trusted-types-two-lits', 'trusted-types-none']) skip(name, `${engine} has no Trusted Types`);
  } else {
    for (const name of ['trusted-types', 'trusted-types-two-lits']) {
      const { tab, problems, close } = await open(name);
      await defined(tab);
      await fillAndPost(name, tab);
      quiet(name, problems, 'no Trusted Types violations, errors or warnings');
      await close();
    }
    if (browser.cannot.console) skip('trusted-types-none: the violation reported (the check’s control)', browser.cannot.console);
    else {
      const { tab, problems, close } = await open('trusted-types-none');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const rendered = await tab.evaluate((tag) => Boolean(document.querySelector(tag)?.shadowRoot?.firstElementChild), TAG);
      check(!rendered && problems.some((p) => /trusted/i.test(p)), "trusted-types-none: without the lit-html policy the page reports the violation (the check's control)");
      await close();
    }
  }
} finally {
  await browser.close();
  await stopDriver();
  await server.close();
}

if (skipped.length) console.log(`\n${skipped.length} check(s) skipped in ${engine}, each for the reason given.`);
if (failures.length) {
  console.error(`\n${failures.length} CDN check(s) failed in ${engine}`);
  process.exit(1);
}
console.log(`\nThe CDN build works on plain pages under a strict CSP, in ${engine}.`);
