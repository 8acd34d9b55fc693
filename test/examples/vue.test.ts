import { expect, waitUntil } from '@open-wc/testing';
import { mountVueExample } from '../../examples/vue/app.js';
import { element, exampleSuite, firstWordsBox, typeIntoFirstOutcome } from './example-checks.js';

exampleSuite('examples/vue: a Vue 3 app binding every element', (container) => mountVueExample(container), (containerOf) => {
  it('re-assigns the same value on every re-render, and the person’s edits stay', async () => {
    const container = containerOf();
    const el = element(container, 'msp-outcome-capture');
    // Count Vue's assignments of `value` on this element, passing each on to the element.
    let assigned = 0;
    let holder: object | null = Object.getPrototypeOf(el);
    while (holder && !Object.getOwnPropertyDescriptor(holder, 'value')) holder = Object.getPrototypeOf(holder);
    const own = Object.getOwnPropertyDescriptor(holder!, 'value')!;
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
});
