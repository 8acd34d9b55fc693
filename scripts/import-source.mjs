/**
 * Modules of the repository, written in TypeScript, imported into a Node script: `exports` is
 * module text such as `export * from './src/schemas/registry.ts';` (paths from the repository's
 * top), bundled in memory by esbuild and imported from a data URL. Nothing is written to disk.
 */
import { build } from 'esbuild';
import { projectRoot } from './elements.mjs';

export async function importSource(exports, { minify = false } = {}) {
  const result = await build({
    stdin: { contents: exports, resolveDir: projectRoot, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    minify,
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
