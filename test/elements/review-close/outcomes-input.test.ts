import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/review-close/review-close.js';
import { joyceRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { joyceReview, susiClosure } from '../../../fixtures/states/review-close.records.js';
import { byId, choose, fieldError, root, settle, summaryLinks, type ReviewClose } from './helpers.js';

/** Every msp-error that reaches the document while `run` runs. */
async function errorsDuring(run: () => Promise<unknown>) {
  const seen: CustomEvent[] = [];
  const listener = (event: Event) => seen.push(event as CustomEvent);
  document.addEventListener('msp-error', listener);
  try {
    await run();
  } finally {
    document.removeEventListener('msp-error', listener);
  }
  return seen;
}

const notice = (el: ReviewClose) => root(el).querySelector<HTMLElement>('#outcomes-link');

describe('<msp-review-close>: the outcome-capture record it is given', () => {
  it('an invalid outcomes record fires msp-error (invalid-value) without the person’s words, says so, and blocks completion', async () => {
    const el = await fixture<ReviewClose>(html`<msp-review-close .value=${structuredClone(susiClosure)}></msp-review-close>`);
    const bad = { ...structuredClone(susiRecord), asked: 'perhaps', outcomes: [{ ...susiRecord.outcomes[0], words: 42 }] };
    const errors = await errorsDuring(async () => {
      el.outcomesRecord = bad as never;
      await settle(el);
    });
    expect(errors).to.have.length(1);
    const [error] = errors;
    expect(error.target).to.equal(el);
    expect(error.bubbles && error.composed).to.be.true;
    expect(error.detail.code).to.equal('invalid-value');
    expect(error.detail.message).to.contain('outcomes-record');
    expect(error.detail.issues.map((issue: { path: unknown[] }) => issue.path.join('.'))).to.include('asked');
    expect(JSON.stringify(error.detail)).to.not.contain('somewhere new');
    expect(notice(el)!.getAttribute('role')).to.equal('alert');
    expect(notice(el)!.textContent).to.contain('The record of what the person wants could not be read. Contact the team who run this page.');
    expect(el.outcomesRecord, 'kept as given').to.equal(bad);
    expect(el.checkValidity()).to.be.false;
    expect(el.complete()).to.be.false;
    await settle(el);
    expect(summaryLinks(el).map((link) => link.target)).to.deep.equal(['outcomes-link']);
  });

  it('malformed JSON in the attribute fires msp-error invalid-json, even before the element is in the page', async () => {
    const errors = await errorsDuring(() => fixture(html`<msp-review-close outcomes-record='{"kind": oops'></msp-review-close>`));
    expect(errors.map((error) => error.detail.code)).to.deep.equal(['invalid-json']);
  });

  it('a good outcomes record replacing a bad one clears the problem', async () => {
    const el = await fixture<ReviewClose>(html`<msp-review-close outcomes-record="not json" .value=${structuredClone(susiClosure)}></msp-review-close>`);
    expect(el.checkValidity()).to.be.false;
    el.outcomesRecord = JSON.stringify(susiRecord);
    await settle(el);
    expect(el.checkValidity()).to.be.true;
    expect(notice(el)).to.be.null;
    expect(el.outcomesRecord).to.deep.equal(susiRecord);
  });

  it('answers that do not fit the outcomes: one for something not in the record, none for something the person wants', async () => {
    const review = structuredClone(joyceReview);
    review.outcomeReviews[0].outcomeId = 'f6071829-3a4b-4cd5-9e6f-708192a3b4c5';
    const el = await fixture<ReviewClose>(html`<msp-review-close .outcomesRecord=${joyceRecord} .value=${review}></msp-review-close>`);
    await settle(el);
    expect(el.value, 'kept as given').to.deep.equal(review);
    expect(el.checkValidity()).to.be.false;
    // The answer for something unknown is marked at once, with a way to remove it.
    expect(fieldError(el, 'answer-1-remove')).to.equal('This answer is not for anything the person wants now. Remove it');
    el.complete();
    await settle(el);
    expect(summaryLinks(el).map((link) => [link.target, link.text])).to.deep.equal([
      ['outcome-1-progress', 'Write how it is going (1), in the person’s words'],
      ['outcome-1-changed', 'Select whether what the person wants has changed (1)'],
      ['answer-1-remove', 'This answer is not for anything the person wants now. Remove it'],
    ]);
    byId(el, 'answer-1-remove').click();
    await settle(el);
    expect(el.value.outcomeReviews!.map((entry) => entry.outcomeId)).to.deep.equal([joyceRecord.outcomes[1].id]);
    await el.updateComplete;
    byId<HTMLTextAreaElement>(el, 'outcome-1-progress').focus();
    await choose(el, 'outcome-1-changed', 'no');
    byId<HTMLTextAreaElement>(el, 'outcome-1-progress').value = 'I told him myself.';
    byId(el, 'outcome-1-progress').dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.checkValidity()).to.be.true;
    // The answer made for the first outcome goes first, in the order of the outcomes.
    expect(el.value.outcomeReviews!.map((entry) => entry.outcomeId)).to.deep.equal(joyceRecord.outcomes.map((outcome) => outcome.id));
  });

  it('a change begun before the outcome’s words changed elsewhere is marked, and editing it takes the words of now', async () => {
    const review = structuredClone(joyceReview);
    const [, visits] = review.outcomeReviews;
    if (visits.changed) visits.previousWords = 'Words from before the outcome changed.';
    const el = await fixture<ReviewClose>(html`<msp-review-close .outcomesRecord=${joyceRecord} .value=${review}></msp-review-close>`);
    await settle(el);
    expect(el.checkValidity()).to.be.false;
    el.complete();
    await settle(el);
    expect(summaryLinks(el).map((link) => link.target)).to.deep.equal(['outcome-2-new-words']);
    const box = byId<HTMLTextAreaElement>(el, 'outcome-2-new-words');
    box.value += ' Or my son.';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.value.outcomeReviews![1]).to.include({ previousWords: joyceRecord.outcomes[1].words });
    expect(el.checkValidity()).to.be.true;
  });

  it('an answer for an outcome the person no longer wants is marked, and can be removed', async () => {
    const withdrawn = susiRecord.outcomes.find((outcome) => outcome.withdrawn)!;
    const closure = structuredClone(susiClosure);
    closure.outcomeResults!.push({ outcomeId: withdrawn.id, achieved: 'not' });
    const el = await fixture<ReviewClose>(html`<msp-review-close .outcomesRecord=${susiRecord} .value=${closure}></msp-review-close>`);
    await settle(el);
    expect(el.checkValidity()).to.be.false;
    expect(fieldError(el, 'answer-4-remove')).to.contain('Remove it');
    byId(el, 'answer-4-remove').click();
    await settle(el);
    expect(el.checkValidity()).to.be.true;
  });

  it('answers about another person’s record say the form was set up wrongly', async () => {
    const el = await fixture<ReviewClose>(html`<msp-review-close .outcomesRecord=${joyceRecord} .value=${structuredClone(susiClosure)}></msp-review-close>`);
    await settle(el);
    expect(el.checkValidity()).to.be.false;
    expect(notice(el)!.textContent).to.contain('This form was set up with details it cannot use. Contact the team who run this page.');
  });

  it('without an outcomes record, the answers show by number and the form says the words are not here', async () => {
    const el = await fixture<ReviewClose>(html`<msp-review-close .value=${structuredClone(susiClosure)}></msp-review-close>`);
    await settle(el);
    expect(notice(el)!.textContent).to.contain('The record of what the person wants is not here, so their words are not shown.');
    expect(root(el).querySelectorAll('[part~="outcome"]').length).to.equal(3);
    expect(el.checkValidity()).to.be.true;
  });

  it('a framework giving the same outcomes record again changes nothing and loses no edits', async () => {
    const el = await fixture<ReviewClose>(html`<msp-review-close .outcomesRecord=${structuredClone(joyceRecord)}></msp-review-close>`);
    await choose(el, 'stage', 'closure');
    await choose(el, 'outcome-1-achieved', 'fully');
    const before = JSON.stringify(el.value);
    const errors = await errorsDuring(async () => {
      el.outcomesRecord = structuredClone(joyceRecord);
      await settle(el);
    });
    expect(errors).to.have.length(0);
    expect(JSON.stringify(el.value)).to.equal(before);
  });
});
