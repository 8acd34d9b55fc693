import { expect, fixture, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import '../../../src/elements/one-page-profile/one-page-profile.js';
import type { OnePageProfileRecord } from '../../../src/schemas/one-page-profile.js';
import { joyceProfile } from '../../../fixtures/states/one-page-profile.records.js';
import { compile2020 } from '../../vendor/ajv.js';
import {
  announced,
  focusName,
  press,
  root,
  settle,
  statementId,
  statementsOf,
  tabTo,
  type,
  type Profile,
} from './helpers.js';

/** The element in a plain form, between two buttons, with focus on the one before it. */
async function mount(value?: OnePageProfileRecord) {
  const el = await mountShared<Profile>(
    html`<form>
      <button type="button" id="before">Before</button>
      <msp-one-page-profile name="profile" case-ref="SG-KEYS-1" required></msp-one-page-profile>
    </form>`,
    { select: 'msp-one-page-profile', value },
  );
  const form = el.closest('form')!;
  form.querySelector<HTMLButtonElement>('#before')!.focus();
  return { form, el };
}

/** The id of the statement at `index` of a section, as the element holds it now. */
const idAt = (el: Profile, section: 'likedAndAdmired' | 'importantToMe' | 'howToSupportMe', index: number) =>
  (el.value as OnePageProfileRecord)[section][index].id;

describe('<msp-one-page-profile> by keyboard alone', () => {
  it('a profile typed by keyboard alone posts a record that validates against the JSON Schema, and a new element in view mode shows every statement', async function () {
    this.timeout(30_000);
    const { form, el } = await mount();
    let posted: string | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      posted = new FormData(form).get('profile') as string;
    });

    await tabTo(el, 'name');
    await type(el, 'Joyce');
    const written = {
      likedAndAdmired: ['I always remember birthdays.', 'I make a good cup of tea.'],
      importantToMe: ['Staying in my own flat.'],
      howToSupportMe: ['Say who you are when you come in.'],
    };
    for (const [section, statements] of Object.entries(written)) {
      for (const statement of statements) {
        await tabTo(el, `add-${section}`);
        await press(el, 'Enter');
        expect(focusName(el), 'focus moves to the new statement').to.match(/^item-.+-text$/);
        await type(el, statement);
      }
    }
    await tabTo(el, 'shared-with');
    await type(el, 'The safeguarding team.');
    await tabTo(el, 'part:submit-button');
    await press(el, 'Enter');

    expect(posted, 'the form was posted').to.be.a('string');
    const record = JSON.parse(posted!) as OnePageProfileRecord;
    const schema = await (await fetch('/schemas/one-page-profile.schema.json')).json();
    const validate = compile2020(schema);
    expect(validate(record), JSON.stringify(validate.errors)).to.be.true;
    expect(record.name).to.equal('Joyce');
    expect(record.caseRef).to.equal('SG-KEYS-1');
    expect(statementsOf(record)).to.deep.equal(Object.values(written).flat());

    const viewer = await fixture<Profile>(html`<msp-one-page-profile mode="view"></msp-one-page-profile>`);
    viewer.value = JSON.parse(posted!);
    await settle(viewer);
    const shown = root(viewer).textContent!;
    for (const statement of statementsOf(record)) expect(shown).to.contain(statement);
    expect(shown).to.contain('Joyce');
    expect(root(viewer).querySelectorAll('input, textarea, button').length, 'nothing to edit in view mode').to.equal(0);
  });

  it('reorders a statement with Move up and Move down: focus follows it, and where it went is announced', async () => {
    const { el } = await mount(joyceProfile);
    const first = idAt(el, 'importantToMe', 0);
    const others = joyceProfile.importantToMe.slice(1).map((statement) => statement.id);

    await tabTo(el, `item-${first}-down`);
    await press(el, 'Enter');
    expect(idAt(el, 'importantToMe', 1)).to.equal(first);
    expect(focusName(el), 'focus stays with the statement that moved').to.equal(`item-${first}-down`);
    await settle(el);
    expect(announced(el)).to.equal('Moved to 2 of 4');

    await press(el, 'Enter');
    await press(el, 'Enter');
    expect(idAt(el, 'importantToMe', 3)).to.equal(first);
    await press(el, 'Enter');
    await settle(el);
    expect(idAt(el, 'importantToMe', 3), 'at the bottom it stays').to.equal(first);
    expect(root(el).getElementById(`item-${first}-down`)!.getAttribute('aria-disabled')).to.equal('true');
    expect(focusName(el)).to.equal(`item-${first}-down`);

    await press(el, 'Shift+Tab');
    expect(focusName(el)).to.equal(`item-${first}-up`);
    await press(el, 'Enter');
    await settle(el);
    expect(idAt(el, 'importantToMe', 2)).to.equal(first);
    expect(announced(el)).to.equal('Moved to 3 of 4');
    expect(focusName(el)).to.equal(`item-${first}-up`);

    const order = (el.value as OnePageProfileRecord).importantToMe.map((statement) => statement.id);
    expect(order).to.deep.equal([others[0], others[1], first, others[2]]);
    // Nothing else changed: the other sections and the words themselves are as given.
    const value = el.value as OnePageProfileRecord;
    expect(value.likedAndAdmired).to.deep.equal(joyceProfile.likedAndAdmired);
    expect(value.howToSupportMe).to.deep.equal(joyceProfile.howToSupportMe);
    expect([...value.importantToMe].sort((a, b) => a.id.localeCompare(b.id))).to.deep.equal(
      [...joyceProfile.importantToMe].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('removes a statement and brings it back with Undo, where it was, by keyboard', async () => {
    const { el } = await mount(joyceProfile);
    const second = joyceProfile.howToSupportMe[1];
    await tabTo(el, statementId(second.id));
    await press(el, 'Tab');
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focusName(el)).to.equal(`button:Remove Statement 2`);
    await press(el, 'Enter');
    expect((el.value as OnePageProfileRecord).howToSupportMe.map((s) => s.id)).to.not.include(second.id);
    expect(focusName(el), 'focus moves to Undo').to.equal('undo-howToSupportMe');
    const undo = root(el).getElementById('undo-howToSupportMe')!;
    const note = root(el).getElementById(undo.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.contain(second.text);

    await press(el, 'Enter');
    expect((el.value as OnePageProfileRecord).howToSupportMe).to.deep.equal(joyceProfile.howToSupportMe);
    expect(focusName(el), 'focus returns to the statement').to.equal(statementId(second.id));
    expect(root(el).getElementById('undo-howToSupportMe')).to.be.null;
  });
});
