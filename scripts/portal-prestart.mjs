/**
 * Before the portal starts (or its tests run): builds the package if the CDN build or the built
 * schemas the server validates with are missing, as on a fresh clone.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = ['dist/cdn/msp-elements.js', 'dist/schemas/index.js'];
const missing = needed.filter((file) => !existsSync(new URL(`../${file}`, import.meta.url)));
if (missing.length) {
  console.log(`Building the package first (${missing.join(', ')} missing)…`);
  execSync('npm run build', { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}
