/**
 * A test-runner command that types and presses keys over classic WebDriver, for WebKit. The
 * runner's own `sendKeys` sends a whole string in one burst, in which WebKitGTK drops spaces and
 * repeated letters, and it cannot hold a key down (Shift+Tab). Here each key goes down and up with
 * a short pause after it, and `down`/`up` hold and release a key as in Puppeteer.
 *
 * In a test: `executeServerCommand('webdriver-keys', { type: 'words' })`, or `{ press: 'Tab' }`,
 * `{ down: 'Shift' }`, `{ up: 'Shift' }` (test/engines.ts sends keys this way in WebKit).
 */

/** WebDriver's code points for the named keys the tests press. */
const NAMED = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
};

const code = (key) => {
  if (NAMED[key]) return NAMED[key];
  if ([...key].length === 1) return key;
  throw new Error(`webdriver-keys does not know the key "${key}"`);
};

const PAUSE = { type: 'pause', duration: 10 };

export function webdriverKeysPlugin() {
  return {
    name: 'webdriver-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'webdriver-keys') return undefined;
      if (session.browser.type !== 'webdriver') throw new Error('webdriver-keys is for WebDriver sessions');
      const driver = session.browser.driver;
      let actions;
      if (typeof payload?.type === 'string') {
        actions = [...payload.type].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }, PAUSE]);
      } else if (typeof payload?.press === 'string') {
        actions = [{ type: 'keyDown', value: code(payload.press) }, { type: 'keyUp', value: code(payload.press) }, PAUSE];
      } else if (typeof payload?.down === 'string') {
        actions = [{ type: 'keyDown', value: code(payload.down) }];
      } else if (typeof payload?.up === 'string') {
        actions = [{ type: 'keyUp', value: code(payload.up) }];
      } else {
        throw new Error('webdriver-keys needs one of type, press, down or up');
      }
      await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
      return true;
    },
  };
}
