import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/review-close/review-close.js';
import { getLocale, setLocale } from '../../../src/core/locale.js';
import { joyceRecord, mrARecord, mrsTRecord, susiRecord } from '../../../fixtures/states/outcome-capture.records.js';
import { joyceCeasedClosure, joyceReview, mrAClosure, mrsTClosure, susiClosure, susiReview } from '../../../fixtures/states/review-close.records.js';
import { root, settle, type ReviewClose } from './helpers.js';
import { where } from '../../engines.js';

async function readBack(outcomes: object, value: object) {
  const el = await fixture<ReviewClose>(html`<msp-review-close readonly .outcomesRecord=${outcomes} .value=${structuredClone(value)}></msp-review-close>`);
  await settle(el);
  return el;
}

/** The summary's paragraphs and headings, one line each, as a person reads them. */
const lines = (el: ReviewClose) =>
  [...root(el).querySelectorAll('[part~="base"] h2, [part~="base"] h3, [part~="base"] p')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<msp-review-close> read back to the person', () => {
  afterEach(async () => {
    if (getLocale() !== 'en-GB') await setLocale('en-GB');
  });

  it('Susi’s ending, in plain words: what she wanted, how far it was achieved and why, the risk, the ending, what next', async () => {
    const el = await readBack(susiRecord, susiClosure);
    expect(lines(el)).to.deep.equal([
      'The enquiry',
      'The enquiry ended on 24 November 2026.',
      'Kind of enquiry: Section 42 enquiry (Care Act 2014, England)',
      'What you wanted, and what happened',
      'You told us you wanted: “I want to live somewhere new, away from him, where I feel safe.”',
      'We think this was partly achieved because you have moved to a flat of your own, but you still worry that he will find out where it is.',
      'You said: “I love my flat. I lock the door now and I feel better.”',
      'What got in the way: It took three months to find a flat that was right for you.',
      'You told us you wanted: “I want to choose who comes to my meetings.”',
      'We think this was fully achieved because you chose who came to every meeting, and you came to them all.',
      'You said: “I liked having Jo there with me.”',
      'You told us you wanted: “I want to keep going to my art group on Tuesdays.”',
      'We think this was not achieved because the art group moved to Thursdays, when you are at work.',
      'You said: “I miss it.”',
      'What got in the way: The group changed its day, and there is no other group near the new flat yet.',
      'Overall, we think what you wanted was partly achieved.',
      'What we did about the risk',
      'Someone the person knows',
      'We found a risk, and we took action.',
      'The risk is lower.',
      'Ways of working we used: a network meeting',
      'Talking about the end',
      'We talked about ending safeguarding on 24 November 2026, face to face.',
      'Who was there: you, an advocate',
      'You told us how safeguarding felt for you, in the questionnaire.',
      'You agreed that we may quote your words, without your name, in reports to the Safeguarding Adults Board.',
      'Why we made these decisions',
      susiClosure.rationale,
      'What happens next',
      susiClosure.nextSteps,
    ]);
    expect(root(el).querySelectorAll('input, textarea, select, button').length).to.equal(0);
  });

  it('the same read-back in Welsh, with the person’s words as they said them', async () => {
    await setLocale('cy');
    const el = await readBack(susiRecord, susiClosure);
    const text = lines(el);
    expect(text.slice(0, 3)).to.deep.equal([
      'Yr ymholiad',
      'Daeth yr ymholiad i ben ar 24 Tachwedd 2026.',
      'Math o ymholiad: Ymholiad adran 42 (Deddf Gofal 2014, Lloegr)',
    ]);
    expect(text.slice(3, 7)).to.deep.equal([
      'Beth roeddech chi eisiau, a beth ddigwyddodd',
      'Dywedoch chi wrthon ni eich bod eisiau: “I want to live somewhere new, away from him, where I feel safe.”',
      'Rydyn ni’n meddwl bod hyn wedi’i gyflawni’n rhannol oherwydd you have moved to a flat of your own, but you still worry that he will find out where it is.',
      'Dywedoch chi: “I love my flat. I lock the door now and I feel better.”',
    ]);
    expect(text).to.include.members([
      'Beth wnaethon ni am y risg',
      'Fe wnaethon ni ganfod risg, ac fe wnaethon ni weithredu.',
      'Mae’r risg yn is.',
      'Pwy oedd yno: chi, eiriolwr',
      'At ei gilydd, rydyn ni’n meddwl bod yr hyn roeddech chi ei eisiau wedi’i gyflawni’n rhannol.',
      'Rhywun mae’r person yn ei adnabod',
      'Ffyrdd o weithio a ddefnyddiwyd gennym: cyfarfod rhwydwaith',
      'Fe wnaethoch chi gytuno y cawn ni ddyfynnu eich geiriau, heb eich enw, mewn adroddiadau i’r Bwrdd Diogelu Oedolion.',
      'Dywedoch chi wrthon ni sut brofiad oedd y diogelu i chi, yn yr holiadur.',
    ]);
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('cy');
  });

  it('says why nothing is marked as achieved when the person did not say what they wanted', async () => {
    const el = await readBack(mrsTRecord, mrsTClosure);
    expect(lines(el)[4]).to.equal('We asked you what you wanted to happen, and you did not say. So we have not marked anything as achieved.');
    expect(lines(el)).to.not.include.members(['Overall, we think what you wanted was partly achieved.']);
    expect(lines(el)).to.include('Someone who represents you said we may not quote your words in reports to the Safeguarding Adults Board.');
  });

  it('an enquiry stopped at the person’s request: no risk outcome, no ending conversation, the departure from procedure said', async () => {
    const el = await readBack(joyceRecord, joyceCeasedClosure);
    expect(lines(el)).to.include.members([
      'We stopped because the person asked us to, and we did not take action.',
      'We did not talk with you about ending safeguarding.',
      'Why not: Joyce asked us to stop and did not want another visit. We wrote to her instead.',
      `We did not follow our usual way of working: ${joyceCeasedClosure.procedure.followed ? '' : joyceCeasedClosure.procedure.departure}`,
    ]);
    expect(lines(el).join('\n')).to.not.contain('The risk');
  });

  it('a review read back: what they wanted, how it is going, what they want now and why, something new, the next review', async () => {
    const el = await readBack(joyceRecord, joyceReview);
    expect(lines(el)).to.deep.equal([
      'How things are going',
      'You told us you wanted: “I want to talk to my neighbour myself, so he stops asking me for money.”',
      'How it is going, in your words: “I told him myself that I won’t lend him money. He hasn’t asked since.”',
      'This has not changed.',
      'You told us you wanted: “I want him to keep visiting me.”',
      'How it is going, in your words: “He still comes round most days. Last week my purse was short again.”',
      'Now you want: “I want him to visit only when my daughter is there.”',
      'Why it changed: Joyce still likes his company, but after the money went missing she wants someone with her.',
      'Something new you want',
      '“I want to learn to use my bank card at the shop myself.”',
      'Your next review is on 12 January 2027.',
    ]);
  });

  it('Mr A’s ending: a section 126 enquiry, the risk from each source in turn, the ways of working, and quoting agreed by his representative', async () => {
    const el = await readBack(mrARecord, mrAClosure);
    const text = lines(el);
    expect(text).to.include.members([
      'The enquiry ended on 30 October 2026.',
      'Kind of enquiry: Section 126 enquiry (Social Services and Well-being (Wales) Act 2014)',
      'Overall, we think what you wanted was fully achieved.',
      'Ways of working we used: a family group conference, mediation',
      'Someone who represents you agreed that we may quote your words, without your name, in reports to the Safeguarding Adults Board.',
    ]);
    // Each source under its own heading, always in the same order of sources, with its own result.
    const from = text.indexOf('What we did about the risk');
    expect(text.slice(from + 1, from + 7)).to.deep.equal([
      'A service, such as a care home or home care agency',
      'We could not be sure whether there was a risk, and we took action.',
      'The risk has gone.',
      'Someone the person knows',
      'We found a risk, and we took action.',
      'The risk is lower.',
    ]);
  });

  it('a review read back with an outcome the person no longer wants, and why', async () => {
    const el = await readBack(susiRecord, susiReview);
    expect(lines(el)).to.include(`You no longer want this. Why: ${susiReview.outcomeReviews[2].withdrawn!.reason}`);
  });

  where('print-media')('prints the read-back, and print-preview shows it on screen', async () => {
    const el = await fixture<ReviewClose>(html`<msp-review-close .outcomesRecord=${susiRecord} .value=${structuredClone(susiClosure)}></msp-review-close>`);
    await settle(el);
    expect(root(el).querySelector('textarea')).to.exist;
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => !root(el).querySelector('textarea'), 'the form gives way to the read-back in print');
      await settle(el);
      expect(lines(el)[0]).to.equal('The enquiry');
      expect(root(el).querySelectorAll('input, textarea, button').length).to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    el.setAttribute('print-preview', '');
    await settle(el);
    expect(lines(el)).to.include('We found a risk, and we took action.');
  });
});
