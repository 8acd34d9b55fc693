import { expect, html } from '@open-wc/testing';
import { fieldError, fold, mount as mountShared, option, summaryLinks } from '../../helpers/dom.js';
import '../../../src/elements/experience-questionnaire/experience-questionnaire.js';
import { getLocale, setLocale } from '../../../src/core/locale.js';
import { migrate, parseExperienceQuestionnaire, type ExperienceQuestionnaireRecord } from '../../../src/schemas/index.js';
import { advocateExperience, councilExperience, joyceExperience } from '../../../fixtures/states/experience-questionnaire.records.js';
import {
  advocateExperienceV1,
  councilExperienceV1,
  joyceExperienceV1,
} from '../../../fixtures/states/experience-questionnaire.records.v1.js';
import { choose, root, settle, type Questionnaire } from './helpers.js';

const CLOSURE = 'c3d4e5f6-0718-4c9d-8e1f-2a3b4c5d6e7f';
const IN_CONTROL = 'Did you feel in control of what happened?';
const QUOTE = 'Can we put the words written here in reports to the Safeguarding Adults Board? We will not give a name.';

async function mount(options: { value?: ExperienceQuestionnaireRecord; closureId?: string; easyRead?: boolean; required?: boolean } = {}) {
  const el = await mountShared<Questionnaire>(
    html`<form>
      <msp-experience-questionnaire
        name="experience"
        closure-id=${options.closureId ?? ''}
        ?easy-read=${options.easyRead ?? false}
        ?required=${options.required ?? false}
      ></msp-experience-questionnaire>
    </form>`,
    { select: 'msp-experience-questionnaire', value: options.value },
  );
  if (!options.closureId) el.removeAttribute('closure-id');
  await settle(el);
  return { form: el.closest('form')!, el };
}

const posted = (form: HTMLFormElement) => JSON.parse(new FormData(form).get('experience') as string);

async function pick(el: Questionnaire, name: string, value: string) {
  option(el, name, value).click();
  await settle(el);
}

describe('<msp-experience-questionnaire> the closure it is about', () => {
  it('a new record carries the closure-id the host gives, from the first answer', async () => {
    const { form, el } = await mount({ closureId: CLOSURE });
    await choose(el, IN_CONTROL, 'Yes');
    expect(el.value.closureId).to.equal(CLOSURE);
    expect(posted(form).closureId).to.equal(CLOSURE);
  });

  it('follows the closureId property, as case-ref does', async () => {
    const { el } = await mount();
    el.closureId = CLOSURE;
    await settle(el);
    await choose(el, IN_CONTROL, 'No');
    expect(el.value.closureId).to.equal(CLOSURE);
  });

  it('a saved record keeps its own closureId until edited; then the attribute replaces it', async () => {
    const { el } = await mount({ value: joyceExperience, closureId: CLOSURE });
    expect(el.value, 'accepted means kept').to.deep.equal(joyceExperience);
    await choose(el, IN_CONTROL, 'Partly');
    expect(el.value.closureId).to.equal(CLOSURE);
    expect(Object.keys(el.value).indexOf('closureId'), 'the field keeps its place').to.equal(Object.keys(joyceExperience).indexOf('closureId'));
  });

  it('a saved record with no closure-id from the host keeps its own when edited', async () => {
    const { el } = await mount({ value: joyceExperience });
    await choose(el, IN_CONTROL, 'Partly');
    expect(el.value.closureId).to.equal(joyceExperience.closureId);
  });
});

describe('<msp-experience-questionnaire> the format answered in', () => {
  it('writes standard or easy read when the person answers, from the form shown', async () => {
    const standard = await mount();
    await choose(standard.el, IN_CONTROL, 'Yes');
    expect(standard.el.value.format).to.equal('standard');
    const easy = await mount({ easyRead: true });
    await pick(easy.el, 'q1', 'yes');
    expect(easy.el.value.format).to.equal('easy-read');
  });

  it('a saved record keeps its own format until edited, then takes the form shown', async () => {
    const { el } = await mount({ value: councilExperience });
    expect(el.value.format).to.equal('easy-read');
    await pick(el, 'completedBy', 'person');
    expect(el.value.format).to.equal('standard');
  });

  it('a saved record with no format gains none until edited', async () => {
    const { el } = await mount({ value: advocateExperience });
    expect(el.value).to.not.have.property('format');
    expect(el.value).to.deep.equal(advocateExperience);
  });
});

