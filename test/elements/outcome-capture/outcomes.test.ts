import { expect, fixture, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import type { MspOutcomeCapture } from '../../../src/elements/outcome-capture/outcome-capture.component.js';
import { LIMITS, parseOutcomeCapture, safeParseOutcomeCapture } from '../../../src/schemas/index.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { joyceRecord, mrsTRecord } from '../../../fixtures/states/outcome-capture.records.js';
import {
  ISO_WITH_OFFSET,
  answerTheRest,
  buttonByText,
  byId,
  choose,
  collect,
  controlByLabel,
  expressedRecord,
  fieldError,
  focused,
  has,
  outcomeIdOf,
  outcomeItem,
  paste,
  root,
  settle,
  summaryLinks,
  typeInto,
  typeOver,
  wordsBoxes,
  type OutcomeCapture,
} from './helpers.js';

const mount = (options: { required?: boolean; value?: OutcomeCaptureRecord } = {}) =>
  mountShared<OutcomeCapture>(html`<msp-outcome-capture ?required=${options.required ?? false}></msp-outcome-capture>`, {
    value: options.value,
  });

/** Clicks the add button and returns the new words box, which has focus. */
async function addOutcome(el: OutcomeCapture): Promise<HTMLTextAreaElement> {
  byId(el, 'add-outcome').click();
  await settle(el);
  return focused(el) as HTMLTextAreaElement;
}

const linkTargets = (el: OutcomeCapture) => summaryLinks(el).map((link) => link.target);

describe('<msp-outcome-capture>: whether outcomes were expressed', () => {
  it('"asked, but no outcomes expressed" is complete with no outcomes, and offers no outcome to fill in', async () => {
    const el = await mount({ required: true });
    await choose(el, 'asked', 'asked-not-expressed');
    expect(wordsBoxes(el), 'no words box').to.have.length(0);
    expect(has(el, 'add-outcome'), 'no add button').to.be.false;
    expect(has(el, 'expressed-by'), 'no "who said" question').to.be.false;

    await answerTheRest(el);
    const submitted = collect<OutcomeCaptureRecord>(el, 'msp-submit');
    expect(el.complete()).to.be.true;
    expect(submitted).to.have.length(1);
    expect(submitted[0].asked).to.equal('asked-not-expressed');
    expect(submitted[0].outcomes).to.deep.equal([]);
    expect(submitted[0]).to.not.have.property('expressedBy');
    expect(() => parseOutcomeCapture(submitted[0])).to.not.throw();
  });

  it('a saved record with no outcomes expressed loads as complete, with nothing to add', async () => {
    const el = await mount({ required: true, value: mrsTRecord });
    expect(el.checkValidity()).to.be.true;
    expect(wordsBoxes(el)).to.have.length(0);
    expect(has(el, 'add-outcome')).to.be.false;
    expect(el.value).to.deep.equal(mrsTRecord);
  });

  it('"asked, and outcomes expressed" is not complete until at least one outcome is written down', async () => {
    const el = await mount({ required: true });
    await choose(el, 'asked', 'asked-expressed');
    await choose(el, 'expressed-by', 'person');
    await answerTheRest(el);
    expect(el.complete()).to.be.false;
    await settle(el);
    expect(el.validity.valid).to.be.false;
    const link = summaryLinks(el).find((candidate) => candidate.target === 'add-outcome');
    expect(link?.text).to.equal('Write down at least one thing the person wants to happen');
    expect(fieldError(el, 'add-outcome')).to.equal('Write down at least one thing the person wants to happen');

    const box = await addOutcome(el);
    await typeInto(el, box, 'I want to feel safe at home');
    expect(el.complete()).to.be.true;
    expect(el.value.outcomes.map((outcome) => outcome.words)).to.deep.equal(['I want to feel safe at home']);
  });

  it('the first error summary says outcomes and who expressed them are missing, alongside the other missing answers', async () => {
    const el = await mount({ required: true });
    await choose(el, 'asked', 'asked-expressed');
    el.complete();
    await settle(el);
    const targets = linkTargets(el);
    expect(targets, 'other missing answers are listed').to.include('information-given');
    expect(targets, 'who said what they want').to.include('expressed-by');
    expect(targets, 'at least one outcome').to.include('add-outcome');
  });

  it('outcomes written down are refused once the answer is changed to "not expressed"', async () => {
    const el = await mount({ required: true });
    await choose(el, 'asked', 'asked-expressed');
    await choose(el, 'expressed-by', 'person');
    await answerTheRest(el);
    await typeInto(el, await addOutcome(el), 'Stay at home');
    await choose(el, 'asked', 'asked-not-expressed');
    expect(wordsBoxes(el), 'the words are still shown, so they can be removed').to.have.length(1);
    expect(el.complete()).to.be.false;
    await settle(el);
    expect(linkTargets(el)).to.include('asked');
  });
});

describe('<msp-outcome-capture>: adding and removing outcomes', () => {
  it('adding one focuses its empty words box; removing a new one drops it and returns focus to the add button', async () => {
    const el = await mount({ value: expressedRecord([]) });
    const add = byId<HTMLButtonElement>(el, 'add-outcome');
    expect(add.textContent!.trim()).to.equal('Add what the person wants to happen');

    const first = await addOutcome(el);
    expect(first.localName).to.equal('textarea');
    expect(first.value).to.equal('');
    expect(first.id).to.equal(`outcome-${el.value.outcomes[0].id}-words`);
    expect(add.textContent!.trim()).to.equal('Add something else they want to happen');

    const second = await addOutcome(el);
    expect(second.id).to.not.equal(first.id);
    expect(wordsBoxes(el).map((box) => box.id)).to.deep.equal([first.id, second.id]);
    expect(el.value.outcomes).to.have.length(2);

    const secondId = outcomeIdOf(second);
    buttonByText(outcomeItem(el, secondId), 'Remove').click();
    await settle(el);
    expect(focused(el)?.id).to.equal('add-outcome');
    expect(el.value.outcomes.map((outcome) => outcome.id)).to.deep.equal([outcomeIdOf(first)]);
    expect(JSON.stringify(el.value), 'a new outcome leaves no trace').to.not.contain(secondId);
  });

  it('removing the last outcome, when that hides the outcomes section, leaves focus inside the element', async () => {
    const el = await mount();
    await choose(el, 'asked', 'asked-expressed');
    const box = await addOutcome(el);
    await choose(el, 'asked', 'asked-not-expressed');
    const remove = buttonByText(outcomeItem(el, outcomeIdOf(box)), 'Remove');
    remove.focus();
    remove.click();
    await settle(el);
    expect(el.value.outcomes).to.have.length(0);
    expect(document.activeElement === el, 'focus is not dropped to the page').to.be.true;
    expect(focused(el)?.localName ?? 'nothing', 'something in the element has focus').to.not.equal('nothing');
  });

  it('offers up to the limit, then says so and adds no more', async () => {
    const outcomes = Array.from({ length: LIMITS.outcomes }, (_, index) => ({
      id: crypto.randomUUID(),
      words: `Outcome ${index + 1}`,
      firstRecordedAt: '2026-11-01T10:00:00+00:00',
      history: [],
    }));
    const el = await mount({ value: expressedRecord(outcomes) });
    const add = byId<HTMLButtonElement>(el, 'add-outcome');
    expect(add.disabled).to.be.true;
    expect(add.parentElement!.textContent).to.contain(`You can write down up to ${LIMITS.outcomes} things.`);
    add.click();
    await settle(el);
    expect(el.value.outcomes).to.have.length(LIMITS.outcomes);
  });
});

describe('<msp-outcome-capture>: changing a saved outcome', () => {
  const [joyceFirst, joyceSecond] = joyceRecord.outcomes;

  it('changed words need a reason, then add {changedAt, previousWords, reason} to the history in value', async () => {
    const el = await mount({ required: true, value: joyceRecord });
    const box = byId<HTMLTextAreaElement>(el, `outcome-${joyceSecond.id}-words`);
    const reasonId = `outcome-${joyceSecond.id}-reason`;
    expect(has(el, reasonId), 'no reason asked before a change').to.be.false;

    const startedAt = Date.now();
    await typeOver(el, box, 'I want him to visit only when my daughter is there.');
    const reason = controlByLabel<HTMLTextAreaElement>(el, 'Why has this changed?');
    expect(reason.id).to.equal(reasonId);
    expect(el.checkValidity(), 'a change without a reason is not complete').to.be.false;
    expect(el.complete()).to.be.false;
    await settle(el);
    const reasonLink = summaryLinks(el).find((link) => link.target === reasonId);
    expect(reasonLink?.text, 'the summary asks why outcome 2 changed').to.match(/why.*\b2\b|\b2\b.*why/i);
    expect(fieldError(el, reasonId)).to.equal(reasonLink!.text);

    await typeInto(el, reason, 'Joyce said she feels safer with her daughter there.');
    const outcome = el.value.outcomes[1];
    expect(outcome.words).to.equal('I want him to visit only when my daughter is there.');
    expect(outcome.history).to.have.length(1);
    const [change] = outcome.history;
    expect(Object.keys(change).sort()).to.deep.equal(['changedAt', 'previousWords', 'reason']);
    expect(change).to.deep.include({
      previousWords: joyceSecond.words,
      reason: 'Joyce said she feels safer with her daughter there.',
    });
    expect(change.changedAt).to.match(ISO_WITH_OFFSET);
    expect(Date.parse(change.changedAt)).to.be.within(startedAt - 1000, Date.now() + 1000);
    expect(el.checkValidity()).to.be.true;
    expect(() => parseOutcomeCapture(el.value)).to.not.throw();
  });

  it('a change to an outcome that already has history is added after the earlier changes', async () => {
    const el = await mount({ value: joyceRecord });
    await typeOver(el, byId<HTMLTextAreaElement>(el, `outcome-${joyceFirst.id}-words`), 'I want my niece to talk to him with me.');
    await typeInto(el, byId(el, `outcome-${joyceFirst.id}-reason`), 'She is worried he will be angry.');
    const history = el.value.outcomes[0].history;
    expect(history).to.have.length(2);
    expect(history[0]).to.deep.equal(joyceFirst.history[0]);
    expect(history[1]).to.deep.include({ previousWords: joyceFirst.words, reason: 'She is worried he will be angry.' });
    expect(el.value.outcomes[0].words).to.equal('I want my niece to talk to him with me.');
  });

  it('words changed back to what was saved need no reason and add no history', async () => {
    const el = await mount({ value: joyceRecord });
    const box = byId<HTMLTextAreaElement>(el, `outcome-${joyceSecond.id}-words`);
    await typeOver(el, box, 'Something else');
    expect(has(el, `outcome-${joyceSecond.id}-reason`)).to.be.true;
    await typeOver(el, box, joyceSecond.words);
    expect(has(el, `outcome-${joyceSecond.id}-reason`)).to.be.false;
    expect(el.value.outcomes).to.deep.equal(joyceRecord.outcomes);
    expect(el.checkValidity()).to.be.true;
  });

  it('a saved outcome removed is withdrawn with a reason and stays in the record; its words are unchanged', async () => {
    const el = await mount({ required: true, value: joyceRecord });
    const item = outcomeItem(el, joyceSecond.id);
    expect(() => buttonByText(item, 'Remove'), 'a saved outcome is not simply removed').to.throw();
    const startedAt = Date.now();
    buttonByText(item, 'They no longer want this').click();
    await settle(el);

    const reasonBox = focused(el) as HTMLTextAreaElement;
    expect(reasonBox.id, 'focus moves to the reason').to.equal(`outcome-${joyceSecond.id}-withdraw-reason`);
    expect(controlByLabel(el, 'Why do they no longer want this?').id).to.equal(reasonBox.id);
    expect(el.complete(), 'a withdrawal needs a reason').to.be.false;
    await settle(el);
    expect(summaryLinks(el).map((link) => link.target)).to.include(reasonBox.id);

    await typeInto(el, reasonBox, 'Joyce would rather he did not come now.');
    const outcome = el.value.outcomes.find((candidate) => candidate.id === joyceSecond.id)!;
    expect(el.value.outcomes).to.have.length(2);
    expect(outcome.words).to.equal(joyceSecond.words);
    expect(outcome.withdrawn?.reason).to.equal('Joyce would rather he did not come now.');
    expect(outcome.withdrawn?.withdrawnAt).to.match(ISO_WITH_OFFSET);
    expect(Date.parse(outcome.withdrawn!.withdrawnAt)).to.be.within(startedAt - 1000, Date.now() + 1000);
    expect(el.complete()).to.be.true;
    expect(() => parseOutcomeCapture(el.value)).to.not.throw();
  });

  it('"Keep this after all" undoes a withdrawal that was not saved', async () => {
    const el = await mount({ value: joyceRecord });
    buttonByText(outcomeItem(el, joyceSecond.id), 'They no longer want this').click();
    await settle(el);
    await typeInto(el, focused(el) as HTMLElement, 'Changed her mind');
    buttonByText(root(el), 'Keep this after all').click();
    await settle(el);
    expect(el.value.outcomes).to.deep.equal(joyceRecord.outcomes);
    expect(focused(el)!.id).to.equal(`outcome-${joyceSecond.id}-words`);
  });

  it('withdrawing an outcome after editing its words leaves no problem that points at a hidden field', async () => {
    const el = await mount({ value: joyceRecord });
    await typeOver(el, byId<HTMLTextAreaElement>(el, `outcome-${joyceSecond.id}-words`), 'Only on Sundays');
    buttonByText(outcomeItem(el, joyceSecond.id), 'They no longer want this').click();
    await settle(el);
    await typeInto(el, focused(el) as HTMLElement, 'She does not want him to visit at all now.');
    el.complete();
    await settle(el);
    for (const { target, text } of summaryLinks(el)) {
      expect(has(el, target), `"${text}" links to #${target}, which is not on the page`).to.be.true;
    }
  });

  it('outcomes of a record the host saved and gave back count as saved: removing one withdraws it', async () => {
    const el = await mount({ value: expressedRecord([]) });
    await typeInto(el, await addOutcome(el), 'Stay in touch with my sister');
    const submitted = collect<OutcomeCaptureRecord>(el, 'msp-submit');
    expect(el.complete()).to.be.true;
    // The host stores the record and gives it back, as a page does after saving.
    el.value = structuredClone(submitted[0]);
    await settle(el);
    const id = submitted[0].outcomes[0].id;
    expect(() => buttonByText(outcomeItem(el, id), 'They no longer want this')).to.not.throw();
    await typeOver(el, byId<HTMLTextAreaElement>(el, `outcome-${id}-words`), 'Visit my sister every month');
    expect(has(el, `outcome-${id}-reason`), 'a change to saved words asks why').to.be.true;
  });
});

describe('<msp-outcome-capture>: the practitioner area and the words control', () => {
  it('the area select sets, changes and clears the outcome\'s area', async () => {
    const el = await mount({ value: expressedRecord([]) });
    const id = outcomeIdOf(await addOutcome(el));
    const select = controlByLabel<HTMLSelectElement>(el, 'For the practitioner: area for reporting (optional)');
    expect(select.id).to.equal(`outcome-${id}-area`);
    expect([...select.options].map((item) => item.value)).to.deep.equal([
      '',
      'quality-of-life',
      'safeguarding-process',
      'desired-change',
    ]);
    expect(el.value.outcomes[0]).to.not.have.property('area');
    for (const area of ['safeguarding-process', 'desired-change'] as const) {
      select.value = area;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
      expect(el.value.outcomes[0].area).to.equal(area);
    }
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(el.value.outcomes[0]).to.not.have.property('area');
  });

  it('the person\'s words go in a free-text box, never a list to pick from', async () => {
    const el = await mount({ value: joyceRecord });
    await addOutcome(el);
    const boxes = wordsBoxes(el);
    expect(boxes).to.have.length(3);
    for (const box of boxes) {
      expect(box.localName).to.equal('textarea');
      expect(controlByLabel(el, 'In their own words').localName).to.equal('textarea');
      expect(box.hasAttribute('list')).to.be.false;
      expect(box.getAttribute('role')).to.be.null;
      expect(box.hasAttribute('readonly')).to.be.false;
    }
    expect(root(el).querySelector('datalist, [role="listbox"], [role="combobox"], [list]')).to.be.null;
    // The only select is the practitioner's area, one per outcome.
    const selects = [...root(el).querySelectorAll('select')];
    expect(selects.map((select) => select.id)).to.deep.equal(boxes.map((box) => `outcome-${outcomeIdOf(box)}-area`));
  });

  it('counts characters: the limit, what remains near it, and how many too many past it, with an error once left', async () => {
    const el = await mount({ value: expressedRecord([]) });
    const box = await addOutcome(el);
    const info = byId(el, `${box.id}-info`);
    expect(box.getAttribute('aria-describedby')!.split(' ')).to.include(info.id);
    expect(info.textContent!.trim()).to.equal('You can enter up to 2,000 characters');

    await paste(el, box, 'a'.repeat(1499));
    expect(info.textContent!.trim(), 'far from the limit').to.equal('You can enter up to 2,000 characters');
    await paste(el, box, 'a'.repeat(1500));
    expect(info.textContent!.trim()).to.equal('You have 500 characters remaining');
    await paste(el, box, 'a'.repeat(1999));
    expect(info.textContent!.trim()).to.equal('You have 1 character remaining');
    await paste(el, box, 'a'.repeat(2000));
    expect(el.checkValidity(), 'exactly the limit is allowed').to.be.true;
    expect(box.getAttribute('aria-invalid')).to.equal('false');

    await paste(el, box, 'a'.repeat(2003), true);
    expect(info.textContent!.trim()).to.equal('You have 3 characters too many');
    expect(fieldError(el, box.id)).to.equal('This must be 2,000 characters or fewer');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(el.validity.tooLong).to.be.true;
    expect(el.complete()).to.be.false;
  });

  it('at exactly the limit, the count says no characters remain, without a minus sign', async () => {
    const el = await mount({ value: expressedRecord([]) });
    const box = await addOutcome(el);
    await paste(el, box, 'a'.repeat(LIMITS.wordsLength));
    expect(byId(el, `${box.id}-info`).textContent!.trim()).to.equal('You have 0 characters remaining');
  });
});

describe('<msp-outcome-capture>: capacity', () => {
  it('"lacked capacity: yes" reveals the support questions, and whether support was provided is then required', async () => {
    const el = await mount({ required: true });
    await choose(el, 'asked', 'asked-not-expressed');
    await answerTheRest(el);
    expect(has(el, 'support-provided')).to.be.false;
    expect(has(el, 'capacity-decision')).to.be.false;
    expect(el.checkValidity()).to.be.true;

    await choose(el, 'lacked-capacity', 'yes');
    expect(has(el, 'support-provided')).to.be.true;
    expect(controlByLabel(el, 'Which decision was this about? (optional)').id).to.equal('capacity-decision');
    expect(has(el, 'supported-by'), 'who supported them is asked only after "yes"').to.be.false;
    expect(el.complete()).to.be.false;
    await settle(el);
    expect(summaryLinks(el).find((link) => link.target === 'support-provided')?.text).to.equal(
      'Select whether an advocate, family member or friend supported the person',
    );

    await choose(el, 'support-provided', 'yes');
    expect(has(el, 'supported-by')).to.be.true;
    await choose(el, 'supported-by', 'advocate');
    await choose(el, 'supported-by', 'friend');
    await typeInto(el, byId(el, 'capacity-decision'), 'Managing money');
    expect(el.value.capacity).to.deep.equal({
      lacked: 'yes',
      decision: 'Managing money',
      supportProvided: 'yes',
      supportedBy: ['advocate', 'friend'],
    });
    expect(el.complete()).to.be.true;

    await choose(el, 'lacked-capacity', 'no');
    expect(has(el, 'support-provided')).to.be.false;
    expect(el.value.capacity, 'support answers are dropped when capacity was not lacked').to.deep.equal({ lacked: 'no' });
    expect(el.checkValidity()).to.be.true;
  });

  it('the first error summary asks whether support was provided, alongside the other missing answers', async () => {
    const el = await mount({ required: true });
    await choose(el, 'lacked-capacity', 'yes');
    el.complete();
    await settle(el);
    const targets = linkTargets(el);
    expect(targets).to.include('asked');
    expect(targets).to.include('support-provided');
  });
});

describe('<msp-outcome-capture>: the conversation date', () => {
  it('a date left empty asks for the date, rather than for a real one', async () => {
    const el = await mount({ required: true });
    await choose(el, 'asked', 'asked-not-expressed');
    el.complete();
    await settle(el);
    const message = fieldError(el, 'conversation-date');
    expect(message, 'a date is asked for').to.match(/^Enter the date/);
    expect(message).to.not.match(/real date/i);
  });
});

describe('<msp-outcome-capture>: records it emits', () => {
  it('every record marked valid in msp-input and msp-change passes parseOutcomeCapture, and no other does', async () => {
    const el = await mount({ required: true });
    const inputs = collect<{ value: OutcomeCaptureRecord; valid: boolean }>(el, 'msp-input');
    const changes = collect<{ value: OutcomeCaptureRecord; valid: boolean }>(el, 'msp-change');
    await choose(el, 'asked', 'asked-expressed');
    await choose(el, 'expressed-by', 'advocate');
    await answerTheRest(el);
    const box = await addOutcome(el);
    await typeInto(el, box, 'Be safe');
    await choose(el, 'lacked-capacity', 'yes');
    await choose(el, 'support-provided', 'no');
    const submitted = collect<OutcomeCaptureRecord>(el, 'msp-submit');
    expect(el.complete()).to.be.true;

    const all = [...inputs, ...changes];
    expect(all.some((detail) => detail.valid)).to.be.true;
    expect(all.some((detail) => !detail.valid)).to.be.true;
    for (const detail of all) {
      expect(safeParseOutcomeCapture(detail.value).success, JSON.stringify(detail.value)).to.equal(detail.valid);
    }
    expect(parseOutcomeCapture(submitted[0])).to.deep.equal(submitted[0]);
    expect(submitted[0].outcomes[0].words).to.equal('Be safe');
  });
});

describe('conversation date', () => {
  it('a date in the future blocks completion with a message at the date field', async () => {
    const el = await fixture<MspOutcomeCapture>(html`<msp-outcome-capture></msp-outcome-capture>`);
    el.value = { ...mrsTRecord, conversation: { ...(mrsTRecord as { conversation: object }).conversation, date: '2999-01-01' } } as OutcomeCaptureRecord;
    await el.updateComplete;
    expect(el.complete()).to.be.false;
    await el.updateComplete;
    const date = el.shadowRoot!.querySelector('#conversation-date')!;
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#conversation-date-error')!.textContent).to.contain('today or in the past');
  });
});
