import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { onePageProfile, PHOTO_SOURCE, type OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import { zodArbitrary } from '../../property/zod-arbitrary.js';

type Page = Window & typeof globalThis & { cspViolations: string[] };
type Element = HTMLElement & { updateComplete: Promise<boolean> };

const LISTED = 'https://docs.example.gov.uk';
const MODES = ['edit', 'view', 'print'];

/** Valid records, as any system might send, each with a photo at an https URL. */
function generatedRecords(photoSrc: fc.Arbitrary<string>): OnePageProfileRecord[] {
  const records = zodArbitrary(onePageProfile.schema).filter((record) => z.safeParse(onePageProfile.schema, record).success);
  const src = photoSrc.filter((url) => PHOTO_SOURCE.test(url));
  return fc.sample(
    fc.tuple(records, src).map(([record, url]) => {
      const profile = record as OnePageProfileRecord;
      return { ...profile, photo: { src: url, alt: profile.photo?.alt ?? 'Me in my garden' } };
    }),
    { numRuns: 8, seed: 19 },
  );
}

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; page: Page; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '800';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = `${path}?n=${Math.random()}`;
  });
  const page = frame.contentWindow as Page;
  await page.customElements.whenDefined('msp-one-page-profile');
  return { frame, page, doc: frame.contentDocument! };
}

/** Shows each record in each mode on the page, as a host would: JSON in the value attribute. */
async function showAll(page: Page, doc: Document, records: OnePageProfileRecord[], origins?: string) {
  const shown: Element[] = [];
  for (const record of records) {
    for (const mode of MODES) {
      const el = doc.createElement('msp-one-page-profile') as Element;
      el.setAttribute('mode', mode);
      el.setAttribute('value', JSON.stringify(record));
      if (origins) el.setAttribute('photo-origins', origins);
      doc.querySelector('form')!.append(el);
      await el.updateComplete;
      shown.push(el);
    }
  }
  await new Promise((resolve) => page.setTimeout(resolve, 300));
  return shown;
}

const remoteRequests = (page: Page) =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).origin !== page.location.origin);

/**
 * A plain page under `default-src 'self'`, with records from another system whose photo is at an
 * https URL: the profile makes no request and the page reports no violation. With the photo's
 * origin listed in `photo-origins` (and in the page's own `img-src`), the photo shows.
 */
describe('<msp-one-page-profile> on a plain page under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('makes no request for a photo at an https URL, and no violation is reported, in every mode', async function () {
    this.timeout(60_000);
    const records = generatedRecords(fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.stringMatching(/^https:\/\/\S{1,40}$/)));
    const opened = await openPage('/test/elements/one-page-profile/csp-page.html');
    frame = opened.frame;
    const shown = await showAll(opened.page, opened.doc, records);
    expect(shown.length).to.equal(records.length * MODES.length);
    for (const el of shown) {
      expect(el.shadowRoot!.querySelector('img, [src]'), `${el.getAttribute('mode')}: nothing with a source`).to.be.null;
    }
    expect(opened.page.cspViolations, 'violations reported').to.deep.equal([]);
    expect(remoteRequests(opened.page), 'requests to other hosts').to.deep.equal([]);

    // The page does report a blocked image, so silence above means there was none.
    const probe = opened.doc.createElement('img');
    probe.src = 'https://elsewhere.example/probe.png';
    opened.doc.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(opened.page.cspViolations.length, 'a blocked image is reported').to.equal(1);
  });

  it('shows the photo from an origin the host lists, with no referrer and no violation', async function () {
    this.timeout(60_000);
    const paths = fc.webPath().map((path) => `${LISTED}/${path.replace(/^\//, '')}`);
    const records = generatedRecords(paths);
    const opened = await openPage('/test/elements/one-page-profile/csp-page-listed.html');
    frame = opened.frame;
    const shown = await showAll(opened.page, opened.doc, records, LISTED);
    for (const el of shown) {
      const record = JSON.parse(el.getAttribute('value')!) as OnePageProfileRecord;
      const image = el.shadowRoot!.querySelector('img');
      expect(image, `${el.getAttribute('mode')}: the photo`).to.exist;
      expect(image!.getAttribute('src')).to.equal(record.photo!.src);
      expect(image!.alt).to.equal(record.photo!.alt.trim());
      expect(image!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    }
    expect(opened.page.cspViolations, 'violations reported').to.deep.equal([]);
  });
});
