/**
 * The elements this package builds, found on disk: every folder under src/elements/ is one
 * element, and what the scripts need of it is:
 *
 * - `element.json`, what the element is: `{ "kind": "form" }` for a form-associated element whose
 *   value is a record it posts with its form, or `{ "kind": "report" }` for a read-only element with
 *   no form association and no record of its own;
 * - `<name>.ts`, the define file, which registers the tag `msp-<name>`;
 * - in package.json, `./<name>.js` in `exports` and both define files (dist and src) in
 *   `sideEffects` (`npm run check:exports` says what is missing or left over);
 * - an id prefix in src/locales/translation-scopes.json (`npm run localize` fails without one);
 * - for a form, a record kind with a JSON Schema (dist/schemas/<name>.schema.json) and sample
 *   records in fixtures/states/<name>.records.ts, which the CDN check posts; a report is only shown.
 *
 * The build, the CDN check, the size report and the benchmark take their list from here, and the
 * CDN check and the benchmark each element's kind; the CDN loader, the element's chunk and its
 * size row need nothing more. Optional: a heavy record for the benchmark
 * (scripts/bench/heavy-records.mjs), a size budget (scripts/budgets.mjs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const KINDS = ['form', 'report'];

export const tagOf = (name) => `msp-${name}`;

/** The kind declared in src/elements/<name>/element.json; throws with what to write if it is missing or unknown. */
export function kindOf(name, root = projectRoot) {
  const file = join(root, 'src/elements', name, 'element.json');
  const expected = `${KINDS.map((kind) => `{ "kind": "${kind}" }`).join(' or ')}`;
  if (!existsSync(file)) throw new Error(`src/elements/${name}/ has no element.json: write ${expected}`);
  let kind;
  try {
    ({ kind } = JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`src/elements/${name}/element.json is not JSON (${error.message}): write ${expected}`);
  }
  if (!KINDS.includes(kind)) {
    throw new Error(`src/elements/${name}/element.json: kind ${JSON.stringify(kind)} is not one of ${KINDS.join(', ')}`);
  }
  return kind;
}

/** Every element, sorted by name: `{ name, tag, kind }`. Throws if one has no define file for its tag or no valid element.json. */
export function elements(root = projectRoot) {
  const elementsDir = join(root, 'src/elements');
  if (!existsSync(elementsDir)) return [];
  const found = [];
  for (const entry of readdirSync(elementsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const name = entry.name;
    const defineFile = join(elementsDir, name, `${name}.ts`);
    if (!existsSync(defineFile)) throw new Error(`src/elements/${name}/ has no define file ${name}.ts`);
    if (!readFileSync(defineFile, 'utf8').includes(`'${tagOf(name)}'`)) {
      throw new Error(`src/elements/${name}/${name}.ts should define <${tagOf(name)}>`);
    }
    found.push({ name, tag: tagOf(name), kind: kindOf(name, root) });
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The folder names under src/elements/, sorted. */
export const elementNames = (root = projectRoot) => elements(root).map((element) => element.name);
