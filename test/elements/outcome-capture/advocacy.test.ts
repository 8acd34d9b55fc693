import { expect, html } from '@open-wc/testing';
import { fold, mount as mountShared } from '../../helpers/dom.js';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import { getLocale, setLocale } from '../../../src/core/locale.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { joyceRecord, mrARecord, mrsTRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { choose, fieldError, has, option, root, settle, summaryLinks, type OutcomeCapture } from './helpers.js';

const mount = (options: { required?: boolean; value?: OutcomeCaptureRecord } = {}) =>
  mountShared<OutcomeCapture>(html`<msp-outcome-capture ?required=${options.required ?? false}></msp-outcome-capture>`, {
    value: options.value,
  });

const QUESTION = 'Did the person have someone to help them speak up, such as an advocate? (optional)';

describe('<msp-outcome-capture>: advocacy', () => {
  afterEach(async () => {
    if (getLocale() !== 'en-GB') await setLocale('en-GB');
  });

  it('is asked of everyone, whatever their capacity, and who helped is asked only after Yes', async () => {
    const el = await mount({ value: mrsTRecord });
    const legend = [...root(el).querySelectorAll('legend')].map((node) => fold(node.textContent!));
    expect(legend).to.include(QUESTION);
    expect(has(el, 'advocates')).to.be.false;
    await choose(el, 'advocacy', 'provided');
    expect(has(el, 'advocates')).to.be.true;
    await choose(el, 'advocates', 'imca');
    await choose(el, 'advocates', 'family-or-friend');
    expect(el.value.advocacy).to.deep.equal({ status: 'provided', by: ['imca', 'family-or-friend'] });
    expect(el.value.capacity, 'capacity is not touched').to.deep.equal(mrsTRecord.capacity);
    expect(el.checkValidity()).to.be.true;
  });

  it('Yes with nobody ticked does not complete: the message is at who helped', async () => {
    const el = await mount({ value: joyceRecord, required: true });
    await choose(el, 'advocacy', 'provided');
    expect(el.complete()).to.be.false;
    await settle(el);
    expect(fieldError(el, 'advocates')).to.equal('Select who helped them speak up');
    expect(summaryLinks(el).map((link) => link.target)).to.deep.equal(['advocates']);
  });

  it('who helped is set aside for another answer, and back with Yes again', async () => {
    const el = await mount({ value: mrARecord });
    await choose(el, 'advocacy', 'offered-declined');
    expect(el.value.advocacy).to.deep.equal({ status: 'offered-declined' });
    expect(el.checkValidity()).to.be.true;
    await choose(el, 'advocacy', 'provided');
    expect(el.value.advocacy).to.deep.equal(mrARecord.advocacy);
    expect(option(el, 'advocates', 'independent-advocate').checked).to.be.true;
  });

  it('a saved record without advocacy stays without it until it is answered', async () => {
    const el = await mount({ value: mrsTRecord });
    expect(el.value).to.deep.equal(mrsTRecord);
    await choose(el, 'advocacy', 'not-needed');
    expect(el.value.advocacy).to.deep.equal({ status: 'not-needed' });
  });

  it('reads back in the summary, in English and Welsh', async () => {
    const el = await mount({ value: mrARecord });
    el.readonly = true;
    await settle(el);
    const row = () =>
      [...root(el).querySelectorAll('.summary-list__row')]
        .map((node) => fold(node.textContent!))
        .find((text) => text.startsWith('Did the person have someone') || text.startsWith('Gafodd y person rywun'));
    expect(row()).to.equal(
      'Did the person have someone to help them speak up, such as an advocate? Yes, An independent advocate, A family member or friend',
    );
    await setLocale('cy');
    await settle(el);
    expect(row()).to.equal('Gafodd y person rywun i’w helpu i ddweud eu dweud, fel eiriolwr? Do, Eiriolwr annibynnol, Aelod o’r teulu neu ffrind');
  });
});
