import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/one-page-profile/one-page-profile.js';
import type { OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import { joyceWithPhoto, longProfile, tooLongProfile } from '../../../fixtures/states/one-page-profile.records.js';
import { root, settle, waitFor, wordsOf, type Profile } from './helpers.js';
import { can, where } from '../../engines.js';

/** The printable height and width of an A4 page with 12 mm margins, in CSS pixels. */
const MM = 96 / 25.4;
const PAGE = { height: 270 * MM, width: 186 * MM };

/** Switches the page's media, and waits until the page itself reports the switch. */
async function emulate(media: 'print' | 'screen') {
  await emulateMedia({ media });
  await waitFor(() => matchMedia('print').matches === (media === 'print'), `${media} media`);
}

async function printed(record: OnePageProfileRecord, mode: 'print' | 'edit' = 'print') {
  const el = await fixture<Profile>(html`<msp-one-page-profile mode=${mode}></msp-one-page-profile>`);
  el.value = structuredClone(record);
  await emulate('print');
  await settle(el);
  if (record.photo) await waitFor(() => root(el).querySelector('canvas[data-photo]') !== null, 'the photo');
  await settle(el);
  return el;
}

const sheetOf = (el: Profile) => root(el).querySelector<HTMLElement>('.sheet')!;
const note = (el: Profile) => root(el).querySelector('.profile__fit')!.textContent!.trim();

function expectNothingClipped(el: Profile) {
  for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(node);
    const clipsY = node.scrollHeight > node.clientHeight + 1 && style.overflowY !== 'visible';
    const clipsX = node.scrollWidth > node.clientWidth + 1 && style.overflowX !== 'visible';
    expect(clipsY || clipsX, `${node.localName}.${node.className} clips its content`).to.be.false;
  }
}

describe('<msp-one-page-profile> printed on one A4 page', () => {
  afterEach(async () => {
    if (can('print-media')) await emulateMedia({ media: 'screen' });
  });

  where('print-media')('the typical profile fits one page at full size, every word shown, nothing clipped', async () => {
    const el = await printed(joyceWithPhoto);
    const sheet = sheetOf(el);
    const { height, width } = sheet.getBoundingClientRect();
    expect(height, 'page height').to.be.at.most(PAGE.height);
    expect(width, 'page width').to.be.closeTo(PAGE.width, 1);
    expect(sheet.querySelectorAll('[data-fit]').length, 'no text made smaller').to.equal(0);
    expect(note(el)).to.equal('');
    for (const words of wordsOf(joyceWithPhoto)) expect(sheet.textContent).to.contain(words);
    expect(root(el).querySelectorAll('input, textarea, select, button').length).to.equal(0);
    expectNothingClipped(el);
  });

  where('print-media')('the long profile fits one page by making its longest parts smaller, and says where', async () => {
    const el = await printed(longProfile);
    const sheet = sheetOf(el);
    expect(sheet.getBoundingClientRect().height, 'page height').to.be.at.most(PAGE.height);
    const shrunk = [...sheet.querySelectorAll<HTMLElement>('[data-fit]')];
    expect(shrunk.length, 'some parts are smaller').to.be.greaterThan(0);
    const titles = shrunk.map((part) => part.querySelector('h3')!.textContent!.trim());
    expect(note(el)).to.equal(`To fit on one page, the text is smaller in: ${titles.join('; ')}.`);
    for (const part of shrunk) expect(parseFloat(getComputedStyle(part).fontSize)).to.be.at.least(8 * (96 / 72) - 0.01);
    for (const words of wordsOf(longProfile)) expect(sheet.textContent).to.contain(words);
    expectNothingClipped(el);
  });

  where('print-media')('a profile too long for one page even with the smallest text says so', async () => {
    const el = await printed(tooLongProfile);
    expect(note(el)).to.equal('This profile is too long for one page, even with smaller text. It will print on more than one page.');
    for (const words of wordsOf(tooLongProfile)) expect(sheetOf(el).textContent).to.contain(words);
    expectNothingClipped(el);
  });

  where('print-media')('printing the form prints the same one page', async () => {
    const el = await printed(longProfile, 'edit');
    const sheet = sheetOf(el);
    expect(sheet, 'the page, not the form').to.exist;
    expect(root(el).querySelector('.paper'), 'no paper drawn around it in print').to.be.null;
    expect(sheet.getBoundingClientRect().height).to.be.at.most(PAGE.height);
    await emulate('screen');
    // The media query's change event comes with the next rendering of the page, which a busy machine can delay.
    await waitFor(() => sheetOf(el) === null, 'the form back after printing').catch(() => undefined);
    await settle(el);
    expect(sheetOf(el), 'the form is back after printing').to.be.null;
    expect(root(el).querySelector('textarea')).to.exist;
  });
});
