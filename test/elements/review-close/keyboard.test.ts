import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/review-close/review-close.js';
import { ACTION_AND_RESULT_SAC_LABELS, OUTCOME_ACHIEVEMENT_SAC_LABELS, RISK_OUTCOME_SAC_LABELS } from '../../../src/schemas/index.js';
import { publishedValidators, root, settle, threeOutcomes, type ReviewClose } from './helpers.js';
import { sendKeys } from '../../engines.js';

/** A plain form that posts, holding the element between two buttons; focus starts on the first. */
async function mount() {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button type="button" id="before">Before</button>
    <form method="post" action="/submitted">
      <msp-review-close name="review" case-ref="SG-KEYS-2" required outcomes-record=${JSON.stringify(threeOutcomes)}></msp-review-close>
    </form>
    <button type="button" id="after">After</button>
  </div>`);
  const form = wrapper.querySelector('form')!;
  const el = form.querySelector('msp-review-close') as ReviewClose;
  await settle(el);
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return { form, el };
}

/** What has focus: a control's id inside the element, the submit button's part, or an id outside it. */
function focusName(el: ReviewClose): string {
  if (document.activeElement !== el) return document.activeElement?.id || 'none';
  const active = root(el).activeElement as HTMLElement | null;
  if (!active) return 'none';
  return active.id || (active.getAttribute('part') ? `part:${active.getAttribute('part')}` : active.localName);
}

async function press(el: ReviewClose, key: string, expected?: string) {
  await sendKeys({ press: key });
  await settle(el);
  if (expected) expect(focusName(el), `after ${key}`).to.equal(expected);
}

async function type(el: ReviewClose, text: string) {
  await sendKeys({ type: text });
  await settle(el);
}

describe('<msp-review-close> closure by keyboard alone', () => {
  it('closes three outcomes fully, partly and not, posts a record the JSON Schema accepts, and the schema holds the SG2c/SG2e rule', async function () {
    // A whole closure is some hundred real key presses, each waited on until the element has rendered.
    this.timeout(60_000);
    const { form, el } = await mount();
    let posted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      posted = new FormData(form);
    });
    const [home, meetings, art] = threeOutcomes.outcomes.map((outcome) => outcome.id);

    // What is being recorded: the arrow key moves to "The end of safeguarding" and chooses it.
    await press(el, 'Tab', 'stage');
    await press(el, 'ArrowDown', 'stage-2');
    expect(el.value.stage).to.equal('closure');

    // When the enquiry ended, and what kind it was.
    await press(el, 'Tab', 'concluded-on');
    await type(el, '20');
    await press(el, 'Tab', 'concluded-on-month');
    await type(el, '11');
    await press(el, 'Tab', 'concluded-on-year');
    await type(el, '2026');
    await press(el, 'Tab', 'enquiry-type');
    await press(el, 'Space');

    // Each outcome: how far it was achieved, why, and what the person said.
    await press(el, 'Tab', 'outcome-1-achieved');
    await press(el, 'Space');
    await press(el, 'Tab', 'outcome-1-why');
    await type(el, 'you chose your new flat yourself, and you feel safe there.');
    await press(el, 'Tab', 'outcome-1-comment');
    await type(el, 'I love my flat.');
    await press(el, 'Tab', 'outcome-1-barriers');

    await press(el, 'Tab', 'outcome-2-achieved');
    await press(el, 'ArrowDown', 'outcome-2-achieved-2');
    await press(el, 'Tab', 'outcome-2-why');
    await type(el, 'you chose who came to most meetings, but not the first one.');
    await press(el, 'Tab', 'outcome-2-comment');
    await press(el, 'Tab', 'outcome-2-barriers');
    await type(el, 'The first meeting was called at short notice.');

    await press(el, 'Tab', 'outcome-3-achieved');
    await press(el, 'ArrowDown', 'outcome-3-achieved-2');
    await press(el, 'ArrowDown', 'outcome-3-achieved-3');
    await press(el, 'Tab', 'outcome-3-why');
    await press(el, 'Tab', 'outcome-3-comment');
    await type(el, 'I miss my art group.');
    await press(el, 'Tab', 'outcome-3-barriers');

    // Overall: proposed from the results (fully, partly, not: partly), and kept.
    await press(el, 'Tab', 'overall-achieved-2');

    // The risk: where it came from; for that source, a risk found and action taken reveals what became of it.
    await press(el, 'Tab', 'risk-sources');
    await press(el, 'Tab', 'risk-sources-2');
    await press(el, 'Space');
    await press(el, 'Tab', 'risk-known-to-individual');
    await press(el, 'Space');
    await press(el, 'Tab', 'risk-known-to-individual-outcome');
    await press(el, 'ArrowDown', 'risk-known-to-individual-outcome-2');
    await press(el, 'Tab', 'risk-sources-3');

    // The ways of working used.
    await press(el, 'Tab', 'responses');
    await press(el, 'Tab', 'responses-2');
    await press(el, 'Space');
    for (const box of ['responses-3', 'responses-4', 'responses-5', 'responses-6']) await press(el, 'Tab', box);

    // The conversation about ending: yes, when, how, who was there.
    await press(el, 'Tab', 'ending-happened');
    await press(el, 'Space');
    await press(el, 'Tab', 'ending-date');
    await type(el, '20');
    await press(el, 'Tab', 'ending-date-month');
    await type(el, '11');
    await press(el, 'Tab', 'ending-date-year');
    await type(el, '2026');
    await press(el, 'Tab', 'ending-method');
    await press(el, 'Space');
    await press(el, 'Tab', 'ending-participants');
    await press(el, 'Space');
    await press(el, 'Tab', 'ending-participants-2');
    await press(el, 'Tab', 'ending-participants-3');
    await press(el, 'Tab', 'ending-participants-4');
    await press(el, 'Space');
    for (const box of ['ending-participants-5', 'ending-participants-6', 'ending-participants-7']) await press(el, 'Tab', box);

    await press(el, 'Tab', 'feedback');
    await press(el, 'Space');

    // Whether their words may be quoted, and who said so.
    await press(el, 'Tab', 'quote-consent');
    await press(el, 'Space');
    await press(el, 'Tab', 'quote-consent-by');
    await press(el, 'Space');

    await press(el, 'Tab', 'rationale');
    await type(el, 'Susi chose to move. She did not want the police involved, and we respected that.');
    await press(el, 'Tab', 'procedure-followed');
    await press(el, 'Space');
    await press(el, 'Tab', 'next-steps');
    await type(el, 'Her housing officer visits each month.');

    await press(el, 'Tab', 'part:submit-button');
    await press(el, 'Enter');
    expect(posted, 'the form was submitted').to.exist;

    const record = JSON.parse(posted!.get('review') as string);
    const { draft2020, draft07 } = await publishedValidators();
    expect(draft2020(record), JSON.stringify(draft2020.errors)).to.be.true;
    expect(draft07(record), JSON.stringify(draft07.errors)).to.be.true;

    expect(record).to.include({ kind: 'msp.review-close', stage: 'closure', outcomeCaptureId: threeOutcomes.id, asked: 'asked-expressed' });
    expect(record.outcomeResults.map((result: { outcomeId: string; achieved: string }) => [result.outcomeId, result.achieved])).to.deep.equal([
      [home, 'fully'],
      [meetings, 'partially'],
      [art, 'not'],
    ]);
    expect(record.outcomeResults.map((result: { achieved: 'fully' | 'partially' | 'not' }) => OUTCOME_ACHIEVEMENT_SAC_LABELS[result.achieved])).to.deep.equal([
      'Fully Achieved',
      'Partially Achieved',
      'Not Achieved',
    ]);
    expect(record.outcomeResults[1]).to.deep.equal({
      outcomeId: meetings,
      achieved: 'partially',
      reason: 'you chose who came to most meetings, but not the first one.',
      barriers: 'The first meeting was called at short notice.',
    });
    expect(record).to.include({ concludedOn: '2026-11-20', enquiryType: 'section-42', overallAchieved: 'partially' });
    expect(record.risks).to.deep.equal({ 'known-to-individual': { actionAndResult: 'risk-identified-action-taken', riskOutcome: 'reduced' } });
    const risk = record.risks['known-to-individual'];
    expect(ACTION_AND_RESULT_SAC_LABELS[risk.actionAndResult as 'risk-identified-action-taken']).to.equal('Risk identified and action taken');
    expect(RISK_OUTCOME_SAC_LABELS[risk.riskOutcome as 'reduced']).to.equal('Risk reduced');
    expect(record.responses).to.deep.equal(['network-meeting']);
    expect(record).to.include({ quoteConsent: 'yes', quoteConsentBy: 'person' });
    expect(record.ending).to.deep.equal({ happened: true, date: '2026-11-20', method: 'face-to-face', participants: ['person', 'advocate'] });
    expect(record).to.include({ feedback: 'questionnaire-completed', nextSteps: 'Her housing officer visits each month.' });
    expect(record.procedure).to.deep.equal({ followed: true });

    // The same rule in the JSON Schema: a risk outcome with "no risk identified" is refused.
    const noRiskWithOutcome = { ...record, risks: { 'known-to-individual': { actionAndResult: 'no-risk-identified-no-action-taken', riskOutcome: 'reduced' } } };
    expect(draft2020(noRiskWithOutcome)).to.be.false;
    expect(draft07(noRiskWithOutcome)).to.be.false;
    const riskWithoutOutcome = { ...record, risks: { 'known-to-individual': { actionAndResult: 'risk-identified-action-taken' } } };
    expect(draft2020(riskWithoutOutcome)).to.be.false;
  });

  it('the error summary and its links work from the keyboard', async () => {
    const { el } = await mount();
    await press(el, 'Tab', 'stage');
    await press(el, 'ArrowDown', 'stage-2');
    // Straight to the button: everything else is still to answer.
    for (let i = 0; i < 80 && focusName(el) !== 'part:submit-button'; i++) await press(el, 'Tab');
    await press(el, 'Enter');
    const summary = root(el).querySelector<HTMLElement>('[data-error-summary]')!;
    expect(root(el).activeElement, 'the summary takes focus').to.equal(summary);
    await press(el, 'Tab');
    expect((root(el).activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('#concluded-on');
    await press(el, 'Tab');
    expect((root(el).activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('#enquiry-type');
    await press(el, 'Tab');
    expect((root(el).activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('#outcome-1-achieved');
    await press(el, 'Enter', 'outcome-1-achieved');
    await press(el, 'Space');
    expect(el.value.outcomeResults?.[0]).to.deep.equal({ outcomeId: threeOutcomes.outcomes[0].id, achieved: 'fully' });
  });
});
