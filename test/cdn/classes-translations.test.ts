import { expect, waitUntil } from '@open-wc/testing';
import { MspOutcomeCapture } from '../../src/classes.js';
import { setLocale } from '../../src/core/locale.js';

describe('the classes under a tag name of the host’s own', () => {
  after(async () => {
    document.documentElement.lang = 'en';
    await setLocale('en-GB');
  });

  it('speak Welsh on a Welsh page: importing the classes registers their translations', async () => {
    customElements.define('council-outcomes', class extends MspOutcomeCapture {});
    document.documentElement.lang = 'cy';
    const el = document.createElement('council-outcomes');
    document.body.append(el);
    const button = () => el.shadowRoot?.querySelector('[part~="submit-button"]')?.textContent?.trim();
    await waitUntil(() => button() && button() !== 'Save what matters to the person', 'the button turns Welsh', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('cy');
    el.remove();
  });
});
