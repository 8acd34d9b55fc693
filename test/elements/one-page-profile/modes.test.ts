import { expect, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/one-page-profile/one-page-profile.js';
import { setLocale } from '../../../src/core/locale.js';
import type { OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import { joyceWithChart, joyceWithPhoto, welshProfile } from '../../../fixtures/states/one-page-profile.records.js';
import { byId, root, settle, statementId, type, waitFor, wordsOf, type Profile } from './helpers.js';
import { can, where } from '../../engines.js';

const mount = (record: OnePageProfileRecord, mode = 'edit') =>
  mountShared<Profile>(html`<msp-one-page-profile name="profile" mode=${mode}></msp-one-page-profile>`, { value: record });

const HOSTILE = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script>';

describe('<msp-one-page-profile> modes', () => {
  afterEach(async () => {
    if (can('print-media')) await emulateMedia({ media: 'screen' });
    await setLocale('en-GB');
  });

  it('edit → view → edit: what was typed shows in view, comes back to edit, and switching changes nothing', async () => {
    const el = await mount(joyceWithChart);
    const first = joyceWithChart.likedAndAdmired[0];
    byId(el, statementId(first.id)).focus();
    await type(el, ' And I keep in touch.');
    const edited = JSON.stringify(el.value);

    el.mode = 'view';
    await settle(el);
    expect(el.getAttribute('mode')).to.equal('view');
    const page = root(el).querySelector('[part~="profile"]')!;
    expect(page.textContent).to.contain(`${first.text} And I keep in touch.`);
    for (const words of wordsOf(joyceWithChart).slice(2)) expect(page.textContent).to.contain(words);
    expect(root(el).querySelectorAll('input, textarea, select, button').length).to.equal(0);
    expect(root(el).querySelectorAll('.chart tbody tr').length).to.equal(joyceWithChart.communication!.length);

    el.setAttribute('mode', 'edit');
    await settle(el);
    expect(byId<HTMLTextAreaElement>(el, statementId(first.id)).value).to.equal(`${first.text} And I keep in touch.`);
    expect(JSON.stringify(el.value), 'switching modes is not an edit').to.equal(edited);
  });

  it('view mode is a readable page: the name as its heading, a list per section, a table for the chart', async () => {
    const el = await mount(joyceWithChart, 'view');
    const heading = root(el).querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('Joyce');
    const sections = [...root(el).querySelectorAll('section')].map((section) => section.querySelector('h3')!.textContent!.trim());
    expect(sections).to.deep.equal([
      'What people like and admire about me',
      'What is important to me',
      'How best to support me',
      'How I communicate',
    ]);
    const headers = [...root(el).querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['What is happening', 'What I do', 'We think it means', 'We should']);
    expect(root(el).textContent).to.contain('18 November 2026');
  });

  for (const mode of ['view', 'print']) {
    where('print-media')(`hostile text is shown as text in ${mode} mode, and under print media`, async () => {
      const record: OnePageProfileRecord = {
        ...joyceWithChart,
        name: HOSTILE,
        likedAndAdmired: [{ ...joyceWithChart.likedAndAdmired[0], text: HOSTILE }],
        communication: [{ ...joyceWithChart.communication![0], weShould: HOSTILE }],
        helpedBy: HOSTILE,
        sharedWith: HOSTILE,
        photo: { src: joyceWithPhoto.photo!.src, alt: HOSTILE },
      };
      const el = await mount(record, mode);
      await waitFor(() => root(el).querySelector('canvas[data-photo]') !== null, 'the photo');
      for (const media of ['screen', 'print'] as const) {
        await emulateMedia({ media });
        await settle(el);
        expect(root(el).querySelector('img, script, [onerror]'), media).to.be.null;
        expect((window as { __hacked?: number }).__hacked).to.be.undefined;
        const text = root(el).textContent!;
        expect(text.split(HOSTILE).length - 1, `${media}: each piece of text shown as typed`).to.equal(5);
        expect(root(el).querySelector('canvas[data-photo]')!.getAttribute('aria-label')).to.equal(HOSTILE);
      }
    });
  }

  for (const locale of ['en-GB', 'cy'] as const) {
    for (const mode of ['edit', 'view', 'print']) {
      it(`has no axe violations in ${mode} mode (${locale})`, async () => {
        await setLocale(locale);
        const record = locale === 'cy' ? { ...welshProfile, photo: joyceWithPhoto.photo, communication: joyceWithChart.communication } : { ...joyceWithPhoto, communication: joyceWithChart.communication };
        const el = await mount(record, mode);
        await waitFor(() => root(el).querySelector('canvas[data-photo]') !== null, 'the photo');
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('an unknown mode is the form', async () => {
    const el = await mount(joyceWithChart, 'sideways');
    expect(root(el).querySelector('textarea')).to.exist;
  });
});
