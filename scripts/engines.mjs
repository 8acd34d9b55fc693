/**
 * The three browser engines the tests run in, all from Debian packages (no browser download):
 * Chromium (`chromium`), Firefox ESR (`firefox-esr`, driven by puppeteer-core over WebDriver BiDi)
 * and WebKitGTK (`webkit2gtk-driver`: WebKitWebDriver driving MiniBrowser, Safari's engine, under a
 * virtual display from `xvfb`). MSP_ENGINE picks one for a test run; `npm test` runs each that is
 * installed (MSP_ENGINES names the ones that must run, as CI does).
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** The port WebKitWebDriver listens on while the WebKit tests run. */
export const webkitDriverPort = Number(process.env.WEBKIT_WEBDRIVER_PORT) || 4449;

/** MiniBrowser, the WebKitGTK browser WebKitWebDriver starts; Debian keeps it out of the PATH. */
export function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const known = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  if (existsSync(known)) return known;
  try {
    return execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' })
      .split('\n')
      .find((line) => line.endsWith('/MiniBrowser'));
  } catch {
    return undefined;
  }
}

const onPath = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Whether an engine can run here, and if not, what is missing. */
export function engineMissing(engine) {
  if (engine === 'chromium') return existsSync(chromiumPath) ? undefined : `${chromiumPath} (apt-get install chromium)`;
  if (engine === 'firefox') return existsSync(firefoxPath) ? undefined : `${firefoxPath} (apt-get install firefox-esr)`;
  if (engine === 'webkit') {
    if (!onPath('WebKitWebDriver') || !miniBrowserPath()) return 'WebKitWebDriver (apt-get install webkit2gtk-driver)';
    if (!onPath('xvfb-run')) return 'xvfb-run (apt-get install xvfb)';
    return undefined;
  }
  return `an engine called "${engine}" (one of ${ENGINES.join(', ')})`;
}

/** What webdriverio needs to start a WebKit session on the local WebKitWebDriver. */
export function webkitSession() {
  return {
    hostname: '127.0.0.1',
    port: webkitDriverPort,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only; webdriverio would otherwise ask for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
    },
  };
}

/** The test runner's launcher for an engine. */
export function engineLauncher(engine) {
  if (engine === 'firefox') {
    const launcher = chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        // Focus and blur events even in a page that is not in front, as in Firefox's own test runs.
        extraPrefsFirefox: { 'focusmanager.testmode': true },
      },
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await page.bringToFront();
        return page;
      },
    });
    // Each test file in a tab of its own: a tab used again keeps the last file's focus, which a
    // Tab past a page's last control leaves in the browser's own toolbar, where keys then go.
    const stopSession = launcher.stopSession.bind(launcher);
    launcher.stopSession = async (sessionId) => {
      const result = await stopSession(sessionId);
      await launcher.inactivePages.pop()?.puppeteerPage.close();
      return result;
    };
    return launcher;
  }
  if (engine === 'webkit') return webdriverLauncher(webkitSession());
  return chromeLauncher({
    // Each test page gets its own browser context. Pages sharing one context compete for the
    // foreground, and a page in the background gets no animation frames, so fixtures time out.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
  });
}
