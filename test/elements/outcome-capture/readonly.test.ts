import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { mount } from '../../helpers/dom.js';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import type { OutcomeCaptureRecord } from '../../../src/schemas/outcome-capture.js';
import { joyceRecord, mrARecord, mrsTRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { byId, root, settle, summary, typeOver, type OutcomeCapture } from './helpers.js';

const mountReadonly = (value: OutcomeCaptureRecord, options: { required?: boolean } = {}) =>
  mount<OutcomeCapture>(html`<msp-outcome-capture readonly ?required=${options.required ?? false}></msp-outcome-capture>`, { value });

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The summary list as question → answer. */
function answers(el: Element): Map<string, string> {
  const rows = [...root(el).querySelectorAll('dl.summary-list > div')];
  return new Map(
    rows.map((row) => [clean(row.querySelector('dt')!.textContent), clean(row.querySelector('dd')!.textContent)]),
  );
}

/** The outcomes listed as current, in order. */
function listedWords(el: Element): string[] {
  return [...root(el).querySelectorAll('ol.panel-list > li > p.words')].map((words) => words.textContent!);
}

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('<msp-outcome-capture readonly>', () => {
  it('shows the answers as a summary list, with no form controls, buttons or other stops for Tab', async () => {
    const el = await mountReadonly(mrARecord);
    const shadow = root(el);
    expect(shadow.querySelectorAll('input, textarea, select, button, fieldset, [contenteditable]').length).to.equal(0);
    expect(shadow.querySelectorAll('a[href], [tabindex], summary').length).to.equal(0);
    expect(shadow.querySelector('[part~="submit-button"]')).to.be.null;

    const list = shadow.querySelector('dl.summary-list')!;
    expect(list).to.exist;
    for (const row of list.children) {
      expect([...row.children].map((child) => child.localName)).to.deep.equal(['dt', 'dd']);
    }
    expect(Object.fromEntries(answers(el))).to.deep.equal({
      'Did you ask the person what they want to happen?': 'Yes, and they said what they want to happen',
      'Who said what the person wants to happen?': 'An advocate',
      'When did you talk with them?': '3 October 2026',
      'How did you talk with them?': 'Face to face',
      'What support helped them take part?':
        'Pictures or symbols, Other support: Speech and language therapist helped with communication after his stroke',
      'Did the person lack capacity to make decisions about keeping safe?': 'Yes, they lacked capacity',
      'Which decision was this about?': 'Where to live, and his money',
      'Did an advocate, family member or friend support them?': 'Yes, An advocate, Family',
      'Was the person given information about safeguarding?': 'Yes',
      'How does the person want to take part in meetings?': 'Someone goes for them',
      'Did the person have someone to help them speak up, such as an advocate?':
        'Yes, An independent advocate, A family member or friend',
    });
  });

  it('lists the outcomes still wanted, in order and in the person\'s own words; a withdrawn one is not among them', async () => {
    const el = await mountReadonly(susiRecord);
    expect(listedWords(el)).to.deep.equal([
      'I want to live somewhere new, away from him, where I feel safe.',
      'I want to choose who comes to my meetings.',
      'I want to keep going to my art group on Tuesdays.',
    ]);
    const items = [...root(el).querySelectorAll('ol.panel-list > li')];
    expect(clean(items[1].textContent)).to.contain('Area for reporting: The safeguarding process');
    expect(listedWords(el)).to.not.include('I want the police to make him stop.');
  });

  it('says plainly when nothing was written down or a question was not answered', async () => {
    const record = structuredClone(mrsTRecord);
    delete record.meetingParticipation;
    const el = await mountReadonly(record);
    expect(listedWords(el)).to.deep.equal([]);
    expect(clean(root(el).textContent)).to.contain('Nothing written down.');
    const shown = answers(el);
    expect(shown.get('How does the person want to take part in meetings?')).to.equal('Not answered');
    expect(shown.get('Did you ask the person what they want to happen?')).to.equal(
      'Yes, but they did not say what they want to happen',
    );
    expect(shown.has('Who said what the person wants to happen?'), 'no "who said" when nothing was said').to.be.false;
  });

  it('shows a hostile string in the person\'s words literally, as text, and creates no element from it', async () => {
    const calls: unknown[] = [];
    const originalAlert = window.alert;
    window.alert = (...args: unknown[]) => calls.push(args);
    try {
      const record = {
        ...structuredClone(mrARecord),
        conversation: { ...mrARecord.conversation!, communicationSupportOther: HOSTILE },
        capacity: { ...mrARecord.capacity, decision: HOSTILE },
        outcomes: [{ ...mrARecord.outcomes[0], words: HOSTILE }],
      } as OutcomeCaptureRecord;
      const el = await mountReadonly(record);
      await aTimeout(100);
      expect(root(el).querySelector('img'), 'no img in the element').to.be.null;
      expect(document.querySelector('img'), 'no img on the page').to.be.null;
      expect(listedWords(el)).to.deep.equal([HOSTILE]);
      const shown = answers(el);
      expect(shown.get('Which decision was this about?')).to.equal(HOSTILE);
      expect(shown.get('What support helped them take part?')).to.equal(`Pictures or symbols, Other support: ${HOSTILE}`);
      expect(calls, 'no script ran').to.deep.equal([]);
    } finally {
      window.alert = originalAlert;
    }
  });

  it('shows why the person was not asked', async () => {
    const { conversation: _conversation, ...notAsked } = structuredClone(mrsTRecord);
    const record = {
      ...notAsked,
      asked: 'not-asked',
      notAskedReason: 'She was in hospital and too unwell to talk that week.',
      outcomes: [],
    } as OutcomeCaptureRecord;
    const el = await mountReadonly(record);
    expect(answers(el).get('Did you ask the person what they want to happen?')).to.equal('No, they were not asked');
    expect(clean(root(el).textContent)).to.contain('She was in hospital and too unwell to talk that week.');
  });

  it('shows edits made before it became readonly, no errors even when incomplete, and gives the form back unchanged', async () => {
    const el = await fixture<OutcomeCapture>(html`<msp-outcome-capture required></msp-outcome-capture>`);
    el.value = structuredClone(joyceRecord);
    await settle(el);
    const secondId = joyceRecord.outcomes[1].id;
    // An edit that leaves the record incomplete: changed words without a reason.
    await typeOver(el, byId<HTMLTextAreaElement>(el, `outcome-${secondId}-words`), 'Only when I say so.');

    el.readonly = true;
    await settle(el);
    expect(el.hasAttribute('readonly')).to.be.true;
    expect(listedWords(el)).to.deep.equal([joyceRecord.outcomes[0].words, 'Only when I say so.']);
    expect(summary(el), 'no error summary in the readonly view').to.be.null;
    expect(root(el).querySelector('[role="alert"], .error-message')).to.be.null;

    el.readonly = false;
    await settle(el);
    expect(byId<HTMLTextAreaElement>(el, `outcome-${secondId}-words`).value).to.equal('Only when I say so.');
    expect(el.value.outcomes[1].words).to.equal('Only when I say so.');
  });

  it('a new value given while readonly replaces the summary', async () => {
    const el = await mountReadonly(joyceRecord);
    expect(listedWords(el)).to.deep.equal(joyceRecord.outcomes.map((outcome) => outcome.words));
    el.value = structuredClone(mrARecord);
    await settle(el);
    expect(listedWords(el)).to.deep.equal(mrARecord.outcomes.map((outcome) => outcome.words));
    expect(root(el).querySelectorAll('textarea').length).to.equal(0);
  });
});
