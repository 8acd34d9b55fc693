import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import { joyceRecord } from '../../../stories/states/outcome-capture.records.js';
import { root, settle, type OutcomeCapture } from './helpers.js';

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
