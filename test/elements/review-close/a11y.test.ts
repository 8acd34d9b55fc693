import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/review-close/review-close.js';
import { getLocale, setLocale } from '../../../src/core/locale.js';
import { joyceRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { joyceReview } from '../../../fixtures/states/review-close.records.js';
import { byId, choose, root, settle, threeOutcomes, type ReviewClose } from './helpers.js';

/** Every control's accessible name, from its label, legend or aria-labelledby, as the browser computes it. */
function unnamedControls(el: ReviewClose): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('input, textarea, select, button')]
    .filter((control) => {
      const labelled = (control as HTMLInputElement).labels?.length || control.getAttribute('aria-labelledby');
      return !labelled && !control.textContent!.trim();
    })
    .map((control) => control.id || control.localName);
}

describe('<msp-review-close> accessibility, with every question open', () => {
  afterEach(async () => {
    if (getLocale() !== 'en-GB') await setLocale('en-GB');
  });

  for (const locale of ['en-GB', 'cy'] as const) {
    it(`at a review, after an attempt, with a change and something new (${locale}): axe finds nothing`, async () => {
      await setLocale(locale);
      const el = await fixture<ReviewClose>(html`<msp-review-close required .outcomesRecord=${joyceRecord}></msp-review-close>`);
      await choose(el, 'stage', 'review');
      await choose(el, 'outcome-1-changed', 'yes');
      byId(el, 'add-new-outcome').click();
      await settle(el);
      el.complete();
      await settle(el);
      expect(unnamedControls(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it(`at closure, after an attempt, with a risk from two sources, the risk outcome, the ending conversation and who answered about quoting open (${locale}): axe finds nothing`, async () => {
      await setLocale(locale);
      const el = await fixture<ReviewClose>(html`<msp-review-close required .outcomesRecord=${threeOutcomes}></msp-review-close>`);
      await choose(el, 'stage', 'closure');
      await choose(el, 'risk-sources', 'service-provider');
      await choose(el, 'risk-sources', 'known-to-individual');
      await choose(el, 'risk-service-provider', 'risk-identified-action-taken');
      await choose(el, 'quote-consent', 'yes');
      await choose(el, 'ending-happened', 'yes');
      await choose(el, 'procedure-followed', 'no');
      el.complete();
      await settle(el);
      expect(unnamedControls(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('the answers do not fit the outcomes: the notice and the way to remove them pass axe too', async () => {
    const review = structuredClone(joyceReview);
    review.outcomeReviews[0].outcomeId = 'f6071829-3a4b-4cd5-9e6f-708192a3b4c5';
    const el = await fixture<ReviewClose>(html`<msp-review-close .outcomesRecord=${joyceRecord} .value=${review}></msp-review-close>`);
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
