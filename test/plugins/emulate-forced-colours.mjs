/**
 * A test-runner command that turns forced colours (Windows High Contrast and the like) on or off
 * in Chromium. The runner's own `emulateMedia` passes `forcedColors` to Playwright only; with the
 * Puppeteer-driven Chromium used here it is ignored.
 *
 * In a test: `executeServerCommand('emulate-forced-colours', { forcedColors: 'active' })`.
 * It sets the forced-colors media feature alone, clearing any other emulated media feature.
 * Puppeteer's own emulateMediaFeatures refuses this feature, so it goes to Chromium directly,
 * through a DevTools session kept open per page (an override ends with its session).
 */
export function emulateForcedColoursPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colours',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colours') return undefined;
      const value = payload?.forcedColors;
      if (value !== 'active' && value !== 'none') throw new Error('forcedColors must be "active" or "none"');
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-forced-colours needs Puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
