/**
 * Fills in <msp-outcome-capture> as a person would, with the fewest answers that make a complete
 * record, and presses its button. The one place that knows the form's fields: when they change,
 * change this.
 */
export const WORDS = 'I want to stay in my flat <b>and</b> keep my dog';

/** @param {ReturnType<import('./tabs.mjs').openBrowser> extends Promise<infer B> ? Awaited<ReturnType<B['open']>> : never} tab @param {string} [host] the element on the page */
export async function fillOutcomeCapture(tab, host = 'msp-outcome-capture') {
  const click = (selector) => tab.clickIn(host, selector);
  const shown = (selector) => tab.waitFor((h, s) => Boolean(document.querySelector(h).shadowRoot.querySelector(s)), 10_000, host, selector);

  await click('#asked');
  await shown('#expressed-by');
  await click('#expressed-by');
  await click('#add-outcome');
  await tab.waitFor((h) => document.querySelector(h).shadowRoot.activeElement?.localName === 'textarea', 10_000, host);
  await tab.type(WORDS);
  // The conversation date, typed into its day, month and year boxes.
  await click('#conversation-date');
  await tab.type('15');
  await tab.press('Tab');
  await tab.type('1');
  await tab.press('Tab');
  await tab.type('2026');
  await click('#conversation-method');
  await click('#lacked-capacity-2');
  await click('#information-given');
  await click('[part~="submit-button"]');
}
