import { expect, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import { byId, choose, enterDate, fieldError, has, root, settle, summaryLinks, type OutcomeCapture } from './helpers.js';
import { sendKeys } from '../../engines.js';

const mount = () => mountShared<OutcomeCapture>(html`<msp-outcome-capture required></msp-outcome-capture>`);

/** The controls shown in red: marked invalid, or inside a group showing an error. */
const markedWrong = (el: OutcomeCapture) =>
  [...root(el).querySelectorAll('[aria-invalid="true"]')].map((control) => control.id);

describe('<msp-outcome-capture>: errors between attempts', () => {
  it('after a failed Save, answering the first question lists no new problem and marks no new field until the next attempt', async () => {
    const el = await mount();
    el.complete();
    await settle(el);
    const first = summaryLinks(el).map((link) => link.target);
    expect(first).to.deep.equal(['asked', 'lacked-capacity', 'information-given']);

    await choose(el, 'asked', 'asked-expressed');
    expect(has(el, 'expressed-by') && has(el, 'add-outcome') && has(el, 'conversation-date'), 'new questions appear').to.be.true;
    const after = summaryLinks(el).map((link) => link.target);
    expect(after, 'the answered question leaves the summary; nothing is added').to.deep.equal(['lacked-capacity', 'information-given']);
    for (const id of ['expressed-by', 'conversation-date', 'conversation-method', 'add-outcome']) {
      expect(fieldError(el, id), `${id} has no message yet`).to.be.undefined;
    }
    expect(markedWrong(el).filter((id) => /^(expressed-by|conversation|add-outcome)/.test(id))).to.deep.equal([]);

    el.complete();
    await settle(el);
    expect(summaryLinks(el).map((link) => link.target), 'the next attempt lists every problem, in page order').to.deep.equal([
      'expressed-by',
      'add-outcome',
      'conversation-date',
      'conversation-method',
      'lacked-capacity',
      'information-given',
    ]);
  });

  it('a fixed problem leaves the summary and its message goes', async () => {
    const el = await mount();
    el.complete();
    await settle(el);
    expect(fieldError(el, 'information-given')).to.equal('Select whether the person was given information about safeguarding');
    await choose(el, 'information-given', 'yes');
    expect(fieldError(el, 'information-given')).to.be.undefined;
    expect(summaryLinks(el).map((link) => link.target)).to.not.include('information-given');
  });
});

describe('<msp-outcome-capture>: the conversation date, as day, month and year', () => {
  async function asked() {
    const el = await mount();
    await choose(el, 'asked', 'asked-not-expressed');
    return el;
  }

  it('18 / 11 / 2026 typed by keyboard is stored as 2026-11-18', async () => {
    const el = await asked();
    byId(el, 'conversation-date').focus();
    await sendKeys({ type: '18' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '11' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2026' });
    await settle(el);
    expect(el.value.conversation?.date).to.equal('2026-11-18');
    for (const id of ['conversation-date', 'conversation-date-month', 'conversation-date-year']) {
      expect(byId(el, id).getAttribute('inputmode'), id).to.equal('numeric');
    }
  });

  it('31 / 02 / 2026 must be a real date, marked on the day', async () => {
    const el = await asked();
    await enterDate(el, 'conversation-date', '31', '02', '2026');
    expect(el.value.conversation).to.not.have.property('date');
    el.complete();
    await settle(el);
    const link = summaryLinks(el).find((candidate) => candidate.text.includes('real date'));
    expect(link?.text).to.equal('The date you talked with the person must be a real date');
    expect(link?.target).to.equal('conversation-date');
    expect(markedWrong(el).filter((id) => id.startsWith('conversation-date'))).to.deep.equal(['conversation-date']);
  });

  it('a missing month says so, and the summary link goes to the month box', async () => {
    const el = await asked();
    await enterDate(el, 'conversation-date', '18', '', '2026');
    el.complete();
    await settle(el);
    const link = summaryLinks(el).find((candidate) => candidate.text.includes('month'));
    expect(link?.text).to.equal('The date you talked with the person must include a month');
    expect(link?.target).to.equal('conversation-date-month');
    expect(fieldError(el, 'conversation-date')).to.equal('The date you talked with the person must include a month');
    expect(markedWrong(el).filter((id) => id.startsWith('conversation-date'))).to.deep.equal(['conversation-date-month']);
  });

  it('a date in the future must be today or in the past', async () => {
    const el = await asked();
    await enterDate(el, 'conversation-date', '1', '1', '2999');
    expect(el.value.conversation?.date).to.equal('2999-01-01');
    el.complete();
    await settle(el);
    expect(fieldError(el, 'conversation-date')).to.equal('The date you talked with the person must be today or in the past');
  });
});
