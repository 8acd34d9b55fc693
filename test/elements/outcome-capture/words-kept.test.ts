import { expect, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import fc from 'fast-check';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import { parseOutcomeCapture } from '../../../src/schemas/index.js';
import { joyceRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { buttonByText, byId, has, outcomeItem, paste, settle, typeOver, type OutcomeCapture } from './helpers.js';

const [, saved] = joyceRecord.outcomes;
const wordsId = `outcome-${saved.id}-words`;
const reasonId = `outcome-${saved.id}-reason`;
const withdrawReasonId = `outcome-${saved.id}-withdraw-reason`;

const mount = () => mountShared<OutcomeCapture>(html`<msp-outcome-capture></msp-outcome-capture>`, { value: joyceRecord });

const outcomeOf = (el: OutcomeCapture) => el.value.outcomes.find((outcome) => outcome.id === saved.id)!;

describe('<msp-outcome-capture>: typed words are never lost', () => {
  it('changing the words and then saying the person no longer wants it keeps the changed words and why they changed', async () => {
    const el = await mount();
    await typeOver(el, byId<HTMLTextAreaElement>(el, wordsId), 'Only on Sundays');
    await typeOver(el, byId<HTMLTextAreaElement>(el, reasonId), 'Her daughter is free then');
    buttonByText(outcomeItem(el, saved.id), 'They no longer want this').click();
    await settle(el);
    await typeOver(el, byId<HTMLTextAreaElement>(el, withdrawReasonId), 'She does not want him to visit at all now');
    const outcome = outcomeOf(el);
    expect(outcome.words).to.equal('Only on Sundays');
    expect(outcome.history.at(-1)).to.deep.include({ previousWords: saved.words, reason: 'Her daughter is free then' });
    expect(outcome.withdrawn?.reason).to.equal('She does not want him to visit at all now');
    expect(el.checkValidity()).to.be.true;
    expect(() => parseOutcomeCapture(el.value)).to.not.throw();
  });

  it('no sequence of editing, withdrawing, keeping and changing back loses the last words or reasons typed', async function () {
    this.timeout(60_000);
    const el = await mount();
    type Action =
      | { kind: 'words' | 'change-reason' | 'withdraw-reason'; text: string }
      | { kind: 'withdraw' | 'keep' | 'undo-words' };
    const text = fc.constantFrom('Sundays only', 'Not at all', 'With my niece', 'Because she said so', 'ŵyr 😀');
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.record({ kind: fc.constantFrom('words' as const, 'change-reason' as const, 'withdraw-reason' as const), text }),
      fc.record({ kind: fc.constantFrom('withdraw' as const, 'keep' as const, 'undo-words' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        // Setting the same value again is ignored by design, so clear it first to start afresh.
        el.value = null;
        el.value = structuredClone(joyceRecord);
        await settle(el);
        let words = saved.words;
        let changeReason = '';
        let withdrawReason = '';
        for (const step of actions) {
          if (step.kind === 'words' && has(el, wordsId)) {
            await paste(el, byId<HTMLTextAreaElement>(el, wordsId), step.text);
            words = step.text;
          } else if (step.kind === 'undo-words' && has(el, wordsId)) {
            await paste(el, byId<HTMLTextAreaElement>(el, wordsId), saved.words);
            words = saved.words;
          } else if (step.kind === 'change-reason' && has(el, reasonId)) {
            await paste(el, byId<HTMLTextAreaElement>(el, reasonId), step.text);
            changeReason = step.text;
          } else if (step.kind === 'withdraw-reason' && has(el, withdrawReasonId)) {
            await paste(el, byId<HTMLTextAreaElement>(el, withdrawReasonId), step.text);
            withdrawReason = step.text;
          } else if (step.kind === 'withdraw' && has(el, wordsId)) {
            buttonByText(outcomeItem(el, saved.id), 'They no longer want this').click();
            await settle(el);
          } else if (step.kind === 'keep' && has(el, withdrawReasonId)) {
            buttonByText(byId(el, withdrawReasonId).closest('li')!, 'Keep this after all').click();
            await settle(el);
          } else continue;

          const outcome = outcomeOf(el);
          expect(outcome.words, 'the words last typed').to.equal(words);
          if (words !== saved.words) {
            expect(outcome.history.at(-1)?.previousWords, 'the saved words, as the change').to.equal(saved.words);
            expect(outcome.history.at(-1)?.reason, 'the reason last typed').to.equal(changeReason);
          } else {
            expect(outcome.history, 'no change when the words are as saved').to.deep.equal(saved.history);
          }
          if (outcome.withdrawn) expect(outcome.withdrawn.reason, 'the withdrawal reason last typed').to.equal(withdrawReason);
        }
      }),
      { numRuns: 40, seed: 20261125, includeErrorInReport: true },
    );
  });
});
