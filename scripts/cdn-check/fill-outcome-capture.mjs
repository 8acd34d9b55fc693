/**
 * Fills in <msp-outcome-capture> as a person would, with the fewest answers that make a complete
 * record, and presses its button. The one place that knows the form's fields: when they change,
 * change this.
 */
export const WORDS = 'I want to stay in my flat <b>and</b> keep my dog';

/** @param {import('puppeteer-core').Page} tab @param {string} [selector] the element on the page */
export async function fillOutcomeCapture(tab, selector = 'msp-outcome-capture') {
  const inShadow = (inner) =>
    tab.evaluateHandle((host, s) => document.querySelector(host).shadowRoot.querySelector(s), selector, inner);
  const press = async (inner) => (await inShadow(inner)).click();
  const waitFor = (inner) =>
    tab.waitForFunction((host, s) => document.querySelector(host).shadowRoot.querySelector(s), {}, selector, inner);

  await press('#asked');
  await waitFor('#expressed-by');
  await press('#expressed-by');
  await press('#add-outcome');
  await tab.waitForFunction((host) => document.querySelector(host).shadowRoot.activeElement?.localName === 'textarea', {}, selector);
  await tab.keyboard.type(WORDS);
  await typeConversationDate(tab, await inShadow('#conversation-date'), ['15', '1', '2026']);
  await press('#conversation-method');
  await press('#lacked-capacity-2');
  await press('#information-given');
  await press('[part~="submit-button"]');
}

/** The conversation date, typed into its day, month and year boxes as a person would. */
async function typeConversationDate(tab, dayBox, [day, month, year]) {
  await dayBox.click();
  await tab.keyboard.type(day);
  await tab.keyboard.press('Tab');
  await tab.keyboard.type(month);
  await tab.keyboard.press('Tab');
  await tab.keyboard.type(year);
}
