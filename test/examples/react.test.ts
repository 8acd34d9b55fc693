import { expect, waitUntil } from '@open-wc/testing';
import { mountReactExample } from '../../examples/react/app.js';
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

describe('examples/react: a React 19 app binding every element', () => {
  let container: HTMLElement;
  let unmount: () => void;

  beforeEach(async () => {
    container = document.createElement('div');
    document.body.append(container);
    const root = mountReactExample(container);
    unmount = () => root.unmount();
    await rendered(container);
  });

  afterEach(() => {
    unmount();
    container.remove();
  });

  it('renders every element with its record set as the value property', () => {
    expectEveryRecordAsProperty(container, 0);
  });

  it('hears the typed msp-change, keeps the edit in its state, and the element keeps it through the re-render', async () => {
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
});
