/**
 * Starts headless Chromium for the scripts that drive a real browser (the CDN check, the package
 * check, the benchmark): Debian's /usr/bin/chromium, or the browser named by CHROME_PATH.
 */
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags for headless Chromium on this machine, shared with the test runner: no sandbox (it runs as
 * root), no background connections and no look-ups of Google's hosts (there is no network).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export function launchChromium({ args = [] } = {}) {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, '--lang=en-GB', ...args],
  });
}
