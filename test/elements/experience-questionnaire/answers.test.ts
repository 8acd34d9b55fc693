import { expect, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import '../../../src/elements/experience-questionnaire/experience-questionnaire.js';
import type { ExperienceQuestionnaireRecord } from '../../../src/schemas/experience-questionnaire.js';
import { advocateExperience, councilExperience, joyceExperience } from '../../../fixtures/states/experience-questionnaire.records.js';
import {
  answerRadio,
  buttonByText,
  choose,
  focusName,
  hasButton,
  progress,
  questionWords,
  root,
  settle,
  type Questionnaire,
} from './helpers.js';

async function mount(options: { value?: ExperienceQuestionnaireRecord; oneAtATime?: boolean; required?: boolean } = {}) {
  const el = await mountShared<Questionnaire>(
    html`<form>
      <msp-experience-questionnaire name="experience" ?one-at-a-time=${options.oneAtATime ?? false} ?required=${options.required ?? false}></msp-experience-questionnaire>
    </form>`,
    { select: 'msp-experience-questionnaire', value: options.value },
  );
  return { form: el.closest('form')!, el };
}

const IN_CONTROL = 'Did you feel in control of what happened?';

describe('<msp-experience-questionnaire> answers', () => {
  it('records every question asked: the first answer makes the others skipped, not answered', async () => {
    const { el } = await mount();
    expect(el.value.answers, 'nothing is recorded before any answer').to.deep.equal([]);
    await choose(el, 'Did we listen to you?', 'Yes');
    const answers = el.value.answers;
    expect(answers).to.have.length(7);
    expect(answers.filter((entry) => 'answer' in entry)).to.deep.equal([{ question: 'listened-to', answer: 'yes' }]);
    for (const entry of answers.filter((candidate) => candidate.question !== 'listened-to')) {
      expect(entry, `${entry.question} is skipped, with no answer`).to.deep.equal({ question: entry.question, skipped: true });
    }
  });

  it('clears an answer: the question is skipped again and focus returns to its first answer', async () => {
    const { el } = await mount();
    expect(hasButton(el, 'Clear answer'), 'nothing to clear yet').to.be.false;
    await choose(el, IN_CONTROL, 'No');
    buttonByText(el, 'Clear answer').click();
    await settle(el);
    expect(el.value.answers[0]).to.deep.equal({ question: 'in-control', skipped: true });
    expect(answerRadio(el, IN_CONTROL, 'No').checked).to.be.false;
    expect(focusName(el)).to.equal('q1');
    expect(hasButton(el, 'Clear answer')).to.be.false;
  });

  it('sends nothing while optional and nothing is answered, even after an answer is cleared', async () => {
    const { form, el } = await mount();
    await choose(el, IN_CONTROL, 'Yes');
    expect(new FormData(form).has('experience')).to.be.true;
    buttonByText(el, 'Clear answer').click();
    await settle(el);
    expect(new FormData(form).has('experience')).to.be.false;
    expect(el.checkValidity()).to.be.true;
  });

  it('a saved record gains an entry only for the question answered: a question it lacks is not recorded as asked', async () => {
    const saved = { ...structuredClone(joyceExperience), answers: joyceExperience.answers.slice(0, 3) };
    const { el } = await mount({ value: saved });
    await choose(el, 'Did we listen to you?', 'Partly');
    expect(el.value.answers).to.deep.equal([...saved.answers, { question: 'listened-to', answer: 'partly' }]);
    await choose(el, IN_CONTROL, 'No');
    expect(el.value.answers[0], 'an answer changes in its place').to.deep.equal({ question: 'in-control', answer: 'no' });
  });

  it('asks “Did they …?” when someone answers for the person, and “Did you …?” when the person answers', async () => {
    const { el } = await mount({ value: advocateExperience });
    expect(questionWords(el)[1]).to.equal('Did they feel in control of what happened?');
    root(el).querySelector<HTMLInputElement>('input[name="completedBy"][value="person-with-support"]')!.click();
    await settle(el);
    expect(questionWords(el).slice(1, 3)).to.deep.equal([IN_CONTROL, 'Did we tell you what was happening?']);
    expect(el.value.answers, 'the answers stay as they were').to.deep.equal(advocateExperience.answers);
  });

  it('shows a saved answer it cannot read as not answered, keeps the rest, and leaves out a repeat once edited', async () => {
    const given = {
      ...structuredClone(councilExperience),
      answers: [
        { question: 'in-control', answer: 'perhaps' },
        { question: 'listened-to', answer: 'yes' },
        { question: 'listened-to', answer: 'no' },
      ],
    };
    const { el } = await mount({ value: given as unknown as ExperienceQuestionnaireRecord });
    expect(el.value, 'kept exactly as given until edited').to.deep.equal(given);
    expect(answerRadio(el, IN_CONTROL, 'Yes').checked || answerRadio(el, IN_CONTROL, 'No').checked).to.be.false;
    expect(answerRadio(el, 'Did we listen to you?', 'Yes').checked).to.be.true;
    await choose(el, 'Do you feel safer now?', 'Yes');
    expect(el.value.answers).to.deep.equal([
      { question: 'in-control', skipped: true },
      { question: 'listened-to', answer: 'yes' },
      { question: 'feel-safer', answer: 'yes' },
    ]);
    expect(el.checkValidity()).to.be.true;
  });

  it('one at a time, keeps answers going back and forward, and Send shows only with the last question', async () => {
    const { el } = await mount({ oneAtATime: true });
    const submit = () => root(el).querySelector<HTMLElement>('[part~="submit-button"]')!;
    expect(submit().getClientRects().length, 'no Send on the first question').to.equal(0);
    buttonByText(el, 'Next').click();
    await settle(el);
    await choose(el, IN_CONTROL, 'Partly');
    buttonByText(el, 'Next').click();
    await settle(el);
    await choose(el, 'Did we tell you what was happening?', 'Not sure');
    buttonByText(el, 'Back').click();
    await settle(el);
    expect(progress(el)).to.equal('Question 2 of 9');
    expect(answerRadio(el, IN_CONTROL, 'Partly').checked).to.be.true;
    for (let i = 0; i < 7; i++) {
      buttonByText(el, 'Next').click();
      await settle(el);
    }
    expect(progress(el)).to.equal('Question 9 of 9');
    expect(hasButton(el, 'Next')).to.be.false;
    expect(submit().getClientRects().length, 'Send with the last question').to.equal(1);
    expect(el.value.answers.slice(0, 2)).to.deep.equal([
      { question: 'in-control', answer: 'partly' },
      { question: 'kept-informed', answer: 'not-sure' },
    ]);
  });

  it('one at a time, a link in the error summary brings back the question it names', async () => {
    const { el } = await mount({ oneAtATime: true, required: true });
    for (let i = 0; i < 8; i++) {
      buttonByText(el, 'Next').click();
      await settle(el);
    }
    root(el).querySelector<HTMLElement>('[part~="submit-button"]')!.click();
    await settle(el);
    const link = root(el).querySelector<HTMLAnchorElement>('[data-error-summary] a')!;
    expect(link.textContent!.trim()).to.equal('Select who is answering these questions');
    link.click();
    await settle(el);
    expect(progress(el)).to.equal('Question 1 of 9');
    expect(focusName(el)).to.equal('completedBy');
    expect(root(el).getElementById('completedBy-error')!.textContent).to.contain('Select who is answering these questions');
  });

  it('prints every answer, a skipped question as skipped, and every word', async () => {
    const { el } = await mount({ value: joyceExperience });
    el.setAttribute('print-preview', '');
    await settle(el);
    const rows = [...root(el).querySelectorAll('.summary-list__row')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      'Who is answering these questions? I am answering for myself',
      `${IN_CONTROL} Yes`,
      'Did we tell you what was happening? Partly',
      'Were you part of the decisions about you? Yes',
      'Did we listen to you? Yes',
      'Did we treat you with dignity and respect? Yes',
      'Do you feel safer now? Skipped',
      'Did you get what you wanted to happen? Not sure',
      `What could we have done better? ${joyceExperience.couldBeBetter}`,
      `Is there anything else you want to tell us? ${joyceExperience.anythingElse}`,
      'Can we put the words written here in reports to the Safeguarding Adults Board? We will not give a name. Yes',
      'Who gave this answer? The person the questions are about',
      'Who asked the questions? Someone who was not part of the enquiry',
      'How were the questions asked? Face to face',
      'How the questions were shown Standard',
    ]);
  });
});