describe('<msp-experience-questionnaire> quoting their words', () => {
  it('asks who gave the answer once it is yes or no, and records both', async () => {
    const { el } = await mount();
    await pick(el, 'completedBy', 'person');
    expect(root(el).getElementById('quoteConsentBy'), 'not asked before an answer').to.be.null;
    await pick(el, 'quoteConsent', 'yes');
    expect(root(el).getElementById('quoteConsentBy')).to.not.be.null;
    await pick(el, 'quoteConsentBy', 'representative');
    expect(el.value.quoteConsent).to.equal('yes');
    expect(el.value.quoteConsentBy).to.equal('representative');
    await pick(el, 'quoteConsent', 'no');
    expect(el.value.quoteConsentBy, 'who answered stays with a no').to.equal('representative');
    expect(el.checkValidity()).to.be.true;
  });

  it('does not complete with a yes and nobody said to have given it: the message is at the question', async () => {
    const { el } = await mount({ required: true });
    await pick(el, 'completedBy', 'person');
    await pick(el, 'quoteConsent', 'yes');
    expect(el.checkValidity()).to.be.false;
    expect(el.complete()).to.be.false;
    await settle(el);
    expect(fieldError(el, 'quoteConsentBy')).to.equal('Select who gave the answer about using their words');
    expect(summaryLinks(el).map((link) => link.target)).to.deep.equal(['quoteConsentBy']);
  });

  it('offers "Not asked" only to a record that says so', async () => {
    const fresh = await mount();
    expect(root(fresh.el).querySelectorAll('input[name="quoteConsent"]')).to.have.length(2);
    const saved = await mount({ value: advocateExperience });
    expect(option(saved.el, 'quoteConsent', 'not-asked').checked).to.be.true;
  });

  it('asks in the same plain words whoever answers, and in easy read beside its picture', async () => {
    const legends = (el: Questionnaire) => [...root(el).querySelectorAll('legend')].map((legend) => fold(legend.textContent!));
    const forThem = await mount({ value: advocateExperience });
    expect(legends(forThem.el)).to.include(QUOTE);
    const easy = await mount({ easyRead: true });
    const legend = [...root(easy.el).querySelectorAll('legend')].find((node) => fold(node.textContent!) === QUOTE)!;
    expect(legend.querySelector('svg.picture'), 'a picture beside the words').to.exist;
  });
});

describe('<msp-experience-questionnaire> who asked the questions, and how', () => {
  afterEach(async () => {
    if (getLocale() !== 'en-GB') await setLocale('en-GB');
  });

  it('records who asked and how, under their own heading, each optional', async () => {
    const { el } = await mount();
    await pick(el, 'completedBy', 'person-with-support');
    const headings = [...root(el).querySelectorAll('h2')].map((heading) => fold(heading.textContent!));
    expect(headings).to.include('About these questions');
    await pick(el, 'administeredBy', 'independent-person');
    await pick(el, 'method', 'video');
    expect(el.value.administeredBy).to.equal('independent-person');
    expect(el.value.method).to.equal('video');
    expect(el.checkValidity()).to.be.true;
  });

  it('reads back every new answer in the summary, in English and Welsh', async () => {
    const { el } = await mount({ value: joyceExperience });
    el.readonly = true;
    await settle(el);
    const text = fold(root(el).textContent!);
    for (const words of [QUOTE, 'The person the questions are about', 'Someone who was not part of the enquiry', 'Face to face', 'Standard']) {
      expect(text, words).to.include(words);
    }
    await setLocale('cy');
    await settle(el);
    const welsh = fold(root(el).textContent!);
    for (const words of ['Bwrdd Diogelu Oedolion', 'Y person ei hun', 'Rhywun nad oedd yn rhan o’r ymholiad', 'Wyneb yn wyneb', 'Safonol']) {
      expect(welsh, words).to.include(words);
    }
  });
});

describe('experience questionnaire version 2: migrating version 1', () => {
  for (const v1 of [joyceExperienceV1, advocateExperienceV1, councilExperienceV1]) {
    it(`${v1.id}: only the version number changes, and it is a valid version 2 record`, () => {
      expect(migrate(structuredClone(v1))).to.deep.equal({ success: true, data: { ...v1, version: 2 } });
      expect(parseExperienceQuestionnaire(structuredClone(v1))).to.deep.equal({ ...v1, version: 2 });
    });
  }

  it('refuses who answered about quoting without a yes or a no, and a yes or a no without it', () => {
    const { quoteConsentBy: _by, ...noWho } = joyceExperience;
    expect(() => parseExperienceQuestionnaire(noWho)).to.throw();
    expect(() => parseExperienceQuestionnaire({ ...advocateExperience, quoteConsentBy: 'person' })).to.throw();
    const { quoteConsent: _consent, ...noAnswer } = joyceExperience;
    expect(() => parseExperienceQuestionnaire(noAnswer)).to.throw();
    expect(() => parseExperienceQuestionnaire({ ...joyceExperience, closureId: 'not-a-uuid' })).to.throw();
    expect(() => parseExperienceQuestionnaire({ ...joyceExperience, quoteConsent: null, quoteConsentBy: null })).to.not.throw();
  });
});
