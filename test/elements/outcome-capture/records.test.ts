import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import { setLocale } from '../../../src/core/locale.js';
import { parseOutcomeCapture } from '../../../src/schemas/index.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { joyceRecord, mrARecord, mrsTRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { joyceRecordV1 } from '../../../fixtures/states/outcome-capture.records.v1.js';
import { joyceRecordV2, mrARecordV2 } from '../../../fixtures/states/outcome-capture.records.v2.js';
import { byId, choose, collect, settle, summaryLinks, type OutcomeCapture } from './helpers.js';

async function inForm(value: unknown) {
  const form = await fixture<HTMLFormElement>(html`<form><msp-outcome-capture name="record" required></msp-outcome-capture></form>`);
  const el = form.querySelector('msp-outcome-capture') as OutcomeCapture;
  el.value = value as OutcomeCaptureRecord;
  await settle(el);
  return { form, el, posted: () => JSON.parse(new FormData(form).get('record') as string) };
}

const loose = (record: unknown) => structuredClone(record) as Record<string, any>;

describe('<msp-outcome-capture>: a record the host gives comes back unchanged', () => {
  afterEach(() => setLocale('en-GB'));

  it('keeps every field as given: text with spaces round it, an empty subjectRef, other support without "other" ticked, choices in their order', async () => {
    const given = loose(mrARecord);
    given.subjectRef = '';
    given.outcomes[0].words = '  See my wife and my daughter. Not my son.  ';
    given.conversation.communicationSupport = ['other', 'pictures-or-symbols'];
    given.capacity.supportedBy = ['family', 'advocate'];
    const { el, posted } = await inForm(given);
    expect(el.checkValidity()).to.be.true;
    expect(el.value).to.deep.equal(given);
    expect(posted()).to.deep.equal(given);

    const otherWithoutTick = loose(mrARecord);
    otherWithoutTick.conversation.communicationSupport = ['pictures-or-symbols'];
    el.value = otherWithoutTick as OutcomeCaptureRecord;
    await settle(el);
    expect(el.value.conversation?.communicationSupportOther).to.equal(mrARecord.conversation!.communicationSupportOther);
  });

  it('keeps the language a record was made in when it is shown on a page in another language', async () => {
    const welsh = { ...loose(joyceRecord), locale: 'cy' };
    const { el, posted } = await inForm(welsh);
    expect(posted().locale).to.equal('cy');
    await setLocale('cy');
    await settle(el);
    await setLocale('en-GB');
    await settle(el);
    expect(el.value).to.deep.equal(welsh);
  });

  it('gives a record it started the language of the page', async () => {
    await setLocale('cy');
    const el = await fixture<OutcomeCapture>(html`<msp-outcome-capture></msp-outcome-capture>`);
    await choose(el, 'asked', 'asked-not-expressed');
    expect(el.value.locale).to.equal('cy');
  });

  it('gives back a version 1 record as the same record at the current version', async () => {
    const { el } = await inForm(structuredClone(joyceRecordV1));
    expect(el.value).to.deep.equal({ ...joyceRecordV2, version: 3 });
    expect(el.checkValidity()).to.be.true;
  });

  it('gives back a version 2 record at version 3, with advocacy still not recorded', async () => {
    const { el } = await inForm(structuredClone(mrARecordV2));
    expect(el.value).to.deep.equal({ ...mrARecordV2, version: 3 });
    expect(el.value).to.not.have.property('advocacy');
    expect(el.checkValidity()).to.be.true;
  });

  it('an edit changes only what was edited, and when it was recorded', async () => {
    const { el } = await inForm(structuredClone(joyceRecord));
    await choose(el, 'meeting-participation', 'represented');
    const { recordedAt, meetingParticipation, ...rest } = el.value as Record<string, any>;
    const { recordedAt: before, meetingParticipation: was, ...given } = loose(joyceRecord);
    expect(rest).to.deep.equal(given);
    expect(meetingParticipation).to.equal('represented');
    expect(was).to.equal('attends');
    expect(recordedAt).to.not.equal(before);
  });
});

