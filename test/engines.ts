/**
 * The engine a test file runs in (MSP_ENGINE, set on the test page by scripts/test-page.mjs), and
 * the test-runner commands that only some engines' launchers can carry out. A test that needs one
 * is declared with `where(need)(title, fn)`: where the launcher cannot do it, the test is skipped
 * and its title says why, so a skip is never silent.
 */
import { executeServerCommand, sendKeys as runnerSendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = (globalThis as { mspTestEngine?: Engine }).mspTestEngine ?? 'chromium';

const NEEDS = {
  'forced-colours': {
    engines: ['chromium'],
    reason: 'only Chromium’s DevTools protocol can emulate forced colours',
  },
  'print-media': {
    engines: ['chromium'],
    reason: 'print media can be emulated only over Chromium’s DevTools protocol, not WebDriver BiDi or WebDriver',
  },
  'a11y-snapshot': {
    engines: ['chromium'],
    reason: 'the accessibility-tree snapshot command needs Chromium’s DevTools protocol',
  },
  mouse: {
    engines: ['chromium', 'firefox'],
    reason: 'the WebDriver launcher cannot move the mouse',
  },
  'root-font-change': {
    engines: ['chromium', 'firefox'],
    reason:
      'an engine bug: WebKitGTK 2.50 keeps a radio or checkbox at the size it had when the root font size changes on an open ' +
      'page (the same size written out in full does not help); not yet filed at bugs.webkit.org, where it belongs',
  },
  viewport: {
    engines: ['chromium', 'firefox'],
    reason: 'the WebDriver launcher cannot resize the viewport',
  },
} satisfies Record<string, { engines: Engine[]; reason: string }>;

export type Need = keyof typeof NEEDS;

/** Whether this engine's launcher can do what a test needs. */
export const can = (need: Need): boolean => (NEEDS[need].engines as Engine[]).includes(engine);

/** `it`, or a skip naming the reason where this engine's launcher cannot do what the test needs. */
export function where(...needs: Need[]) {
  const missing = needs.find((need) => !can(need));
  if (!missing) return it;
  return (title: string, fn?: Mocha.Func | Mocha.AsyncFunc) => it.skip(`${title} (skipped in ${engine}: ${NEEDS[missing].reason})`, fn);
}

type KeysPayload = Parameters<typeof runnerSendKeys>[0];

/**
 * The runner's `sendKeys`, in every engine: in WebKit through test/plugins/webdriver-keys.mjs (the
 * runner's WebDriver keys drop letters and cannot hold Shift), and the space bar as ' ', the one
 * name every launcher knows.
 */
export function sendKeys(payload: KeysPayload): Promise<unknown> {
  const named = 'press' in payload && payload.press === 'Space' ? { press: ' ' } : payload;
  return engine === 'webkit' ? executeServerCommand('webdriver-keys', named) : runnerSendKeys(named);
}

/** Whether an arrow key past the end of a radio group wraps round: WebKitGTK's radios stop at the ends. */
export const radiosWrapRound = engine !== 'webkit';
