import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { MspErrorEvent } from '../../src/core/events.js';
import { getLocale, setLocale } from '../../src/core/locale.js';
import { MspElement } from '../../src/core/msp-element.js';

/**
 * A read-only element on the plain base, as the outcomes report stands on it: it shows things and
 * takes part in no form. What every element keeps (locale, print, host errors, the live region,
 * focus after an update) comes from the base.
 */
class TestReadout extends MspElement {
  static override properties = { ...MspElement.properties, words: {} };
  declare words: string;

  constructor() {
    super();
    this.words = '';
  }

  reject(message: string) {
    this.reportHostError('invalid-value', message);
  }

  say(words: string) {
    this.announce(words);
  }

  focusOn(id: string) {
    this.focusAfterUpdate = id;
    this.requestUpdate();
  }

  protected override render() {
    return litHtml`<div part="base" lang=${getLocale()}>
      <p data-mode>${this.printing ? 'print' : 'screen'}</p>
      <p data-words>${this.words}</p>
      <button id="download" type="button">CSV</button>
      ${this.renderAnnouncer()}
    </div>`;
  }
}
customElements.define('test-msp-readout', TestReadout);

const root = (el: Element) => el.shadowRoot!;

describe('MspElement: the base a read-only element extends', () => {
  it('takes no part in a form: not form-associated, nothing in FormData, no validity', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><test-msp-readout name="report"></test-msp-readout></form>`);
    const el = form.querySelector('test-msp-readout') as TestReadout;
    expect((TestReadout as unknown as { formAssociated?: boolean }).formAssociated).to.not.equal(true);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    expect([...form.elements]).to.not.include(el);
    expect('checkValidity' in el).to.equal(false);
  });

  it('shows text it is given as text, never as HTML', async () => {
    const el = await fixture<TestReadout>(html`<test-msp-readout .words=${'<img src=x onerror=alert(1)>'}></test-msp-readout>`);
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('[data-words]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('previews print with print-preview, and reflects it', async () => {
    const el = await fixture<TestReadout>(html`<test-msp-readout print-preview></test-msp-readout>`);
    expect(root(el).querySelector('[data-mode]')!.textContent).to.equal('print');
    el.printPreview = false;
    await el.updateComplete;
    expect(root(el).querySelector('[data-mode]')!.textContent).to.equal('screen');
    expect(el.hasAttribute('print-preview')).to.equal(false);
  });

  it('tells the host with msp-error, held until it is in the page', async () => {
    const el = document.createElement('test-msp-readout') as TestReadout;
    el.reject('The records are not an array');
    const events: MspErrorEvent[] = [];
    document.addEventListener('msp-error', (event) => events.push(event as MspErrorEvent), { once: true });
    document.body.append(el);
    expect(events.map((event) => event.detail.code)).to.deep.equal(['invalid-value']);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    el.remove();
  });

  it('follows the page language in its shadow content', async () => {
    const el = await fixture<TestReadout>(html`<test-msp-readout></test-msp-readout>`);
    try {
      await setLocale('cy');
      await el.updateComplete;
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('cy');
    } finally {
      await setLocale('en-GB');
    }
    await el.updateComplete;
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('speaks through its polite live region, and moves focus after an update when asked', async () => {
    const el = await fixture<TestReadout>(html`<test-msp-readout></test-msp-readout>`);
    el.say('Report updated for 2025 to 2026.');
    await el.updateComplete;
    await el.updateComplete;
    const region = root(el).querySelector('[role="status"]')!;
    expect(region.textContent).to.equal('Report updated for 2025 to 2026.');
    el.focusOn('download');
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('download');
  });
});
