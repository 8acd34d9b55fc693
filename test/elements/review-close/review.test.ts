import { expect, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import '../../../src/elements/review-close/review-close.js';
import { today } from '../../../src/core/time.js';
import { applyReview, parseReviewClose, type ReviewRecord } from '../../../src/schemas/index.js';
import { joyceRecord, mrsTRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { joyceReview, susiReview } from '../../../fixtures/states/review-close.records.js';
import { byId, choose, collect, enterDate, fieldError, has, option, type ReviewClose, settle, summaryLinks, typeInto } from './helpers.js';
import { sendKeys } from '../../engines.js';

const mount = (outcomes: object = joyceRecord) =>
  mountShared<ReviewClose>(html`<msp-review-close case-ref="SG-2026-0412" .outcomesRecord=${outcomes}></msp-review-close>`);

/** A date some days from today, as the boxes take it. */
function daysAhead(days: number): string[] {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return [String(date.getDate()), String(date.getMonth() + 1), String(date.getFullYear())];
}

describe('<msp-review-close> at a review', () => {
  it('a review that changes an outcome’s words keeps the original words in the emitted history', async () => {
    const el = await mount();
    const submitted = collect<ReviewRecord>(el, 'msp-submit');
    const [talk, visits] = joyceRecord.outcomes;
    await choose(el, 'stage', 'review');

    await typeInto(el, byId(el, 'outcome-1-progress'), 'I told him myself. He has stopped asking.');
    await choose(el, 'outcome-1-changed', 'no');
    await typeInto(el, byId(el, 'outcome-2-progress'), 'He still comes round, but money went missing again.');
    await choose(el, 'outcome-2-changed', 'yes');
    await typeInto(el, byId(el, 'outcome-2-new-words'), 'I want him to visit only when my daughter is there.');
    await typeInto(el, byId(el, 'outcome-2-reason'), 'Joyce wants someone with her since the money went missing.');
    await enterDate(el, 'next-review-date', daysAhead(30));

    expect(el.complete(), JSON.stringify(summaryLinks(el).map((link) => link.text))).to.be.true;
    const [review] = submitted;
    expect(parseReviewClose(review)).to.deep.equal(review);
    expect(review.outcomeCaptureId).to.equal(joyceRecord.id);
    expect(review.outcomeReviews.map((entry) => entry.outcomeId)).to.deep.equal([talk.id, visits.id]);
    const change = review.outcomeReviews[1];
    expect(change).to.include({ changed: true, previousWords: 'I want him to keep visiting me.', newWords: 'I want him to visit only when my daughter is there.' });

    const next = applyReview(joyceRecord, review);
    expect(next.outcomes[1].words).to.equal('I want him to visit only when my daughter is there.');
    expect(next.outcomes[1].history.at(-1)).to.deep.equal({
      changedAt: change.changed ? change.changedAt : '',
      previousWords: 'I want him to keep visiting me.',
      reason: 'Joyce wants someone with her since the money went missing.',
    });
    // The outcome that did not change keeps its own earlier words too.
    expect(next.outcomes[0]).to.deep.equal(talk);
  });

  it('asks for how each outcome is going and whether it changed, for every outcome, at the first attempt', async () => {
    const el = await mount();
    await choose(el, 'stage', 'review');
    el.complete();
    await settle(el);
    expect(summaryLinks(el).map((link) => link.target)).to.deep.equal([
      'outcome-1-progress',
      'outcome-1-changed',
      'outcome-2-progress',
      'outcome-2-changed',
      'next-review-date',
    ]);
    expect(fieldError(el, 'outcome-2-changed')).to.equal('Select whether what the person wants has changed (2)');
    expect(fieldError(el, 'outcome-1-progress')).to.equal('Write how it is going (1), in the person’s words');
    expect(fieldError(el, 'next-review-date')).to.equal('Enter the date of the next review');
  });

  it('answering “no” after “yes” sets the new words aside, and “yes” brings them back', async () => {
    const el = await mount();
    await choose(el, 'stage', 'review');
    await choose(el, 'outcome-1-changed', 'yes');
    await typeInto(el, byId(el, 'outcome-1-new-words'), 'New words');
    await choose(el, 'outcome-1-changed', 'no');
    expect(el.value.outcomeReviews?.[0]).to.deep.equal({ outcomeId: joyceRecord.outcomes[0].id, changed: false });
    expect(has(el, 'outcome-1-new-words')).to.be.false;
    await choose(el, 'outcome-1-changed', 'yes');
    expect(byId<HTMLTextAreaElement>(el, 'outcome-1-new-words').value).to.equal('New words');
    expect(el.value.outcomeReviews?.[0]).to.include({ changed: true, newWords: 'New words', previousWords: joyceRecord.outcomes[0].words });
  });

  it('adds something new the person wants, in their words, and removes it again; focus follows', async () => {
    const el = await mount();
    await choose(el, 'stage', 'review');
    byId(el, 'add-new-outcome').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('new-outcome-1');
    await typeInto(el, byId(el, 'new-outcome-1'), 'I want to learn to use my bank card myself.');
    const [added] = el.value.newOutcomes!;
    expect(added.words).to.equal('I want to learn to use my bank card myself.');
    expect(added.id).to.match(/^[0-9a-f-]{36}$/);
    const remove = [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Remove new thing 1')!;
    remove.click();
    await settle(el);
    expect(el.value.newOutcomes).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-new-outcome');
  });

  it('offers nothing new to add where the person did not say what they want, and says so', async () => {
    const el = await mount(mrsTRecord);
    await choose(el, 'stage', 'review');
    expect(has(el, 'add-new-outcome')).to.be.false;
    expect(el.shadowRoot!.textContent).to.contain('The person has not said what they want yet.');
  });

  it('the next review date must be in the future; a date in the past is refused at the field', async () => {
    const el = await mount();
    await choose(el, 'stage', 'review');
    await enterDate(el, 'next-review-date', daysAhead(-1));
    expect(el.value.nextReviewDate! < today()).to.be.true;
    el.complete();
    await settle(el);
    expect(fieldError(el, 'next-review-date')).to.equal('The date of the next review must be in the future');
    await enterDate(el, 'next-review-date', ['31', '2', '2027']);
    expect(fieldError(el, 'next-review-date')).to.equal('The date of the next review must be a real date');
  });

  it('a saved review whose next date has since passed still loads as valid: only a date typed now must lie ahead', async () => {
    const el = await mount();
    const saved = { ...structuredClone(joyceReview), nextReviewDate: '2026-01-01' };
    el.value = saved;
    await settle(el);
    expect(el.checkValidity()).to.be.true;
  });

  it('“they no longer want this” asks why, and withdraws the outcome with when and why; applyReview carries it over', async () => {
    const el = await mount(susiRecord);
    const submitted = collect<ReviewRecord>(el, 'msp-submit');
    await choose(el, 'stage', 'review');
    for (const n of [1, 2, 3]) await typeInto(el, byId(el, `outcome-${n}-progress`), `Going on (${n}).`);
    await choose(el, 'outcome-1-changed', 'no');
    await choose(el, 'outcome-2-changed', 'no');
    await choose(el, 'outcome-3-changed', 'withdrawn');
    await enterDate(el, 'next-review-date', daysAhead(20));
    el.complete();
    await settle(el);
    expect(summaryLinks(el).map((link) => link.target)).to.deep.equal(['outcome-3-withdrawn-reason']);
    expect(fieldError(el, 'outcome-3-withdrawn-reason')).to.equal('Say why the person no longer wants this (3)');
    await typeInto(el, byId(el, 'outcome-3-withdrawn-reason'), 'She goes to a pottery class now.');
    expect(el.complete(), JSON.stringify(summaryLinks(el).map((link) => link.text))).to.be.true;
    const entry = submitted[0].outcomeReviews[2];
    expect(entry).to.deep.include({ changed: false, withdrawn: { withdrawnAt: entry.withdrawn!.withdrawnAt, reason: 'She goes to a pottery class now.' } });
    expect(Date.parse(entry.withdrawn!.withdrawnAt)).to.be.closeTo(Date.now(), 60_000);
    const next = applyReview(susiRecord, submitted[0]);
    expect(next.outcomes.find((outcome) => outcome.id === entry.outcomeId)!.withdrawn).to.deep.equal(entry.withdrawn);
  });

  it('answering “no” after “they no longer want this” sets the withdrawal aside; choosing it again brings the reason back', async () => {
    const el = await mount(susiRecord);
    el.value = structuredClone(susiReview);
    await settle(el);
    expect(option(el, 'outcome-3-changed', 'withdrawn').checked).to.be.true;
    await choose(el, 'outcome-3-changed', 'no');
    expect(el.value.outcomeReviews![2]).to.not.have.property('withdrawn');
    await choose(el, 'outcome-3-changed', 'yes');
    expect(el.value.outcomeReviews![2]).to.not.have.property('withdrawn');
    await choose(el, 'outcome-3-changed', 'withdrawn');
    expect(el.value.outcomeReviews![2]).to.deep.equal(susiReview.outcomeReviews[2]);
  });

  it('a change whose new words are the words already there, but for spaces at the ends, is refused with a way forward', async () => {
    const el = await mount();
    await choose(el, 'stage', 'review');
    await choose(el, 'outcome-2-changed', 'yes');
    await typeInto(el, byId(el, 'outcome-2-new-words'), ` ${joyceRecord.outcomes[1].words}  `);
    el.complete();
    await settle(el);
    expect(fieldError(el, 'outcome-2-new-words')).to.equal('Write what they want now, or answer No');
    expect(summaryLinks(el).map((link) => link.text)).to.include('Write what they want now, or answer No');
    const box = byId<HTMLTextAreaElement>(el, 'outcome-2-new-words');
    box.focus();
    box.select();
    await sendKeys({ type: 'I want him to visit only when my daughter is there.' });
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(fieldError(el, 'outcome-2-new-words')).to.equal(undefined);
  });
});
