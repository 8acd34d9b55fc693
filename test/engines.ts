/**
 * The engine a test file runs in (MSP_ENGINE, set on the test page by scripts/test-page.mjs), and
 * the test-runner commands that only some engines' launchers can carry out. A test that needs one
 * is declared with `where(need)(title, fn)`: where the launcher cannot do it, the test is skipped
 * and its title says why, so a skip is never silent.
 */
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

/** A key name every launcher knows: Firefox's and WebKit's launchers know the space bar only as ' '. */
export const keyName = (key: string): string => (key === 'Space' ? ' ' : key);
