/**
 * Writes two files beside the CDN build:
 *
 * - manifest.json: which file is the loader, the shared chunk, each element's entry and chunk
 *   (with every file it loads up front), and each translation chunk. Used by the size report and
 *   the checks, and by hosts that want `<link rel="modulepreload">` hints.
 * - integrity.json: the sha384 of every file in the folder as written, for Subresource Integrity.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOADER_ENTRY, defineFileOf } from './cdn-entries.mjs';
import { tagOf } from '../elements.mjs';

const posix = (path) => path.split(sep).join('/');
const translationOf = (moduleId) => /\/src\/locales\/generated\/([^/]+)\/([^/]+)\.ts$/.exec(posix(moduleId ?? ''));

/** Every file a chunk needs before it runs: itself and its static imports, transitively. */
function upFront(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of bundle[fileName].imports) upFront(bundle, imported, seen);
  return seen;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => posix(relative(dir, join(entry.parentPath, entry.name))))
    .sort();
}

export function cdnManifest({ root, pkg, elements, sharedChunkName }) {
  return {
    name: 'msp-cdn-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const find = (test, what) => {
        const found = chunks.filter(test);
        if (found.length !== 1) this.error(`expected one ${what} in the CDN build, found ${found.length}`);
        return found[0].fileName;
      };
      const manifest = {
        name: pkg.name,
        version: pkg.version,
        loader: find((chunk) => chunk.isEntry && chunk.name === LOADER_ENTRY, 'loader'),
        shared: find((chunk) => !chunk.isEntry && chunk.name === sharedChunkName, 'shared chunk'),
        elements: {},
        translations: {},
      };
      for (const name of elements) {
        const chunk = find((c) => c.facadeModuleId === defineFileOf(root, name) && !c.isEntry, `chunk of ${name}`);
        manifest.elements[name] = {
          tag: tagOf(name),
          entry: find((c) => c.isEntry && c.name === name, `entry of ${name}`),
          chunk,
          upFront: [...upFront(bundle, chunk)].sort(),
        };
      }
      for (const chunk of chunks) {
        const match = translationOf(chunk.facadeModuleId);
        if (!match) continue;
        const [, locale, scope] = match;
        (manifest.translations[scope] ??= {})[locale] = chunk.fileName;
      }
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
    writeBundle({ dir }) {
      const files = {};
      for (const file of filesUnder(dir)) {
        if (file === 'integrity.json') continue;
        files[file] = `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
      }
      const integrity = { name: pkg.name, version: pkg.version, algorithm: 'sha384', files };
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}
