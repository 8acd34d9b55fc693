import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/experience-questionnaire/experience-questionnaire.js';
import type { ExperienceQuestionnaireRecord } from '../../../src/schemas/experience-questionnaire.js';
import { safeParseExperienceQuestionnaire } from '../../../src/schemas/index.js';
import { compile2020 } from '../../vendor/ajv.js';
import { focusName, press, progress, publishedSchema, settle, tabBackTo, tabTo, type Questionnaire } from './helpers.js';
import { radiosWrapRound, sendKeys } from '../../engines.js';

/** A plain page's form, with nothing of the page's own but a button before it. */
async function plainForm() {
  const page = await fixture<HTMLDivElement>(html`<div>
    <button type="button" id="before">Before</button>
    <form method="post" action="/never">
      <msp-experience-questionnaire name="experience" case-ref="SG-KEYS-7" easy-read one-at-a-time required></msp-experience-questionnaire>
    </form>
  </div>`);
  const form = page.querySelector('form')!;
  const el = page.querySelector('msp-experience-questionnaire')!;
  await settle(el);
  page.querySelector<HTMLButtonElement>('#before')!.focus();
  return { form, el };
}

/** Moves on with the Next button, from wherever focus is in the step. */
async function next(el: Questionnaire) {
  await tabTo(el, 'button:Next');
  await press(el, 'Enter');
  expect(focusName(el), 'focus moves to the progress line of the next question').to.equal('progress');
}

describe('<msp-experience-questionnaire> by keyboard alone', () => {
  it('easy read, one question at a time: completed by keyboard, posts a record that validates against the JSON Schema, answers keyed by question id, skipped questions recorded as skipped', async () => {
    const { form, el } = await plainForm();
    let posted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      posted = new FormData(form);
    });

    // Question 1: who is answering. Space picks the first choice.
    expect(progress(el)).to.equal('Question 1 of 9');
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('completedBy');
    await press(el, 'Space');
    await next(el);

    // Question 2: in control. Yes.
    expect(progress(el)).to.equal('Question 2 of 9');
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('q1');
    await press(el, 'Space');
    await next(el);

    // Question 3: kept informed. An arrow key moves to Partly and chooses it.
    await press(el, 'Tab');
    await press(el, 'ArrowDown');
    expect(focusName(el)).to.equal('q2-2');
    await next(el);

    // Question 4: involved. Skipped: straight on.
    expect(progress(el)).to.equal('Question 4 of 9');
    await next(el);

    // Question 5: listened to. No, then Back to question 4 and forward again: nothing is lost.
    await press(el, 'Tab');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focusName(el)).to.equal('q4-3');
    await tabBackTo(el, 'button:Back');
    await press(el, 'Enter');
    expect(progress(el)).to.equal('Question 4 of 9');
    await next(el);
    await press(el, 'Tab');
    expect(focusName(el), 'the answer given is still chosen, so Tab lands on it').to.equal('q4-3');

    // Questions 6 to 8: dignity and respect, Not sure; feel safer, skipped; got outcomes, Yes.
    await next(el);
    await press(el, 'Tab');
    if (radiosWrapRound) await press(el, 'ArrowUp');
    else for (let i = 0; i < 3; i++) await press(el, 'ArrowDown');
    expect(focusName(el), 'an arrow key wraps round to the last answer (where the engine wraps)').to.equal('q5-4');
    await next(el);
    await next(el);
    await press(el, 'Tab');
    await press(el, 'Space');
    await next(el);

    // Question 9: the person's own words, then Send.
    expect(progress(el)).to.equal('Question 9 of 9');
    await press(el, 'Tab');
    expect(focusName(el)).to.equal('couldBeBetter');
    await sendKeys({ type: 'Tell me <b>sooner</b> when a meeting moves.' });
    await tabTo(el, 'part:submit-button');
    await press(el, 'Enter');

    expect(posted, 'the form was posted').to.exist;
    const record = JSON.parse(posted!.get('experience') as string) as ExperienceQuestionnaireRecord;
    const validate = compile2020(await publishedSchema());
    expect(validate(record), JSON.stringify(validate.errors)).to.be.true;
    expect(safeParseExperienceQuestionnaire(record).success).to.be.true;
    expect(record).to.deep.include({
      caseRef: 'SG-KEYS-7',
      completedBy: 'person',
      couldBeBetter: 'Tell me <b>sooner</b> when a meeting moves.',
      format: 'easy-read',
    });
    expect(record.answers).to.deep.equal([
      { question: 'in-control', answer: 'yes' },
      { question: 'kept-informed', answer: 'partly' },
      { question: 'involved', skipped: true },
      { question: 'listened-to', answer: 'no' },
      { question: 'dignity-and-respect', answer: 'not-sure' },
      { question: 'feel-safer', skipped: true },
      { question: 'got-outcomes', answer: 'yes' },
    ]);
    expect(record).to.not.have.property('anythingElse');
  });

  it('on one page, Tab visits who is answering, each question, the clear button of an answered one, the two boxes, quoting, who asked and how, and Send', async () => {
    const el = await fixture<Questionnaire>(html`<msp-experience-questionnaire></msp-experience-questionnaire>`);
    await settle(el);
    el.focus();
    const stops: string[] = [];
    await press(el, 'Tab');
    stops.push(focusName(el));
    await press(el, 'Space');
    await press(el, 'Tab');
    stops.push(focusName(el));
    await press(el, 'Space');
    for (let i = 0; i < 13; i++) {
      await press(el, 'Tab');
      stops.push(focusName(el));
    }
    expect(stops).to.deep.equal([
      'completedBy',
      'q1',
      'button:Clear answer',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'couldBeBetter',
      'anythingElse',
      'quoteConsent',
      'administeredBy',
      'method',
      'part:submit-button',
    ]);
  });
});
