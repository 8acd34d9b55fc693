import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { getLocale, setLocale } from '../../src/core/locale.js';
import '../../src/index.js';
import { joyceRecord } from '../../fixtures/states/outcome-capture.records.js';

// A host page that configured @lit/localize for its own strings before loading msp-elements.
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: {} }),
});

describe('a host page that already configured @lit/localize', () => {
  after(async () => {
    await setLocale('en-GB');
  });

  it('keeps its own configuration, and the elements still render and switch to Welsh', async () => {
    expect(host.getLocale()).to.equal('en');
    const el = await fixture<HTMLElement & { value: unknown; updateComplete: Promise<boolean> }>(
      html`<msp-outcome-capture></msp-outcome-capture>`,
    );
    el.value = joyceRecord;
    await el.updateComplete;
    const english = el.shadowRoot!.textContent;
    await setLocale('cy');
    await el.updateComplete;
    expect(getLocale()).to.equal('cy');
    expect(el.shadowRoot!.textContent).to.not.equal(english);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('cy');
    expect(host.getLocale(), 'the host’s own locale is untouched').to.equal('en');
  });
});
