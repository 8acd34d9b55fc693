/**
 * The npm entries as an application's bundler would ship them, for the size report
 * (.size-limit.mjs): each entry of package.json "exports" bundled with everything it imports by
 * esbuild, minified, into build/size/<entry>/, and the files that load up front (the entry's
 * output and its static imports, not the chunks it imports lazily).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

/** Leaves the record schemas (shared with the elements) and zod out of a bundle, to measure what an entry adds. */
export const withoutSchemas = {
  name: 'without-schemas',
  setup(build) {
    build.onResolve({ filter: /\/schemas\/|^zod/ }, ({ path }) => ({ path, external: true }));
  },
};

/** The JavaScript entries of the exports map: `[['msp-elements/classes', './dist/classes.js'], …]`. */
export const npmEntries = (pkg) =>
  Object.entries(pkg.exports)
    .map(([subpath, target]) => [subpath, typeof target === 'string' ? target : target.default])
    .filter(([subpath, target]) => !subpath.includes('*') && target?.endsWith('.js'))
    .map(([subpath, target]) => [subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, target]);

/**
 * Bundles `file` (relative to `root`) into `root/outDir`, emptied first; returns the paths,
 * relative to `root`, of the files an application loads up front.
 */
export async function bundleUpFront(root, file, outDir, plugins = []) {
  const outdir = join(root, outDir);
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    plugins,
    absWorkingDir: root,
    entryPoints: [join(root, file)],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    outdir,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  for (const out of result.outputFiles) {
    mkdirSync(dirname(out.path), { recursive: true });
    writeFileSync(out.path, out.contents);
  }
  const outputs = result.metafile.outputs;
  const upFront = new Set();
  const visit = (out) => {
    if (upFront.has(out)) return;
    upFront.add(out);
    for (const imported of outputs[out].imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(Object.keys(outputs).find((out) => outputs[out].entryPoint));
  return [...upFront].map((out) => relative(root, join(root, out)));
}
