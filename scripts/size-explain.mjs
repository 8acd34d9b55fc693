/**
 * What each chunk of the CDN build is made of: the build is run in memory with the same
 * configuration, and every module's code in each chunk is minified on its own.
 *
 * For each module: minified bytes, and an estimate of its share of the chunk's min+gzip size
 * (the chunk's gzip size split in proportion to minified bytes). Third-party modules are grouped
 * by package. A module of one element's own that ended up in the shared chunk is flagged with
 * the modules that import it.
 *
 *   npm run size:explain [-- <chunk name>]   e.g. -- shared
 */
import { gzipSync } from 'node:zlib';
import { relative, sep } from 'node:path';
import { rollup } from 'rollup';
import { minify } from 'terser';
import configs from '../rollup.config.mjs';
import { elementNames, projectRoot as root } from './elements.mjs';

const only = process.argv[2];
const config = configs.find((c) => c.output.dir === 'dist/cdn');
const elements = elementNames();
const importersOf = new Map();
const recordImporters = {
  name: 'record-importers',
  generateBundle() {
    for (const id of this.getModuleIds()) importersOf.set(id, this.getModuleInfo(id).importers);
  },
};

const bundle = await rollup({ ...config, plugins: [...config.plugins, recordImporters], onwarn: () => {} });
const { output } = await bundle.generate(config.output);
await bundle.close();

const posix = (id) => id.split(sep).join('/');
const label = (id) => {
  const path = posix(id);
  const at = path.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const parts = path.slice(at + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return path.startsWith('\0') ? path.slice(1) : posix(relative(root, id));
};
/** An element's own module (its folder, its schema) in a chunk shared by every element. */
const elementOwn = (id) =>
  elements.some((name) => posix(id).includes(`/src/elements/${name}/`) || posix(id).endsWith(`/src/schemas/${name}.ts`));

const KB = 1024;
for (const chunk of output) {
  if (chunk.type !== 'chunk' || (only && chunk.name !== only) || !Object.keys(chunk.modules).length) continue;
  const chunkGzip = gzipSync(chunk.code, { level: 9 }).length;
  const groups = new Map();
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    // Top-level names stay as they are: on its own, a module's declarations look unused and would be dropped.
    const minified = (await minify(module.code, { module: false, toplevel: false, compress: { passes: 2 }, mangle: true })).code ?? '';
    const key = label(id);
    const group = groups.get(key) ?? { min: 0, gzipAlone: 0, ids: [] };
    group.min += minified.length;
    group.gzipAlone += gzipSync(minified, { level: 9 }).length;
    group.ids.push(id);
    groups.set(key, group);
  }
  const totalMin = [...groups.values()].reduce((total, group) => total + group.min, 0);
  console.log(`\n${chunk.fileName}: ${chunk.code.length.toLocaleString('en-GB')} bytes min, ${(chunkGzip / KB).toFixed(1)} KB min+gzip`);
  console.log(`  ${'module or package'.padEnd(58)} ${'min'.padStart(8)} ${'≈ share of gzip'.padStart(16)} ${'gzip alone'.padStart(11)}`);
  for (const [key, group] of [...groups].sort((a, b) => b[1].min - a[1].min)) {
    const share = (group.min / totalMin) * chunkGzip;
    console.log(
      `  ${key.padEnd(58)} ${group.min.toLocaleString('en-GB').padStart(8)} ${`${(share / KB).toFixed(2)} KB`.padStart(16)} ${`${(group.gzipAlone / KB).toFixed(2)} KB`.padStart(11)}`,
    );
    if (chunk.name === 'shared' && group.ids.some(elementOwn)) {
      const importers = group.ids.flatMap((id) => importersOf.get(id) ?? []).map(label);
      console.log(`      ↑ one element's own code, in the shared chunk because ${importers.join(', ')} import${importers.length === 1 ? 's' : ''} it`);
    }
  }
}
