import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import { parseOutcomeCapture, safeParseOutcomeCapture } from '../../../src/schemas/index.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { joyceRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { focusName, mount as mountShared, press, tabTo as tabToShared } from '../../helpers/dom.js';
import { focused, root, settle, summary, summaryLinks, type OutcomeCapture } from './helpers.js';
import { sendKeys } from '../../engines.js';

/** The element between two plain buttons, with focus on the one before it. */
async function mount(options: { required?: boolean; value?: OutcomeCaptureRecord } = {}) {
  const el = await mountShared<OutcomeCapture>(
    html`<div>
      <button type="button" id="before">Before</button>
      <msp-outcome-capture case-ref="SG-KEYS-1" ?required=${options.required ?? false}></msp-outcome-capture>
      <button type="button" id="after">After</button>
    </div>`,
    { select: 'msp-outcome-capture', value: options.value },
  );
  el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

/** Presses Tab until `name` has focus; fails after `max` presses. */
const tabTo = (el: OutcomeCapture, name: string, max = 40) => tabToShared(el, name, max);

/**
 * Tabs from the current focus until focus leaves the element, recording each stop once with its
 * position on the page.
 */
async function tabThrough(el: OutcomeCapture, max = 60) {
  const stops: { name: string; top: number }[] = [];
  for (let i = 0; i < max; i++) {
    await press(el, 'Tab');
    if (document.activeElement !== el) return stops;
    const name = focusName(el);
    if (stops.at(-1)?.name === name) continue;
    const rect = (focused(el) as HTMLElement).getBoundingClientRect();
    stops.push({ name, top: rect.top + window.scrollY });
  }
  throw new Error('focus never left the element');
}

const supportBoxes = [
  'communication-support',
  'communication-support-2',
  'communication-support-3',
  'communication-support-4',
  'communication-support-5',
  'communication-support-6',
  'communication-support-7',
];

describe('<msp-outcome-capture> by keyboard alone', () => {
  it('Tab visits the controls in the order they appear: asked, who said, add, conversation, capacity, information, meetings, advocacy, save', async () => {
    const el = await mount();
    await press(el, 'Tab');
    expect(focusName(el), 'the first Tab lands on the first question').to.equal('asked');
    await press(el, 'Space');
    expect(el.value.asked).to.equal('asked-expressed');

    const stops = await tabThrough(el);
    expect(stops.map((stop) => stop.name)).to.deep.equal([
      'expressed-by',
      'add-outcome',
      'conversation-date',
      'conversation-date-month',
      'conversation-date-year',
      'conversation-method',
      ...supportBoxes,
      'lacked-capacity',
      'information-given',
      'meeting-participation',
      'advocacy',
      'part:submit-button',
    ]);
    expect(focusName(el), 'focus leaves the element for the next control on the page').to.equal('after');
    for (let i = 1; i < stops.length; i++) {
      expect(stops[i].top, `${stops[i].name} is not above ${stops[i - 1].name}`).to.be.at.least(stops[i - 1].top - 1);
    }
  });

  it('Tab visits each saved outcome in turn: words, earlier words, area, then the way to withdraw it', async () => {
    const el = await mount({ value: joyceRecord });
    const [first, second] = joyceRecord.outcomes.map((outcome) => outcome.id);
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('asked');
    const stops = await tabThrough(el);
    expect(stops.map((stop) => stop.name).slice(0, 10)).to.deep.equal([
      'expressed-by',
      `outcome-${first}-words`,
      'summary:Earlier words (1)',
      `outcome-${first}-area`,
      'button:They no longer want this',
      `outcome-${second}-words`,
      `outcome-${second}-area`,
      'button:They no longer want this',
      'add-outcome',
      'conversation-date',
    ]);
    expect(stops.at(-1)!.name).to.equal('part:submit-button');
    for (let i = 1; i < stops.length; i++) {
      expect(stops[i].top, `${stops[i].name} is not above ${stops[i - 1].name}`).to.be.at.least(stops[i - 1].top - 1);
    }
  });

  it('completes the whole form from the keyboard, and msp-submit carries the words typed', async () => {
    const el = await mount({ required: true });
    const words = 'I want to stay in my own flat, with my cat Biscuit.';

    await press(el, 'Tab');
    expect(focusName(el)).to.equal('asked');
    await press(el, 'Space');

    await press(el, 'Tab');
    expect(focusName(el)).to.equal('expressed-by');
    await press(el, 'ArrowDown');
    expect(focusName(el), 'an arrow key moves along the radios').to.equal('expressed-by-2');
    await press(el, 'ArrowUp');
    expect(el.value.expressedBy).to.equal('person');

    await press(el, 'Tab');
    expect(focusName(el)).to.equal('add-outcome');
    await press(el, 'Enter');
    const box = focused(el) as HTMLTextAreaElement;
    expect(box.localName, 'focus moves to the new words box').to.equal('textarea');
    await sendKeys({ type: words });
    await settle(el);

    await press(el, 'Tab');
    expect(focused(el)!.localName).to.equal('select');
    await press(el, 'ArrowDown');
    expect(el.value.outcomes[0].area).to.equal('quality-of-life');

    await tabTo(el, 'conversation-date');
    await sendKeys({ type: '18' });
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('conversation-date-month');
    await sendKeys({ type: '11' });
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('conversation-date-year');
    await sendKeys({ type: '2025' });
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('conversation-method');
    await press(el, 'ArrowDown');
    expect(el.value.conversation?.method).to.equal('phone');

    await press(el, 'Tab');
    expect(focusName(el)).to.equal('communication-support');
    await press(el, 'Space');

    await tabTo(el, 'lacked-capacity');
    await press(el, 'ArrowDown');
    expect(el.value.capacity.lacked).to.equal('no');

    await press(el, 'Tab');
    expect(focusName(el)).to.equal('information-given');
    await press(el, 'Space');

    await press(el, 'Tab');
    expect(focusName(el)).to.equal('meeting-participation');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');

    await press(el, 'Tab');
    expect(focusName(el), 'whether they had an advocate, which may be left').to.equal('advocacy');
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('part:submit-button');
    const submitted = oneEvent(el, 'msp-submit');
    await sendKeys({ press: 'Enter' });
    const record = (await submitted).detail as OutcomeCaptureRecord;

    expect(record.outcomes).to.have.length(1);
    expect(record.outcomes[0].words).to.equal(words);
    expect(record).to.deep.include({
      caseRef: 'SG-KEYS-1',
      asked: 'asked-expressed',
      expressedBy: 'person',
      informationGiven: 'yes',
      meetingParticipation: 'sends-written-views',
    });
    expect(record.outcomes[0].area).to.equal('quality-of-life');
    expect(record.conversation).to.deep.equal({
      date: '2025-11-18',
      method: 'phone',
      communicationSupport: ['spoken-language-interpreter'],
    });
    expect(record.capacity).to.deep.equal({ lacked: 'no' });
    expect(parseOutcomeCapture(record)).to.deep.equal(record);
  });

  it('Save with answers missing focuses the error summary; Enter on a link moves focus to its field', async () => {
    const el = await mount({ required: true });
    await press(el, 'Tab');
    await press(el, 'Space');
    await tabTo(el, 'part:submit-button');
    const hashBefore = location.hash;
    await press(el, 'Enter');

    const box = summary(el);
    expect(box, 'the error summary is shown').to.exist;
    expect(document.activeElement === el, 'focus is in the element').to.be.true;
    expect(focused(el) === box, 'the summary itself has focus').to.be.true;

    const links = summaryLinks(el);
    expect(links.length).to.be.greaterThan(1);
    await press(el, 'Tab');
    expect(focused(el) === links[0].link, 'Tab from the summary reaches its first link').to.be.true;
    await press(el, 'Enter');
    expect(focusName(el)).to.equal(links[0].target);
    expect(location.hash, 'following a link does not change the page address').to.equal(hashBefore);

    for (const { link, target } of links.slice(1)) {
      link.focus();
      await press(el, 'Enter');
      expect(focusName(el), `link to #${target}`).to.equal(target);
    }
  });

  it('the first error link leads to a control that can be answered from the keyboard there and then', async () => {
    const el = await mount({ required: true });
    await press(el, 'Tab');
    await press(el, 'Space');
    el.complete();
    await settle(el);
    const link = summaryLinks(el).find((candidate) => candidate.target === 'information-given')!;
    expect(link, 'information is asked for').to.exist;
    link.link.focus();
    await press(el, 'Enter');
    await press(el, 'Space');
    expect(el.value.informationGiven).to.equal('yes');
  });

  it('Save on an untouched optional form never sends msp-submit with an incomplete record', async () => {
    const el = await mount();
    const sent: OutcomeCaptureRecord[] = [];
    el.addEventListener('msp-submit', (event) => sent.push((event as CustomEvent<OutcomeCaptureRecord>).detail));
    await tabTo(el, 'part:submit-button');
    await press(el, 'Enter');
    for (const record of sent) {
      const result = safeParseOutcomeCapture(record);
      expect(result.success, `msp-submit detail must be a valid record: ${JSON.stringify(record)}`).to.be.true;
    }
  });

  it('focus stays in the form, on a visible control, after every keyboard action in the outcomes section', async () => {
    const el = await mount({ value: joyceRecord });
    const [, second] = joyceRecord.outcomes.map((outcome) => outcome.id);
    root(el).getElementById(`outcome-${second}-area`)!.focus();
    await tabTo(el, 'button:They no longer want this');
    await press(el, 'Enter');
    expect(focusName(el)).to.equal(`outcome-${second}-withdraw-reason`);
    await tabTo(el, 'button:Keep this after all');
    await press(el, 'Enter');
    expect(focusName(el), 'keeping it returns to its words').to.equal(`outcome-${second}-words`);
    expect(el.value.outcomes[1].withdrawn).to.be.undefined;
  });
});