describe('<msp-outcome-capture>: answers that stop applying are set aside, not lost', () => {
  it('changing "were they asked?" away and back brings back who said it, the conversation and the reason for not asking', async () => {
    const { el } = await inForm(structuredClone(joyceRecord));
    await choose(el, 'asked', 'not-asked');
    expect(el.value).to.not.have.property('expressedBy');
    expect(el.value).to.not.have.property('conversation');
    await choose(el, 'asked', 'asked-expressed');
    expect(el.value.expressedBy).to.equal(joyceRecord.expressedBy);
    expect(el.value.conversation).to.deep.equal(joyceRecord.conversation);
    expect(byId<HTMLInputElement>(el, 'conversation-date').value).to.equal('18');
  });

  it('capacity details leave the record when capacity was not lacking, and come back with "yes"', async () => {
    const { el } = await inForm(structuredClone(mrARecord));
    await choose(el, 'lacked-capacity', 'no');
    expect(el.value.capacity).to.deep.equal({ lacked: 'no' });
    expect(() => parseOutcomeCapture(el.value)).to.not.throw();
    await choose(el, 'lacked-capacity', 'yes');
    expect(el.value.capacity).to.deep.equal(mrARecord.capacity);
  });
});

describe('<msp-outcome-capture>: what vendors\' systems write', () => {
  it('a record with null in every optional field loads as complete, and Save sends it without the nulls', async () => {
    const withNulls: Record<string, any> = { ...loose(mrsTRecord), subjectRef: null, recordedBy: null, notAskedReason: null, expressedBy: null, meetingParticipation: null };
    withNulls.capacity = { lacked: 'no', decision: null, supportProvided: null, supportedBy: null };
    withNulls.conversation.communicationSupportOther = null;
    const { form, el, posted } = await inForm(JSON.stringify(withNulls));
    const errors = collect(el, 'msp-error');
    expect(el.checkValidity()).to.be.true;
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    expect(submitted, 'the form was submitted').to.be.true;
    expect(JSON.stringify(posted())).to.not.contain('null');
    expect(() => parseOutcomeCapture(posted())).to.not.throw();
    expect(errors).to.have.length(0);
  });

  it('a value that cannot be used never leaves Save doing nothing: the summary says what to do', async () => {
    const unusable = { ...loose(joyceRecord), id: 'case-42' };
    const { el } = await inForm(unusable);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await settle(el);
    const links = summaryLinks(el);
    expect(links.length, 'the summary lists something').to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-error-summary')).to.be.true;
    for (const link of links) expect(byId(el, link.target), `#${link.target} is on the page`).to.exist;
  });

  it('JSON that cannot be read is listed once in the summary, with a link to the notice', async () => {
    const { el } = await inForm('{"kind": "msp.outcome-capture", oops');
    el.complete();
    await settle(el);
    const links = summaryLinks(el);
    expect(links.map((link) => link.text)).to.deep.equal([
      'Some saved answers could not be used. Check the answers below, then save again.',
    ]);
    expect(byId(el, links[0].target).getAttribute('part')).to.equal('notice');
  });
});

describe('<msp-outcome-capture>: a saved value whose every usable part is complete', () => {
  it('the first Save says some answers could not be used; Save again keeps what the form shows', async () => {
    // A field the schema does not know: the form shows everything else, which is complete.
    const given = { ...loose(joyceRecord), note: 'from another system' };
    const { form, el, posted } = await inForm(given);
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    expect(el.complete(), 'the first Save stops').to.be.false;
    await settle(el);
    expect(summaryLinks(el).map((link) => link.text)).to.deep.equal([
      'Some saved answers could not be used. Check the answers below, then save again.',
    ]);
    expect(el.complete(), 'Save again goes ahead').to.be.true;
    expect(submitted).to.equal(1);
    const { note: _note, ...kept } = given;
    expect(posted()).to.deep.equal(kept);
  });
});
