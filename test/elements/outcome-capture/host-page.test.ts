import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import { joyceRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { root, settle, type OutcomeCapture } from './helpers.js';
import { where } from '../../engines.js';

describe('<msp-outcome-capture> on a CMS page whose theme sets html { font-size: 62.5% }', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5%; } body { font-size: 1.4rem; }';
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('keeps labels at 16 px or more and radios at 40 px, and stays axe clean', async () => {
    const el = await fixture<OutcomeCapture>(html`<msp-outcome-capture></msp-outcome-capture>`);
    el.value = structuredClone(joyceRecord);
    await settle(el);
    const label = root(el).querySelector('label[for^="outcome-"]')!;
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(16);
    const legend = root(el).querySelector('legend')!;
    expect(parseFloat(getComputedStyle(legend).fontSize)).to.be.at.least(16);
    const radioLabel = root(el).querySelector('input[type="radio"] + label, input[type="radio"] ~ label')!;
    const box = getComputedStyle(radioLabel, '::before');
    expect(parseFloat(box.width)).to.be.at.least(40);
    expect(parseFloat(box.height)).to.be.at.least(40);
    await expect(el).to.be.accessible();
  });
});

describe('<msp-outcome-capture> printed', () => {
  where('print-media')('shows every word of a 1,000-character outcome, nothing clipped, and no unanswered control', async () => {
    const words = `I want ${'to be safe at home and to see my friends when I choose. '.repeat(20)}`.slice(0, 1000);
    expect(words.length).to.equal(1000);
    const el = await fixture<OutcomeCapture>(html`<msp-outcome-capture></msp-outcome-capture>`);
    el.value = { ...structuredClone(joyceRecord), outcomes: [{ ...joyceRecord.outcomes[0], words }] } as typeof joyceRecord;
    await settle(el);
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => root(el).querySelector('[part~="submit-button"]') === null, 'the printed view', { timeout: 5000 });
      await settle(el);
      expect(root(el).textContent).to.contain(words);
      expect(root(el).querySelectorAll('input, textarea, select, button').length).to.equal(0);
      for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
        const clipped = node.scrollHeight > node.clientHeight + 1 && getComputedStyle(node).overflowY !== 'visible';
        expect(clipped, `${node.localName}.${node.className} clips`).to.be.false;
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
