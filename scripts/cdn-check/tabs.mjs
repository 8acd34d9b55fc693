/**
 * The CDN check's view of a browser, the same in every engine: open a page in a tab of its own,
 * run a function in it, wait until one holds, click a control inside an element's shadow root,
 * and type or press keys as a person would. Chromium and Firefox are driven by puppeteer-core
 * (Firefox over WebDriver BiDi), WebKit by WebKitWebDriver (scripts/webkit-driver.mjs starts it).
 *
 * What an engine's driver cannot do is said in `cannot` (why, by need), so the check can name
 * what it skipped: turning JavaScript off, the accessibility tree, the page's console.
 */
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { firefoxPath, webkitSession } from '../engines.mjs';

/** WebDriver's code points for the keys the check presses. */
const WEBDRIVER_KEYS = { Tab: '\uE004', Enter: '\uE007' };

async function puppeteerBrowser(engine) {
  const launch = (prefs) =>
    engine === 'firefox'
      ? puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: prefs })
      : puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--lang=en-GB'] });
  const browser = await launch({});
  // Firefox turns JavaScript off only for a whole browser, by preference.
  let scriptless;

  return {
    cannot: engine === 'firefox' ? { accessibilityTree: 'Firefox over WebDriver BiDi has no accessibility-tree snapshot' } : {},
    async open(url, { javaScript = true } = {}) {
      let context;
      if (javaScript || engine !== 'firefox') context = await browser.createBrowserContext();
      else context = await (scriptless ??= await launch({ 'javascript.enabled': false })).createBrowserContext();
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => ['error', 'warning', 'warn'].includes(message.type()) && problems.push(message.text()));
      if (!javaScript && engine !== 'firefox') await page.setJavaScriptEnabled(false);
      await page.goto(url, { waitUntil: 'load' });
      return {
        problems,
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        waitFor: (fn, timeout, ...args) => page.waitForFunction(fn, { timeout }, ...args).then(() => undefined),
        async clickIn(host, selector) {
          const handle = await page.evaluateHandle((h, s) => document.querySelector(h).shadowRoot.querySelector(s), host, selector);
          await handle.asElement().click();
        },
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key),
        accessibilityTree: engine === 'firefox' ? undefined : () => page.accessibility.snapshot({ interestingOnly: false }),
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      await scriptless?.close();
    },
  };
}

async function webkitBrowser() {
  const driver = await remote(webkitSession());
  const keys = (values) =>
    driver.performActions([
      { type: 'key', id: 'keyboard', actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }, { type: 'pause', duration: 10 }]) },
    ]);
  // WebDriver runs a function given as its source; arguments follow as JSON.
  const run = (fn, args) => driver.execute(`return (${fn}).apply(null, arguments)`, ...args);

  return {
    cannot: {
      javaScriptOff: 'WebKitWebDriver cannot turn JavaScript off',
      accessibilityTree: 'WebKitWebDriver has no accessibility-tree snapshot',
      console: 'classic WebDriver does not pass on the page’s console',
    },
    async open(url) {
      await driver.url(url);
      return {
        problems: [],
        evaluate: (fn, ...args) => run(fn, args),
        waitFor: (fn, timeout, ...args) => driver.waitUntil(() => run(fn, args).then(Boolean), { timeout, interval: 100 }).then(() => undefined),
        clickIn: (host, selector) =>
          run(
            (h, s) => {
              // A script's click does not focus: focus first, as a person's click would.
              const control = document.querySelector(h).shadowRoot.querySelector(s);
              control.focus();
              control.click();
            },
            [host, selector],
          ),
        type: (text) => keys([...text]),
        press: (key) => keys([WEBDRIVER_KEYS[key] ?? key]),
        close: () => driver.url('about:blank'),
      };
    },
    close: () => driver.deleteSession(),
  };
}

/** A browser of the given engine for the CDN check. */
export const openBrowser = (engine) => (engine === 'webkit' ? webkitBrowser() : puppeteerBrowser(engine));
