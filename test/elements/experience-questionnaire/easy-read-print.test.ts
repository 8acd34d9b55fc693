import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/experience-questionnaire/experience-questionnaire.js';
import { setLocale } from '../../../src/core/locale.js';
import { joyceExperience } from '../../../fixtures/states/experience-questionnaire.records.js';
import { root, settle, type Questionnaire } from './helpers.js';
import { can, where } from '../../engines.js';

/** Relative luminance of a computed `rgb(…)` colour, as in WCAG. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function printed(options: { preview: boolean }) {
  const el = await fixture<Questionnaire>(
    html`<msp-experience-questionnaire easy-read ?print-preview=${options.preview}></msp-experience-questionnaire>`,
  );
  el.value = structuredClone(joyceExperience);
  await emulateMedia({ media: 'print' });
  await settle(el);
  await settle(el);
  return el;
}

/**
 * Easy read keeps its pictures on paper: the printed answers show each question's picture left of
 * its words, and each answer's face beside its word, drawn dark enough to read in greyscale.
 */
describe('<msp-experience-questionnaire> easy read, printed', () => {
  afterEach(async () => {
    if (can('print-media')) await emulateMedia({ media: 'screen' });
    await setLocale('en-GB');
  });

  for (const locale of ['en-GB', 'cy'] as const) {
    for (const preview of [true, false]) {
      where('print-media')(`${locale}${preview ? ', print-preview' : ', printing the form'}: every question's picture is left of its words, every answer has its face`, async () => {
        await setLocale(locale);
        const el = await printed({ preview });
        const rows = [...root(el).querySelectorAll('.summary-list__row')];
        expect(rows.length, 'who answered, seven questions, two comments, quoting and who answered that, who asked, how, and the format').to.equal(15);
        expect(root(el).querySelectorAll('input, textarea, select').length, 'no controls on paper').to.equal(0);
        for (const row of rows) {
          const term = row.querySelector('dt')!;
          const picture = term.querySelector('svg.picture');
          expect(picture, `"${term.textContent!.trim()}" has its picture`).to.exist;
          const words = picture!.nextElementSibling!;
          const pictureBox = picture!.getBoundingClientRect();
          const wordsBox = words.getBoundingClientRect();
          expect(pictureBox.width, 'the picture is drawn').to.be.greaterThan(40);
          expect(pictureBox.right, `picture left of "${words.textContent}"`).to.be.at.most(wordsBox.left);
          expect(pictureBox.bottom, 'beside the words, not above them').to.be.greaterThan(wordsBox.top);
          expect(picture!.getAttribute('aria-hidden')).to.equal('true');
          const stroke = getComputedStyle(picture!).stroke;
          expect(luminance(stroke), `the picture's lines (${stroke}) are dark: legible in greyscale`).to.be.at.most(0.05);
        }
        const answered = joyceExperience.answers.filter((entry) => entry.answer);
        const faces = [...root(el).querySelectorAll('dd svg.face')];
        expect(faces.length, 'a face beside every answer given').to.equal(answered.length);
      });
    }
  }

  it('the standard questionnaire prints with no pictures', async () => {
    const el = await fixture<Questionnaire>(html`<msp-experience-questionnaire print-preview></msp-experience-questionnaire>`);
    el.value = structuredClone(joyceExperience);
    await settle(el);
    expect(root(el).querySelectorAll('.summary-list__row').length).to.be.greaterThan(0);
    expect(root(el).querySelectorAll('svg')).to.have.length(0);
  });
});
