import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/outcome-capture/outcome-capture.js';
import '../../src/elements/one-page-profile/one-page-profile.js';
import { getLocale, setLocale } from '../../src/core/locale.js';

const waitFor = async (test: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!test()) throw new Error(`timed out waiting for ${what}`);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * A page in a language the library does not have (`<html lang="fr">`) is the host's page, not a
 * mistake of the host's: its elements are in English, quietly, with one console note at most.
 * `unknown-locale` is for a locale the host asks for with `setLocale`.
 */
describe('a page in a language the library does not have', () => {
  const infos: unknown[][] = [];
  const original = console.info;
  beforeEach(() => {
    infos.length = 0;
    console.info = (...args: unknown[]) => infos.push(args);
  });
  afterEach(async () => {
    console.info = original;
    document.documentElement.lang = 'en';
    await setLocale('en-GB');
  });

  it('gets English, with no msp-error from any element and one console note at most', async () => {
    document.documentElement.lang = 'cy';
    const errors: Event[] = [];
    const page = await fixture(html`<div @msp-error=${(event: Event) => errors.push(event)}>
      <msp-outcome-capture></msp-outcome-capture>
      <msp-one-page-profile></msp-one-page-profile>
    </div>`);
    await waitFor(() => getLocale() === 'cy', 'Welsh');

    document.documentElement.lang = 'fr';
    await waitFor(() => getLocale() === 'en-GB', 'English on a French page');
    document.documentElement.lang = 'de';
    await settle();
    document.documentElement.lang = 'fr-FR';
    await settle();
    const second = document.createElement('msp-outcome-capture');
    page.append(second);
    await settle();

    expect(getLocale()).to.equal('en-GB');
    expect(errors.map((event) => (event as CustomEvent).detail.code)).to.deep.equal([]);
    expect(infos.length, 'one console note at most, for the whole page').to.be.at.most(1);
    for (const el of page.querySelectorAll('msp-outcome-capture, msp-one-page-profile')) {
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en-GB');
    }
  });

  it('still reports a locale the host asks for with setLocale, with msp-error', async () => {
    const errors: Event[] = [];
    await fixture(html`<div @msp-error=${(event: Event) => errors.push(event)}><msp-outcome-capture></msp-outcome-capture></div>`);
    let rejected = false;
    await setLocale('fr').catch(() => (rejected = true));
    expect(rejected).to.be.true;
    expect(errors.map((event) => (event as CustomEvent).detail.code)).to.deep.equal(['unknown-locale']);
  });
});
