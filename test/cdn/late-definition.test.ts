import { expect, waitUntil } from '@open-wc/testing';
import { getLocale, setLocale } from '../../src/core/locale.js';

describe('an element defined after the page switched to Welsh', () => {
  after(async () => {
    document.documentElement.lang = 'en';
    await setLocale('en-GB');
  });

  it('gets its own Welsh strings and re-renders in Welsh', async () => {
    document.documentElement.lang = 'cy';
    await setLocale('cy');
    const el = document.createElement('msp-outcome-capture');
    document.body.append(el);
    // As the CDN loader does: the element's module is imported once its tag is in the page.
    await import('../../src/elements/outcome-capture/outcome-capture.js');
    const button = () => el.shadowRoot?.querySelector('[part~="submit-button"]')?.textContent?.trim();
    await waitUntil(() => button() && button() !== 'Save what matters to the person', 'the button turns Welsh', {
      timeout: 5000,
    });
    expect(getLocale()).to.equal('cy');
    el.remove();
  });
});
