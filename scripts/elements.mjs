/**
 * The elements this package builds, found on disk: every folder under src/elements/ holds one
 * element, whose define file (the module that registers the tag) is named like the folder,
 * src/elements/<name>/<name>.ts, and registers <msp-<name>>. The build, the size report, the
 * benchmark and the checks all take their list from here, so a new element needs only its folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const tagOf = (name) => `msp-${name}`;

/** The folder names under src/elements/, sorted; throws if one has no define file for its tag. */
export function elementNames(root = projectRoot) {
  const elementsDir = join(root, 'src/elements');
  if (!existsSync(elementsDir)) return [];
  const names = [];
  for (const entry of readdirSync(elementsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const defineFile = join(elementsDir, entry.name, `${entry.name}.ts`);
    if (!existsSync(defineFile)) {
      throw new Error(`src/elements/${entry.name}/ has no define file ${entry.name}.ts`);
    }
    if (!readFileSync(defineFile, 'utf8').includes(`'${tagOf(entry.name)}'`)) {
      throw new Error(`src/elements/${entry.name}/${entry.name}.ts should define <${tagOf(entry.name)}>`);
    }
    names.push(entry.name);
  }
  return names.sort();
}
