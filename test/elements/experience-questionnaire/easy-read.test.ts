import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/experience-questionnaire/experience-questionnaire.js';
import { getLocale, setLocale } from '../../../src/core/locale.js';
import { joyceExperience } from '../../../fixtures/states/experience-questionnaire.records.js';
import { root, settle, type Questionnaire } from './helpers.js';
import { can, where } from '../../engines.js';

/** 14 pt, the least size of easy-read text. */
const EASY_READ_TEXT = 18.66;
const TARGET = 44;

async function easyRead(options: { oneAtATime?: boolean } = {}) {
  const el = await fixture<Questionnaire>(
    html`<msp-experience-questionnaire easy-read ?one-at-a-time=${options.oneAtATime ?? false}></msp-experience-questionnaire>`,
  );
  el.value = structuredClone(joyceExperience);
  await settle(el);
  return el;
}

/** Every element that holds text of its own, with that text. */
function textHolders(el: Element) {
  return [...root(el).querySelectorAll<HTMLElement>('*')].filter((node) =>
    [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
  );
}

/** Checks the easy-read layout of what is shown now: pictures left of words, large text, large targets. */
function checkLayout(el: Questionnaire, where: string) {
  const labels = [...root(el).querySelectorAll('legend, label.label')];
  expect(labels.length, `${where}: questions shown`).to.be.greaterThan(0);
  for (const label of labels) {
    const picture = label.querySelector('svg.picture');
    const words = picture?.nextElementSibling;
    expect(picture, `${where}: "${label.textContent!.trim()}" has a picture`).to.exist;
    const pictureBox = picture!.getBoundingClientRect();
    const wordsBox = words!.getBoundingClientRect();
    expect(pictureBox.width, `${where}: the picture is drawn`).to.be.greaterThan(40);
    expect(pictureBox.right, `${where}: picture left of "${words!.textContent}"`).to.be.at.most(wordsBox.left);
    expect(pictureBox.bottom, `${where}: picture beside the words, not above them`).to.be.greaterThan(wordsBox.top);
  }
  for (const node of textHolders(el)) {
    if (node.closest('.visually-hidden')) continue;
    const size = parseFloat(getComputedStyle(node).fontSize);
    expect(size, `${where}: "${node.textContent!.trim().slice(0, 40)}" at ${size}px`).to.be.at.least(EASY_READ_TEXT);
  }
  const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  for (const radio of radios) {
    const box = radio.getBoundingClientRect();
    const label = root(el).querySelector(`label[for="${radio.id}"]`)!.getBoundingClientRect();
    expect(Math.min(box.width, box.height), `${where}: ${radio.id} target`).to.be.at.least(TARGET);
    expect(label.height, `${where}: ${radio.id} label`).to.be.at.least(TARGET);
  }
  for (const button of root(el).querySelectorAll('button')) {
    if (!button.getClientRects().length) continue; // not shown at this step
    expect(button.getBoundingClientRect().height, `${where}: "${button.textContent!.trim()}"`).to.be.at.least(TARGET);
  }
}

describe('<msp-experience-questionnaire> in easy read', () => {
  afterEach(async () => {
    if (can('viewport')) await setViewport({ width: 1024, height: 768 });
    document.documentElement.style.removeProperty('font-size');
    if (getLocale() !== 'en-GB') await setLocale('en-GB');
  });

  for (const locale of ['en-GB', 'cy'] as const) {
    where('viewport')(`${locale}: each question's picture is left of its words, text is at least 14 pt, answers are at least 44 px`, async () => {
      await setLocale(locale);
      const el = await easyRead();
      checkLayout(el, `${locale} wide`);
      await setViewport({ width: 320, height: 640 });
      await settle(el);
      checkLayout(el, `${locale} 320 px`);
      expect(root(el).querySelector('[part~="base"]')!.scrollWidth, `${locale}: no sideways scrolling at 320 px`).to.be.at.most(320);
    });
  }

  it('keeps its sizes on a page whose root font is small', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await easyRead({ oneAtATime: true });
    checkLayout(el, 'root font 10 px');
  });

  it('gives every answer a face of its own and a word', async () => {
    const el = await easyRead();
    const labels = [...root(el).querySelectorAll('label[for^="q1"]')];
    expect(labels.map((label) => label.textContent!.trim())).to.deep.equal(['Yes', 'Partly', 'No', 'Not sure']);
    const faces = labels.map((label) => label.querySelector('svg.face')?.innerHTML);
    expect(faces.every(Boolean), 'a face with each').to.be.true;
    expect(new Set(faces).size, 'no two faces alike').to.equal(4);
    expect(labels.every((label) => label.querySelector('svg')!.getAttribute('aria-hidden') === 'true'), 'faces are not read out').to.be.true;
  });

  it('the standard form has no pictures, and ordinary GOV.UK sizes', async () => {
    const el = await fixture<Questionnaire>(html`<msp-experience-questionnaire></msp-experience-questionnaire>`);
    await settle(el);
    expect(root(el).querySelectorAll('svg')).to.have.length(0);
    expect(getComputedStyle(root(el).querySelector('.choice__label')!).fontSize).to.equal('19px');
  });

  for (const locale of ['en-GB', 'cy'] as const) {
    it(`${locale}: axe finds nothing wrong in easy read or standard, on one page or one at a time`, async () => {
      await setLocale(locale);
      for (const [easy, oneAtATime] of [
        [true, false],
        [true, true],
        [false, true],
      ]) {
        const el = await fixture<Questionnaire>(
          html`<msp-experience-questionnaire ?easy-read=${easy} ?one-at-a-time=${oneAtATime}></msp-experience-questionnaire>`,
        );
        el.value = structuredClone(joyceExperience);
        await settle(el);
        await expect(el).to.be.accessible();
      }
    });
  }
});
