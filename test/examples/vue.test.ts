import { expect, waitUntil } from '@open-wc/testing';
import { mountVueExample } from '../../examples/vue/app.js';
import { cases } from '../../examples/records.js';
import {
  element,
  expectEveryRecordAsProperty,
  firstWordsBox,
  lastEvent,
  rendered,
  submitOutcomeCapture,
  typeIntoFirstOutcome,
} from './example-checks.js';

describe('examples/vue: a Vue 3 app binding every element', () => {
  let container: HTMLElement;
  let unmount: () => void;

  beforeEach(async () => {
    container = document.createElement('div');
    document.body.append(container);
    const app = mountVueExample(container);
    unmount = () => app.unmount();
    await rendered(container);
  });

  afterEach(() => {
    unmount();
    container.remove();
  });

  it('renders every element with its record set as the value property', () => {
    expectEveryRecordAsProperty(container, 0);
  });

  it('hears the typed msp-change', async () => {
    await typeIntoFirstOutcome(container, ' on Sundays');
    await waitUntil(() => lastEvent(container).startsWith('msp.outcome-capture changed'), 'msp-change reaches the app');
  });

  it('re-assigns the same value on every re-render, and the person’s edits stay', async () => {
    const el = element(container, 'msp-outcome-capture');
    // Count Vue's assignments of `value` on this element, passing each on to the element.
    let assigned = 0;
    const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')
      ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(el)), 'value')
      ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(el))), 'value')!;
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: () => own.get!.call(el),
      set: (next) => {
        assigned += 1;
        own.set!.call(el, next);
      },
    });
    await typeIntoFirstOutcome(container, ' on Sundays');
    const reRender = container.querySelector<HTMLButtonElement>('#re-render')!;
    reRender.click();
    await waitUntil(() => reRender.textContent === 'Re-render (1)', 'Vue re-rendered');
    reRender.click();
    await waitUntil(() => reRender.textContent === 'Re-render (2)', 'Vue re-rendered again');
    expect(assigned, 'Vue assigned value again on re-render').to.be.greaterThan(0);
    expect(firstWordsBox(el).value).to.match(/ on Sundays$/);
    expect(el.value.outcomes![0].words).to.match(/ on Sundays$/);
    delete (el as unknown as Record<string, unknown>).value;
  });

  it('reads the valid record from msp-submit', async () => {
    const el = await submitOutcomeCapture(container);
    expect(lastEvent(container)).to.equal(`msp.outcome-capture submitted: ${el.value.id}`);
  });

  it('re-binds every element to another case', async () => {
    container.querySelector<HTMLButtonElement>('#other-case')!.click();
    await waitUntil(() => element(container, 'msp-outcome-capture').value.id === cases[1].outcomeCapture.id, 're-bound');
    expectEveryRecordAsProperty(container, 1);
  });
});
