import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A test-server plugin that serves the named files bundled with their dependencies, for
 * test-only libraries published as CommonJS (which a browser cannot import as they are).
 */
export function bundledFiles(paths) {
  const cache = new Map();
  return {
    name: 'bundled-files',
    async serve(context) {
      if (!paths.includes(context.path)) return undefined;
      if (!cache.has(context.path)) {
        const result = await build({
          entryPoints: [`${root}${context.path.slice(1)}`],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          write: false,
          logLevel: 'error',
        });
        cache.set(context.path, result.outputFiles[0].text);
      }
      return { body: cache.get(context.path), type: 'js' };
    },
  };
}
