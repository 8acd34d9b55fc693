import { expect, waitUntil } from '@open-wc/testing';
import { cases, tools } from '../../examples/records.js';
import { sendKeys } from '../engines.js';

/**
 * The checks both framework examples must pass: every element rendered with its record set as a
 * property, the person's typing reaching the app as a typed `msp-change`, `msp-submit` carrying
 * the valid record, and another case re-bound.
 */
export type Element_ = HTMLElement & { value: { kind: string; id: string; outcomes?: { words: string }[] } };

export function element(container: Element, tag: string): Element_ {
  const found = container.querySelector(tag);
  if (!found) throw new Error(`${tag} is not rendered`);
  return found as Element_;
}

export function lastEvent(container: Element): string {
  return container.querySelector('#last-event')!.textContent ?? '';
}

export async function rendered(container: Element) {
  await waitUntil(() => tools.every(({ tag }) => container.querySelector(tag)?.shadowRoot?.childElementCount), 'every element renders', {
    timeout: 5000,
  });
}

export function firstWordsBox(el: Element): HTMLTextAreaElement {
  const box = [...el.shadowRoot!.querySelectorAll('textarea')].find((area) => /^outcome-.+-words$/.test(area.id));
  if (!box) throw new Error('no words box');
  return box;
}

/** Types at the end of the first outcome's words, then leaves the box, as a person does. */
export async function typeIntoFirstOutcome(container: Element, text: string) {
  const box = firstWordsBox(element(container, 'msp-outcome-capture'));
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
  await sendKeys({ type: text });
  box.blur();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

export function expectEveryRecordAsProperty(container: Element, caseIndex: number) {
  const records = cases[caseIndex] as unknown as Record<string, unknown>;
  for (const { tag, key } of tools) {
    const el = element(container, tag);
    expect(el.getAttribute('value'), `${tag} has no value attribute`).to.equal(null);
    if (records[key]) expect(el.value, `${tag} holds its record`).to.deep.equal(records[key]);
  }
}

export async function submitOutcomeCapture(container: Element) {
  const el = element(container, 'msp-outcome-capture');
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  await waitUntil(() => lastEvent(container).includes('submitted'), 'msp-submit reaches the app');
  return el;
}

/**
 * What every framework example must do, as one suite: render every element with its record as the
 * `value` property, hear a typed `msp-change`, read the valid record from `msp-submit`, and re-bind
 * to another case. `more` adds the framework's own tests, given the container.
 */
export function exampleSuite(title: string, mount: (container: HTMLElement) => { unmount(): void }, more?: (container: () => HTMLElement) => void) {
  describe(title, () => {
    let container: HTMLElement;
    let app: { unmount(): void };

    beforeEach(async () => {
      container = document.createElement('div');
      document.body.append(container);
      app = mount(container);
      await rendered(container);
    });

    afterEach(() => {
      app.unmount();
      container.remove();
    });

    it('renders every element with its record set as the value property', () => {
      expectEveryRecordAsProperty(container, 0);
    });

    it('hears the typed msp-change, and the element keeps the edit', async () => {
      await typeIntoFirstOutcome(container, ' on Sundays');
      await waitUntil(() => lastEvent(container).startsWith('msp.outcome-capture changed'), 'msp-change reaches the app');
      const el = element(container, 'msp-outcome-capture');
      expect(firstWordsBox(el).value).to.match(/ on Sundays$/);
      expect(el.value.outcomes![0].words).to.match(/ on Sundays$/);
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

    more?.(() => container);
  });
}
