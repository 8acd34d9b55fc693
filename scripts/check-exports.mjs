/**
 * Checks package.json's `exports` and `sideEffects` against the folders under src/elements/:
 * every element has its `./<name>.js` export, with types, and both of its define files (dist and
 * src) in `sideEffects`; and nothing is listed that does not exist. Needs no build: a dist path
 * is checked against the source it is built from (./dist/x.js and ./dist/x.d.ts from ./src/x.ts).
 * Run by CI (`npm run check:exports`) and by the build, which stops on a problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementNames, projectRoot } from './elements.mjs';

/** Files npm run build writes that have no source of their own. */
const GENERATED = ['./custom-elements.json'];

/** The source a listed path is built from; for a pattern, the folder its files are built from. */
const sourceOf = (path) =>
  path.includes('*')
    ? path.slice(0, path.indexOf('*')).replace(/^\.\/dist\//, './src/')
    : path.replace(/^\.\/dist\/(.*?)(?:\.d\.ts|\.js)$/, './src/$1.ts');

/** What is wrong with package.json, one line each; empty when it matches src/elements/. */
export function packageProblems(root = projectRoot) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const exportsMap = pkg.exports ?? {};
  const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects : [];
  const problems = [];
  for (const name of elementNames(root)) {
    const built = `./dist/elements/${name}/${name}`;
    const entry = exportsMap[`./${name}.js`];
    if (entry?.types !== `${built}.d.ts` || entry?.default !== `${built}.js`) {
      problems.push(`exports["./${name}.js"] should be { "types": "${built}.d.ts", "default": "${built}.js" }`);
    }
    // The source is listed too: bundlers apply sideEffects to this package's own src/ when
    // Storybook or the size report bundle it, and would otherwise drop the registration.
    for (const file of [`${built}.js`, `./src/elements/${name}/${name}.ts`]) {
      if (!sideEffects.includes(file)) problems.push(`sideEffects should list ${file}`);
    }
  }
  const listed = [
    ...Object.entries(exportsMap).flatMap(([key, target]) =>
      (typeof target === 'string' ? [target] : Object.values(target)).map((path) => [`exports["${key}"]`, path]),
    ),
    ...sideEffects.map((path) => ['sideEffects', path]),
  ];
  for (const [where, path] of listed) {
    if (GENERATED.includes(path) || existsSync(join(root, sourceOf(path)))) continue;
    problems.push(`${where} lists ${path}, but ${sourceOf(path)} does not exist`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = packageProblems();
  if (problems.length) {
    console.error(`package.json does not match src/elements/:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log("package.json's exports and sideEffects match src/elements/.");
}
