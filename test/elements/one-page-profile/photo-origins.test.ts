import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/one-page-profile/one-page-profile.js';
import { setLocale } from '../../../src/core/locale.js';
import type { OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import { joyceProfile, joyceWithPhoto } from '../../../fixtures/states/one-page-profile.records.js';
import { root, settle, waitFor, type Profile } from './helpers.js';

const LISTED = 'https://docs.example.gov.uk';
const described = 'Joyce in her garden';
const withPhotoAt = (src: string): OnePageProfileRecord => ({ ...structuredClone(joyceProfile), photo: { src, alt: described } });

async function mount(record: OnePageProfileRecord, options: { mode?: string; origins?: string; readonly?: boolean } = {}) {
  const el = await fixture<Profile>(html`<msp-one-page-profile
    mode=${options.mode ?? 'edit'}
    photo-origins=${options.origins ?? ''}
    ?readonly=${options.readonly ?? false}
  ></msp-one-page-profile>`);
  el.value = structuredClone(record);
  await settle(el);
  return el;
}

const image = (el: Profile) => root(el).querySelector('img');
const text = (el: Profile) => root(el).querySelector('[part~="base"]')!.textContent!.replace(/\s+/g, ' ');

/**
 * A photo at an https URL is loaded only from an origin the host lists in `photo-origins`: a
 * record from another system must not make the page ask any host it names for anything.
 */
describe('<msp-one-page-profile> remote photos, only from origins the host lists', () => {
  afterEach(() => setLocale('en-GB'));

  for (const [mode, readonly] of [
    ['edit', false],
    ['view', false],
    ['print', false],
    ['edit', true],
  ] as const) {
    const where = readonly ? 'readonly' : mode;
    it(`${where}: with no photo-origins, an https photo is not loaded, and the words that describe it show`, async () => {
      const record = withPhotoAt(`${LISTED}/photos/joyce.jpg`);
      const el = await mount(record, { mode, readonly });
      expect(image(el), 'no image').to.be.null;
      expect(root(el).querySelector('[src]'), 'nothing with a source at all').to.be.null;
      if (mode === 'edit' && !readonly) expect((root(el).getElementById('photo-alt') as HTMLInputElement).value).to.equal(described);
      else expect(text(el)).to.contain(described);
      expect(el.value, 'the photo stays in the record').to.deep.equal(record);
    });

    it(`${where}: from a listed origin, the photo is an image with no referrer, named by its words`, async () => {
      const src = `${LISTED}/photos/joyce.jpg`;
      const el = await mount(withPhotoAt(src), { mode, readonly, origins: `https://other.example.org ${LISTED}` });
      const shown = image(el)!;
      expect(shown, 'an image').to.exist;
      expect(shown.getAttribute('src')).to.equal(src);
      expect(shown.alt).to.equal(described);
      expect(shown.getAttribute('referrerpolicy')).to.equal('no-referrer');
    });
  }

  it('the edit view says the photo is not shown on this page, in English and in Welsh', async () => {
    const el = await mount(withPhotoAt(`${LISTED}/photos/joyce.jpg`));
    expect(text(el)).to.contain('This photo is not shown on this page.');
    const field = root(el).getElementById('photo-alt') as HTMLInputElement;
    expect(field.value, 'its words can still be edited').to.equal(described);
    await setLocale('cy');
    await settle(el);
    expect(text(el)).to.contain('Nid yw’r llun hwn yn cael ei ddangos ar y dudalen hon.');
    expect(text(el)).to.not.contain('This photo is not shown');
  });

  it('origins must match exactly: no wildcards, no look-alike hosts, no other port or scheme', async () => {
    const origins = `https://*.example.gov.uk http://plain.example.gov.uk https://docs.example.gov.uk/photos ${LISTED}`;
    for (const src of [
      'https://docs.example.gov.uk.evil.example/joyce.jpg',
      'https://evil.example/https://docs.example.gov.uk/joyce.jpg',
      'https://photos.example.gov.uk/joyce.jpg',
      'https://docs.example.gov.uk:8443/joyce.jpg',
      'https://user@evil.example/joyce.jpg',
    ]) {
      const el = await mount(withPhotoAt(src), { origins });
      expect(image(el), src).to.be.null;
    }
    const el = await mount(withPhotoAt('https://DOCS.example.gov.uk:443/joyce.jpg'), { origins });
    expect(image(el), 'the same origin written another way').to.exist;
  });

  it('listing or unlisting an origin later shows or hides the photo', async () => {
    const el = await mount(withPhotoAt(`${LISTED}/photos/joyce.jpg`), { mode: 'view' });
    expect(image(el)).to.be.null;
    el.photoOrigins = LISTED;
    await settle(el);
    expect(image(el)).to.exist;
    el.removeAttribute('photo-origins');
    await settle(el);
    expect(image(el)).to.be.null;
  });

  it('a photo held in the record as a data URL is drawn as before, whatever the origins', async () => {
    const el = await mount(joyceWithPhoto, { mode: 'view', origins: LISTED });
    await waitFor(() => root(el).querySelector('canvas[data-photo]') !== null, 'the photo');
    expect(image(el)).to.be.null;
    expect(text(el)).to.not.contain('not shown');
  });

  for (const locale of ['en-GB', 'cy'] as const) {
    for (const mode of ['edit', 'view']) {
      it(`a photo not shown has no axe violations in ${mode} (${locale})`, async () => {
        await setLocale(locale);
        const el = await mount(withPhotoAt(`${LISTED}/photos/joyce.jpg`), { mode });
        await expect(el).to.be.accessible();
      });
    }
  }
});
