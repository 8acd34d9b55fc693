import { expect, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import '../../../src/elements/one-page-profile/one-page-profile.js';
import type { OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import { joyceWithChart, joyceWithPhoto } from '../../../fixtures/states/one-page-profile.records.js';
import { byId, buttonByText, fieldError, give, root, settle, statementId, summaryLinks, type, type Profile } from './helpers.js';

async function mount(value?: unknown, required = false) {
  const el = await mountShared<Profile>(html`<form><msp-one-page-profile name="profile" ?required=${required}></msp-one-page-profile></form>`, {
    select: 'msp-one-page-profile',
    value,
  });
  return { form: el.closest('form')!, el };
}

const current = (el: Profile) => el.value as OnePageProfileRecord;

describe('<msp-one-page-profile> records', () => {
  it('keeps a valid record exactly as given, through value and the form', async () => {
    const { form, el } = await mount(joyceWithPhoto);
    expect(current(el)).to.deep.equal(joyceWithPhoto);
    expect(new FormData(form).get('profile')).to.equal(JSON.stringify(joyceWithPhoto));
  });

  it('an edit changes what was edited and when, and nothing else', async () => {
    const { el } = await mount(joyceWithChart);
    const statement = joyceWithChart.importantToMe[2];
    byId(el, statementId(statement.id)).focus();
    await type(el, '!');
    const { recordedAt, importantToMe, ...rest } = current(el);
    const { recordedAt: before, importantToMe: given, ...givenRest } = joyceWithChart;
    expect(rest).to.deep.equal(givenRest);
    expect(recordedAt).to.not.equal(before);
    expect(importantToMe).to.deep.equal(given.map((s) => (s.id === statement.id ? { ...s, text: `${s.text}!` } : s)));
  });

  it('a new statement and a new chart row have stable ids; an empty chart leaves the record', async () => {
    const { el } = await mount(joyceWithChart);
    buttonByText(root(el), 'Add a row to the chart (How I communicate)').click();
    await settle(el);
    const rows = current(el).communication!;
    expect(rows).to.have.length(3);
    const added = rows[2];
    expect(Object.keys(added)).to.deep.equal(['id', 'whatIsHappening', 'whatIDo', 'weThinkItMeans', 'weShould']);
    await type(el, 'The doorbell rings.');
    expect(current(el).communication![2]).to.deep.equal({ ...added, whatIsHappening: 'The doorbell rings.' });

    for (let i = 0; i < 3; i++) buttonByText(root(el), `Remove Row ${3 - i}`).click(), await settle(el);
    expect('communication' in current(el)).to.be.false;
  });

  it('an empty profile, when completed, lists every problem in page order, each linked to its field', async () => {
    const { el } = await mount(undefined, true);
    expect(el.complete()).to.be.false;
    await settle(el);
    expect(summaryLinks(el)).to.deep.equal([
      { target: 'name', text: 'Enter the name you like to be called' },
      { target: 'add-likedAndAdmired', text: 'Add at least one thing people like and admire about you' },
      { target: 'add-importantToMe', text: 'Add at least one thing that is important to you' },
      { target: 'add-howToSupportMe', text: 'Add at least one thing about how best to support you' },
      { target: 'shared-with', text: 'Say who you are happy to see this profile' },
    ]);
    expect(fieldError(el, 'add-importantToMe')).to.equal('Add at least one thing that is important to you');
  });

  it('a statement left empty is a problem at its own box, by number', async () => {
    const { el } = await mount(joyceWithChart);
    buttonByText(root(el), 'Add a statement (What is important to me)').click();
    await settle(el);
    el.complete();
    await settle(el);
    const added = current(el).importantToMe[4];
    expect(summaryLinks(el)).to.deep.equal([{ target: statementId(added.id), text: 'Write statement 5, or remove it' }]);
  });

  it('from a value that fails the schema, keeps what it can show, as given, and makes new ids for ones nobody could correct', async () => {
    const { el } = await mount();
    const given = {
      ...joyceWithChart,
      name: 42,
      importantToMe: [
        { id: 'not-a-uuid', text: 'Staying at home.' },
        joyceWithChart.importantToMe[1],
        { ...joyceWithChart.importantToMe[1], text: 'Same id again.' },
      ],
      unknown: 'left out',
    };
    give(el, given);
    await settle(el);
    expect(el.value, 'kept as given until edited').to.equal(given);
    expect(root(el).querySelector('[part~="notice"][role="alert"]')).to.exist;
    const boxes = [...root(el).querySelectorAll<HTMLTextAreaElement>('textarea')].map((box) => box.value);
    expect(boxes).to.include.members(['Staying at home.', joyceWithChart.importantToMe[1].text, 'Same id again.']);
    expect(fieldError(el, 'name')).to.equal('Enter the name you like to be called');

    byId(el, 'name').focus();
    await type(el, 'Joyce');
    const edited = current(el);
    expect(edited.name).to.equal('Joyce');
    expect('unknown' in edited).to.be.false;
    const ids = edited.importantToMe.map((statement) => statement.id);
    expect(new Set(ids).size).to.equal(3);
    expect(ids[1]).to.equal(joyceWithChart.importantToMe[1].id);
    expect(edited.importantToMe.map((statement) => statement.text)).to.deep.equal(['Staying at home.', joyceWithChart.importantToMe[1].text, 'Same id again.']);
    expect(el.checkValidity()).to.be.true;
  });
});
