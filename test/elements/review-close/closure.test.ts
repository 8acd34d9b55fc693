import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/review-close/review-close.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { ACTION_AND_RESULT, riskOutcomeApplies, safeParseReviewClose, type ClosureRecord } from '../../../src/schemas/index.js';
import { mrsTRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { mrsTClosure, susiClosure } from '../../../fixtures/states/review-close.records.js';
import { byId, choose, collect, fieldError, has, root, settle, summaryLinks, threeOutcomes, typeInto, type ReviewClose } from './helpers.js';

async function inForm(outcomes: OutcomeCaptureRecord, value?: object) {
  const form = await fixture<HTMLFormElement>(
    html`<form><msp-review-close name="review" required .outcomesRecord=${outcomes} .value=${value}></msp-review-close></form>`,
  );
  const el = form.querySelector('msp-review-close') as ReviewClose;
  await settle(el);
  return { form, el };
}

/** Answers everything at closure but the outcomes: the risk, the ending conversation, feedback, decisions and what next. */
async function answerTheRest(el: ReviewClose) {
  await choose(el, 'action-and-result', 'no-risk-identified-no-action-taken');
  await choose(el, 'ending-happened', 'no');
  await choose(el, 'feedback', 'offered-declined');
  await typeInto(el, byId(el, 'rationale'), 'The care home had already changed how it gives medicines.');
  await choose(el, 'procedure-followed', 'yes');
  await typeInto(el, byId(el, 'next-steps'), 'The care home manager will tell us if anything worries them.');
}

const submittedRecord = (form: HTMLFormElement) => JSON.parse(new FormData(form).get('review') as string) as ClosureRecord;

describe('<msp-review-close> at closure', () => {
  it('puts how far each outcome was achieved, by outcome id, into the form’s data', async () => {
    const { form, el } = await inForm(threeOutcomes);
    await choose(el, 'stage', 'closure');
    await choose(el, 'outcome-1-achieved', 'partially');
    await choose(el, 'outcome-3-achieved', 'not');
    await choose(el, 'outcome-2-achieved', 'fully');
    const ids = threeOutcomes.outcomes.map((outcome) => outcome.id);
    // In the order of the outcomes, whatever order they were answered in.
    expect(submittedRecord(form).outcomeResults!.map((result) => [result.outcomeId, result.achieved])).to.deep.equal([
      [ids[0], 'partially'],
      [ids[1], 'fully'],
      [ids[2], 'not'],
    ]);
    await typeInto(el, byId(el, 'outcome-2-comment'), 'I liked having Jo there.');
    expect(submittedRecord(form).outcomeResults![1]).to.deep.equal({ outcomeId: ids[1], achieved: 'fully', personComment: 'I liked having Jo there.' });
  });

  it('shows only the outcomes the person still wants, quoting their words', async () => {
    const { el } = await inForm(susiRecord);
    await choose(el, 'stage', 'closure');
    const quoted = [...root(el).querySelectorAll('.outcome__words')].map((node) => node.textContent!.trim());
    expect(quoted).to.deep.equal(susiRecord.outcomes.filter((outcome) => !outcome.withdrawn).map((outcome) => `“${outcome.words}”`));
  });

  it('asks what became of the risk exactly where a risk was found or unclear and action was taken', async () => {
    const { el } = await inForm(threeOutcomes);
    await choose(el, 'stage', 'closure');
    for (const code of ACTION_AND_RESULT) {
      await choose(el, 'action-and-result', code);
      expect(has(el, 'risk-outcome'), code).to.equal(riskOutcomeApplies(code));
    }
    await choose(el, 'action-and-result', 'assessment-inconclusive-action-taken');
    await choose(el, 'risk-outcome', 'removed');
    expect(el.value.risk).to.deep.equal({ actionAndResult: 'assessment-inconclusive-action-taken', riskOutcome: 'removed' });
    // No risk found: the risk outcome leaves the record, so the record stays valid; it comes back if the answer does.
    await choose(el, 'action-and-result', 'no-risk-identified-action-taken');
    expect(el.value.risk).to.deep.equal({ actionAndResult: 'no-risk-identified-action-taken' });
    await choose(el, 'action-and-result', 'risk-identified-action-taken');
    expect(el.value.risk).to.deep.equal({ actionAndResult: 'risk-identified-action-taken', riskOutcome: 'removed' });
  });

  it('asks for the risk outcome when it applies and is missing, with a clear message', async () => {
    const { el } = await inForm(threeOutcomes);
    await choose(el, 'stage', 'closure');
    await choose(el, 'action-and-result', 'risk-identified-action-taken');
    el.complete();
    await settle(el);
    expect(fieldError(el, 'risk-outcome')).to.equal('Select what happened to the risk');
  });

  it('“asked but no outcomes were expressed” closes cleanly: it says why nothing is marked as achieved', async () => {
    const { form, el } = await inForm(mrsTRecord);
    const submitted = collect<ClosureRecord>(el, 'msp-submit');
    await choose(el, 'stage', 'closure');
    expect(root(el).querySelectorAll('[name^="outcome-"]').length).to.equal(0);
    expect(root(el).textContent).to.contain(
      'The person was asked what they wanted, but did not say. There is nothing to mark as achieved.',
    );
    await answerTheRest(el);
    form.addEventListener('submit', (event) => event.preventDefault());
    expect(el.complete(), JSON.stringify(summaryLinks(el))).to.be.true;
    const [record] = submitted;
    expect(record.asked).to.equal('asked-not-expressed');
    expect('outcomeResults' in record).to.be.false;
    expect(safeParseReviewClose(record).success).to.be.true;
  });

  it('“not asked” closes cleanly too, and says why', async () => {
    const notAsked = { ...structuredClone(mrsTRecord), asked: 'not-asked', conversation: undefined } as unknown as OutcomeCaptureRecord;
    delete (notAsked as { conversation?: unknown }).conversation;
    const { el } = await inForm(notAsked);
    await choose(el, 'stage', 'closure');
    expect(root(el).textContent).to.contain('The person was not asked what they wanted, so there is nothing to mark as achieved.');
    await answerTheRest(el);
    expect(el.checkValidity()).to.be.true;
    expect(el.value).to.include({ asked: 'not-asked' });
  });

  it('keeps a record as given: Mrs T’s closure comes back unchanged from value and the form', async () => {
    const { form, el } = await inForm(mrsTRecord, structuredClone(mrsTClosure));
    expect(el.value).to.deep.equal(mrsTClosure);
    expect(submittedRecord(form)).to.deep.equal(mrsTClosure);
    expect(el.checkValidity()).to.be.true;
  });

  it('the ending conversation: yes asks when, how and who; no asks why not; a date ahead of today is refused', async () => {
    const { el } = await inForm(threeOutcomes, structuredClone(susiClosure));
    await choose(el, 'ending-happened', 'no');
    expect(has(el, 'ending-date')).to.be.false;
    await typeInto(el, byId(el, 'ending-why-not'), 'Susi moved away.');
    expect(el.value.ending).to.deep.equal({ happened: false, whyNot: 'Susi moved away.' });
    await choose(el, 'ending-happened', 'yes');
    expect(el.value.ending).to.deep.equal(susiClosure.ending);
    const next = new Date();
    next.setDate(next.getDate() + 2);
    for (const [box, text] of [['ending-date', String(next.getDate())], ['ending-date-month', String(next.getMonth() + 1)], ['ending-date-year', String(next.getFullYear())]]) {
      byId<HTMLInputElement>(el, box).select();
      byId<HTMLInputElement>(el, box).focus();
      await sendKeys({ type: text });
    }
    await settle(el);
    el.complete();
    await settle(el);
    expect(fieldError(el, 'ending-date')).to.equal('The date you talked about ending safeguarding must be today or in the past');
  });

  it('a departure from the usual procedure is asked for, and said in the record', async () => {
    const { el } = await inForm(threeOutcomes, structuredClone(susiClosure));
    await choose(el, 'procedure-followed', 'no');
    el.complete();
    await settle(el);
    expect(fieldError(el, 'departure')).to.equal('Say what was done differently, and why');
    await typeInto(el, byId(el, 'departure'), 'We met at the library because Susi asked.');
    expect(el.value.procedure).to.deep.equal({ followed: false, departure: 'We met at the library because Susi asked.' });
  });

  it('switching between review and closure sets the other’s answers aside and brings them back', async () => {
    const { el } = await inForm(threeOutcomes, structuredClone(susiClosure));
    await choose(el, 'stage', 'review');
    expect(Object.keys(el.value)).to.not.include.members(['risk', 'ending', 'outcomeResults']);
    await choose(el, 'stage', 'closure');
    const { recordedAt: _at, ...back } = el.value;
    const { recordedAt: _was, ...given } = susiClosure;
    expect(back).to.deep.equal(given);
  });
});
