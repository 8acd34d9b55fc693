import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A test-server plugin that serves the framework examples (examples/react, examples/vue) bundled,
 * as an app's own bundler would: React is published as CommonJS, and both read
 * `process.env.NODE_ENV`. `msp-elements` resolves to this repository's source.
 */
export function frameworkExamples() {
  const cache = new Map();
  return {
    name: 'framework-examples',
    async serve(context) {
      const match = /^\/examples\/(react|vue)\/app\.(ts|js)$/.exec(context.path);
      if (!match) return undefined;
      if (!cache.has(match[1])) {
        const result = await build({
          entryPoints: [`${root}examples/${match[1]}/app.ts`],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          write: false,
          logLevel: 'error',
          alias: { 'msp-elements': `${root}src/index.ts` },
          define: {
            'process.env.NODE_ENV': '"development"',
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
        });
        cache.set(match[1], result.outputFiles[0].text);
      }
      return { body: cache.get(match[1]), type: 'js' };
    },
  };
}
