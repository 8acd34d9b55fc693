/**
 * Before the portal starts (or its tests run): builds the package if the CDN build, the built
 * schemas the server validates with or the counting the Board page uses are missing, as on a
 * fresh clone.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = ['dist/cdn/msp-elements.js', 'dist/schemas/index.js', 'dist/aggregate/index.js'];
const missing = needed.filter((file) => !existsSync(new URL(`../${file}`, import.meta.url)));
if (missing.length) {
  console.log(`Building the package first (${missing.join(', ')} missing)…`);
  execSync('npm run build', { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}
