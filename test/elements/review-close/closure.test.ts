import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/review-close/review-close.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { ACTION_AND_RESULT, riskOutcomeApplies, safeParseReviewClose, type ClosureRecord } from '../../../src/schemas/index.js';
import { mrARecord, mrsTRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { mrAClosure, mrsTClosure, susiClosure } from '../../../fixtures/states/review-close.records.js';
import { mrsTClosureV1 } from '../../../fixtures/states/review-close.records.v1.js';
import { byId, choose, collect, enterDate, fieldError, has, option, type ReviewClose, root, settle, summaryLinks, threeOutcomes, typeInto } from './helpers.js';
import { sendKeys } from '../../engines.js';

async function inForm(outcomes: OutcomeCaptureRecord, value?: object) {
  const form = await fixture<HTMLFormElement>(
    html`<form><msp-review-close name="review" required .outcomesRecord=${outcomes} .value=${value}></msp-review-close></form>`,
  );
  const el = form.querySelector('msp-review-close') as ReviewClose;
  await settle(el);
  return { form, el };
}

/** Answers everything at closure but the outcomes: the enquiry, the risk, the ending conversation, feedback, quoting, decisions and what next. */
async function answerTheRest(el: ReviewClose) {
  await enterDate(el, 'concluded-on', ['19', '10', '2026']);
  await choose(el, 'enquiry-type', 'section-42');
  await choose(el, 'risk-sources', 'service-provider');
  await choose(el, 'risk-service-provider', 'no-risk-identified-no-action-taken');
  await choose(el, 'quote-consent', 'not-asked');
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
    await choose(el, 'risk-sources', 'known-to-individual');
    for (const code of ACTION_AND_RESULT) {
      await choose(el, 'risk-known-to-individual', code);
      expect(has(el, 'risk-known-to-individual-outcome'), code).to.equal(riskOutcomeApplies(code));
    }
    await choose(el, 'risk-known-to-individual', 'assessment-inconclusive-action-taken');
    await choose(el, 'risk-known-to-individual-outcome', 'removed');
    const risks = () => (el.value as ClosureRecord).risks;
    expect(risks()).to.deep.equal({ 'known-to-individual': { actionAndResult: 'assessment-inconclusive-action-taken', riskOutcome: 'removed' } });
    // No risk found: the risk outcome leaves the record, so the record stays valid; it comes back if the answer does.
    await choose(el, 'risk-known-to-individual', 'no-risk-identified-action-taken');
    expect(risks()).to.deep.equal({ 'known-to-individual': { actionAndResult: 'no-risk-identified-action-taken' } });
    await choose(el, 'risk-known-to-individual', 'risk-identified-action-taken');
    expect(risks()).to.deep.equal({ 'known-to-individual': { actionAndResult: 'risk-identified-action-taken', riskOutcome: 'removed' } });
  });

  it('asks where the risk came from, then for each source what was found and what became of it', async () => {
    const { el } = await inForm(threeOutcomes);
    await choose(el, 'stage', 'closure');
    el.complete();
    await settle(el);
    expect(fieldError(el, 'risk-sources')).to.equal('Select where the risk came from');
    // A source recorded only on records made before the question is not offered.
    expect(root(el).querySelectorAll('input[name="risk-sources"]').length).to.equal(3);
    await choose(el, 'risk-sources', 'service-provider');
    await choose(el, 'risk-sources', 'unknown-to-individual');
    await choose(el, 'risk-service-provider', 'risk-identified-action-taken');
    el.complete();
    await settle(el);
    expect(fieldError(el, 'risk-service-provider-outcome')).to.equal(
      'A service, such as a care home or home care agency: select what happened to the risk',
    );
    expect(fieldError(el, 'risk-unknown-to-individual')).to.equal(
      'Someone the person does not know: select what was found about the risk, and whether action was taken',
    );
    await choose(el, 'risk-service-provider-outcome', 'reduced');
    await choose(el, 'risk-unknown-to-individual', 'no-risk-identified-no-action-taken');
    expect((el.value as ClosureRecord).risks).to.deep.equal({
      'service-provider': { actionAndResult: 'risk-identified-action-taken', riskOutcome: 'reduced' },
      'unknown-to-individual': { actionAndResult: 'no-risk-identified-no-action-taken' },
    });
    // Unticking a source takes its answers out of the record; ticking it again brings them back.
    await choose(el, 'risk-sources', 'service-provider');
    expect((el.value as ClosureRecord).risks).to.deep.equal({ 'unknown-to-individual': { actionAndResult: 'no-risk-identified-no-action-taken' } });
    await choose(el, 'risk-sources', 'service-provider');
    expect((el.value as ClosureRecord).risks['service-provider']).to.deep.equal({ actionAndResult: 'risk-identified-action-taken', riskOutcome: 'reduced' });
  });

  it('a closure saved by version 1 shows its risk as not recorded, and asks where it came from', async () => {
    const { el } = await inForm(mrsTRecord, structuredClone(mrsTClosureV1));
    expect(el.checkValidity()).to.be.true;
    expect(option(el, 'risk-sources', 'not-recorded').checked).to.be.true;
    expect(byId(el, 'risk-not-recorded').closest('fieldset')!.querySelector('legend')!.textContent).to.contain('Not recorded');
    expect(root(el).textContent).to.contain('This ending was saved before the form asked where the risk came from.');
    await choose(el, 'risk-sources', 'service-provider');
    await choose(el, 'risk-service-provider', 'no-risk-identified-no-action-taken');
    await choose(el, 'risk-sources', 'not-recorded');
    expect((el.value as ClosureRecord).risks).to.deep.equal({ 'service-provider': { actionAndResult: 'no-risk-identified-no-action-taken' } });
    // Still offered, so a slip can be undone.
    expect(option(el, 'risk-sources', 'not-recorded').checked).to.be.false;
    expect(el.value.version).to.equal(2);
  });

  it('proposes the overall answer from the outcome results until the practitioner chooses; the record keeps the choice', async () => {
    const { el } = await inForm(threeOutcomes);
    await choose(el, 'stage', 'closure');
    const overall = () => (el.value as ClosureRecord).overallAchieved;
    expect(overall()).to.equal(undefined);
    await choose(el, 'outcome-1-achieved', 'fully');
    expect(overall()).to.equal('fully');
    expect(option(el, 'overall-achieved', 'fully').checked).to.be.true;
    expect(root(el).textContent).to.contain('We have proposed an answer from the answers above.');
    await choose(el, 'outcome-2-achieved', 'fully');
    await choose(el, 'outcome-3-achieved', 'fully');
    expect(overall()).to.equal('fully');
    await choose(el, 'outcome-3-achieved', 'not');
    expect(overall()).to.equal('partially');
    await choose(el, 'outcome-1-achieved', 'not');
    await choose(el, 'outcome-2-achieved', 'not');
    expect(overall()).to.equal('not');
    // Chosen with the person: it stays, whatever the results say next.
    await choose(el, 'overall-achieved', 'partially');
    await choose(el, 'outcome-2-achieved', 'fully');
    await choose(el, 'outcome-1-achieved', 'fully');
    expect(overall()).to.equal('partially');
    expect(option(el, 'overall-achieved', 'partially').checked).to.be.true;
  });

  it('a loaded closure keeps its own overall answer, even where the results would suggest another', async () => {
    const given = { ...structuredClone(susiClosure), overallAchieved: 'not' as const };
    const { el } = await inForm(threeOutcomes, given);
    await choose(el, 'outcome-2-achieved', 'partially');
    expect((el.value as ClosureRecord).overallAchieved).to.equal('not');
  });

  it('quote consent: who answered is asked for yes and no, and leaves the record for “we did not ask”', async () => {
    const { el } = await inForm(threeOutcomes, structuredClone(susiClosure));
    expect(option(el, 'quote-consent-by', 'person').checked).to.be.true;
    await choose(el, 'quote-consent', 'no');
    await choose(el, 'quote-consent-by', 'representative');
    expect(el.value).to.include({ quoteConsent: 'no', quoteConsentBy: 'representative' });
    await choose(el, 'quote-consent', 'not-asked');
    expect(has(el, 'quote-consent-by')).to.be.false;
    expect(el.value).to.include({ quoteConsent: 'not-asked' });
    expect(el.value).to.not.have.property('quoteConsentBy');
    expect(el.checkValidity()).to.be.true;
    await choose(el, 'quote-consent', 'yes');
    expect(el.value).to.include({ quoteConsent: 'yes', quoteConsentBy: 'representative' });
  });

  it('a closure with quoting unanswered still lists every other problem at once, in page order', async () => {
    const { el } = await inForm(threeOutcomes);
    await choose(el, 'stage', 'closure');
    el.complete();
    await settle(el);
    const links = summaryLinks(el).map((link) => link.target);
    expect(links).to.include.members(['concluded-on', 'enquiry-type', 'risk-sources', 'quote-consent', 'rationale', 'next-steps']);
    expect(links.indexOf('concluded-on')).to.be.lessThan(links.indexOf('outcome-1-achieved'));
    expect(links.indexOf('risk-sources')).to.be.lessThan(links.indexOf('quote-consent'));
    expect(links.indexOf('quote-consent')).to.be.lessThan(links.indexOf('rationale'));
  });

  it('ways of working: optional, ticked in any order, and gone from the record when none is ticked', async () => {
    const { el } = await inForm(mrARecord, structuredClone(mrAClosure));
    expect((el.value as ClosureRecord).responses).to.deep.equal(['family-group-conference', 'mediation']);
    await choose(el, 'responses', 'network-meeting');
    expect((el.value as ClosureRecord).responses).to.deep.equal(['family-group-conference', 'mediation', 'network-meeting']);
    for (const code of ['family-group-conference', 'mediation', 'network-meeting']) await choose(el, 'responses', code);
    expect(el.value).to.not.have.property('responses');
    expect(el.checkValidity()).to.be.true;
  });

  it('the date the enquiry ended: real, and not in the future', async () => {
    const { el } = await inForm(threeOutcomes, structuredClone(susiClosure));
    const next = new Date();
    next.setDate(next.getDate() + 3);
    await enterDate(el, 'concluded-on', [String(next.getDate()), String(next.getMonth() + 1), String(next.getFullYear())]);
    el.complete();
    await settle(el);
    expect(fieldError(el, 'concluded-on')).to.equal('The date the enquiry ended must be today or in the past');
    await enterDate(el, 'concluded-on', ['20', '11', '2026']);
    expect((el.value as ClosureRecord).concludedOn).to.equal('2026-11-20');
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
    expect(Object.keys(el.value)).to.not.include.members(['risks', 'ending', 'outcomeResults', 'concludedOn', 'quoteConsent', 'overallAchieved']);
    await choose(el, 'stage', 'closure');
    const { recordedAt: _at, ...back } = el.value;
    const { recordedAt: _was, ...given } = susiClosure;
    expect(back).to.deep.equal(given);
  });
});
