import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MspOutcomeCapture } from '../../src/classes.js';
import type { MspErrorEvent } from '../../src/core/events.js';
import { joyceRecord } from '../../fixtures/states/outcome-capture.records.js';

/**
 * A framework that renders an element before it is defined writes an object `value` as the
 * attribute `value="[object Object]"`. The element says what happened and how to fix it, and
 * stays usable.
 */
let count = 0;

async function upgradedWithObjectAttribute() {
  const tag = `msp-object-attribute-${++count}`;
  const el = await fixture<MspOutcomeCapture>(html`<div></div>`).then((holder) => {
    const element = document.createElement(tag);
    // What React 19 and Vue 3 do with an object prop on an element that is not yet defined.
    element.setAttribute('value', String({ kind: 'msp.outcome-capture' }));
    holder.append(element);
    return element as MspOutcomeCapture;
  });
  const error = oneEvent(el, 'msp-error') as Promise<MspErrorEvent>;
  customElements.define(tag, class extends MspOutcomeCapture {});
  return { el, event: await error };
}

describe('value="[object Object]" (an object written as an attribute before definition)', () => {
  it('fires msp-error with its own code and a message that names the fix', async () => {
    const { event } = await upgradedWithObjectAttribute();
    expect(event.detail.code).to.equal('object-as-attribute');
    expect(event.detail.message).to.contain('customElements.whenDefined');
    expect(event.detail.message).to.contain('property');
    expect(event.detail.issues.every((issue) => issue.code === 'object-as-attribute')).to.be.true;
  });

  it('starts a fresh record: no notice of answers that could not be read, and nothing odd posted', async () => {
    const { el } = await upgradedWithObjectAttribute();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#saved-answers-notice')).to.equal(null);
    const value = el.value as unknown as { kind: string };
    expect(value.kind).to.equal('msp.outcome-capture');
    expect(el.checkValidity()).to.be.true;
  });

  it('keeps working: the record set afterwards as a property loads and can be edited', async () => {
    const { el } = await upgradedWithObjectAttribute();
    el.value = joyceRecord;
    await el.updateComplete;
    expect(el.value).to.deep.equal(joyceRecord);
    expect(el.checkValidity()).to.be.true;
  });
});
