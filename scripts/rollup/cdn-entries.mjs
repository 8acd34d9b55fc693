/**
 * The CDN build's entry modules, written at build time from the list of elements:
 *
 * - `msp-elements`: the loader. One lazy import per element, keyed by its tag, handed to
 *   src/cdn/autoload.ts; and one lazy import of src/cdn/shared.ts, in the shared chunk, so the browser
 *   fetches the shared chunk beside the first element's own instead of after it, and so the
 *   loader can offer `setLocale` without loading anything until it is called.
 * - `<name>`: one element, for pages that name what they load. It re-exports the element's
 *   module, so the loader and this entry share one copy of the element.
 */
import { join } from 'node:path';
import { tagOf } from '../elements.mjs';

const PREFIX = '\0msp-cdn:';
export const LOADER_ENTRY = 'msp-elements';

export const defineFileOf = (root, name) => join(root, 'src/elements', name, `${name}.ts`);

/** Rollup `input` for the CDN build: the loader and one entry per element. */
export function cdnInput(elements) {
  return {
    [LOADER_ENTRY]: `${PREFIX}${LOADER_ENTRY}`,
    ...Object.fromEntries(elements.map((name) => [name, `${PREFIX}element:${name}`])),
  };
}

/**
 * @param {{ root: string, elements: string[], sharedModule: string }} options `sharedModule` is
 *   src/cdn/shared.ts, which the build places in the shared chunk.
 */
export function cdnEntries({ root, elements, sharedModule }) {
  const path = (file) => JSON.stringify(file);
  return {
    name: 'msp-cdn-entries',
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const what = id.slice(PREFIX.length);
      if (what === LOADER_ENTRY) {
        const loaders = elements
          .map((name) => `  ${JSON.stringify(tagOf(name))}: () => import(${path(defineFileOf(root, name))}),`)
          .join('\n');
        return (
          `import { autoload } from ${path(join(root, 'src/cdn/autoload.ts'))};\n` +
          `const loadShared = () => import(${path(sharedModule)});\n` +
          `export const discover = autoload({\n${loaders}\n}, loadShared);\n` +
          `export const setLocale = (tag) => loadShared().then((shared) => shared.setLocale(tag));\n`
        );
      }
      const name = what.slice('element:'.length);
      return `export * from ${path(defineFileOf(root, name))};\n`;
    },
  };
}
