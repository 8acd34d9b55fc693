import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/experience-questionnaire/experience-questionnaire.js';
import type { QuestionnaireQuestion } from '../../../src/elements/experience-questionnaire/experience-questionnaire.questions.js';
import { getLocale, setLocale } from '../../../src/core/locale.js';
import { councilExperience, councilQuestions } from '../../../fixtures/states/experience-questionnaire.records.js';
import { choose, questionGroups, root, settle, type Questionnaire } from './helpers.js';

const DEFAULT_WORDS = [
  'Did you feel in control of what happened?',
  'Did we tell you what was happening?',
  'Were you part of the decisions about you?',
  'Did we listen to you?',
  'Did we treat you with dignity and respect?',
  'Do you feel safer now?',
  'Did you get what you wanted to happen?',
];

async function mount(questions?: unknown) {
  const el = await fixture<Questionnaire>(html`<msp-experience-questionnaire></msp-experience-questionnaire>`);
  const errors: CustomEvent[] = [];
  el.addEventListener('msp-error', (event) => errors.push(event as CustomEvent));
  if (questions !== undefined) el.questions = questions as QuestionnaireQuestion[];
  await settle(el);
  return { el, errors };
}

/** The scale questions: the groups whose answers are `q1`, `q2` …, not who is answering, quoting or who asked. */
const scaleWords = (el: Questionnaire) =>
  questionGroups(el)
    .filter(({ group }) => /^q\d+$/.test(group.querySelector('input')!.id))
    .map((question) => question.words);

describe('<msp-experience-questionnaire> questions', () => {
  afterEach(async () => {
    if (getLocale() !== 'en-GB') await setLocale('en-GB');
  });

  it('asks the seven default questions, and answers are keyed by their ids in the order asked', async () => {
    const { el } = await mount();
    expect(scaleWords(el)).to.deep.equal(DEFAULT_WORDS);
    await choose(el, 'Do you feel safer now?', 'Partly');
    expect(el.value.answers.map((entry) => entry.question)).to.deep.equal([
      'in-control',
      'kept-informed',
      'involved',
      'listened-to',
      'dignity-and-respect',
      'feel-safer',
      'got-outcomes',
    ]);
    expect(el.value.answers[5]).to.deep.equal({ question: 'feel-safer', answer: 'partly' });
  });

  it('asks a council’s own list: defaults kept by id, one reworded, one new; answers keyed by those ids', async () => {
    const { el, errors } = await mount(councilQuestions);
    expect(errors).to.have.length(0);
    expect(scaleWords(el)).to.deep.equal([
      'Did you feel in control of what happened?',
      'Did we listen to you?',
      'Do you feel safer at home now?',
      'Do you know who to contact if you need help?',
    ]);
    await choose(el, 'Do you know who to contact if you need help?', 'No');
    expect(el.value.answers).to.deep.equal([
      { question: 'in-control', skipped: true },
      { question: 'listened-to', skipped: true },
      { question: 'feel-safer', skipped: true },
      { question: 'knew-who-to-contact', answer: 'no' },
    ]);
  });

  it('takes the list as JSON in the questions attribute, as a CMS page would give it', async () => {
    const el = await fixture<Questionnaire>(
      html`<msp-experience-questionnaire questions=${JSON.stringify(councilQuestions)}></msp-experience-questionnaire>`,
    );
    await settle(el);
    expect(scaleWords(el)).to.have.length(4);
  });

  it('uses the council’s “they” words, and its Welsh, falling back to English where no Welsh is given', async () => {
    const questions: QuestionnaireQuestion[] = [
      ...councilQuestions,
      { id: 'felt-welcome', text: 'Did you feel welcome?' },
      { id: 'in-person', text: { 'en-GB': 'Did you meet us in person?' } },
    ];
    const { el } = await mount(questions);
    await choose(el, 'Did you feel welcome?', 'Yes');
    el.value = { ...councilExperience, completedBy: 'advocate' };
    await settle(el);
    expect(scaleWords(el)).to.deep.equal([
      'Did they feel in control of what happened?',
      'Did we listen to them?',
      'Do they feel safer at home now?',
      'Do they know who to contact if they need help?',
      'Did you feel welcome?',
      'Did you meet us in person?',
    ]);
    await setLocale('cy');
    await settle(el);
    expect(scaleWords(el)).to.deep.equal([
      'Oedden nhw’n teimlo mai nhw oedd yn rheoli’r hyn ddigwyddodd?',
      'Wnaethon ni wrando arnyn nhw?',
      'Ydyn nhw’n teimlo’n fwy diogel gartref nawr?',
      'Ydyn nhw’n gwybod â phwy i gysylltu os oes angen help arnyn nhw?',
      'Did you feel welcome?',
      'Did you meet us in person?',
    ]);
  });

  const unusable: [string, unknown, (string | number)[]][] = [
    ['not a list', { id: 'in-control' }, []],
    ['an empty list', [], []],
    ['text that is not JSON', '[{"id": oops', []],
    ['a question of its own with no words', [{ id: 'felt-welcome' }], [0, 'text']],
    ['two questions with one id', [{ id: 'in-control' }, { id: 'in-control', text: 'Again?' }], [1, 'id']],
    ['a picture that does not exist', [{ id: 'in-control', picture: 'unicorn' }], [0, 'picture']],
    ['an id of only spaces', [{ id: '  ', text: 'Blank?' }], [0, 'id']],
  ];
  for (const [what, questions, path] of unusable) {
    it(`refuses ${what}: msp-error invalid-questions, and asks the default questions`, async () => {
      const { el, errors } = await mount(questions);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.code).to.equal('invalid-questions');
      expect(errors[0].detail.issues.map((issue: { path: unknown }) => issue.path)).to.deep.include(path);
      expect(scaleWords(el)).to.deep.equal(DEFAULT_WORDS);
    });
  }

  it('keeps, and shows in the summary, a saved answer to a question the form no longer asks', async () => {
    const { el } = await mount([{ id: 'in-control' }]);
    el.value = structuredClone(councilExperience);
    await settle(el);
    expect(scaleWords(el)).to.deep.equal(['Did you feel in control of what happened?']);
    await choose(el, 'Did you feel in control of what happened?', 'No');
    expect(el.value.answers.map((entry) => entry.question)).to.deep.equal(['in-control', 'listened-to', 'feel-safer', 'knew-who-to-contact']);
    el.readonly = true;
    await settle(el);
    const rows = [...root(el).querySelectorAll('.summary-list__row')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.include('Did you feel in control of what happened? No');
    expect(rows, 'a default question is shown in its words').to.include('Did we listen to you? Partly');
    expect(rows, 'a question unknown here is shown by its id').to.include('knew-who-to-contact Skipped');
  });
});
