/** Removes build output folders given as arguments, relative to the project root (never outside it). */
import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const dir of process.argv.slice(2)) {
  const target = resolve(root, dir);
  const inside = relative(root, target);
  if (!inside || inside.startsWith('..')) throw new Error(`refusing to remove ${target}`);
  rmSync(target, { recursive: true, force: true });
}
