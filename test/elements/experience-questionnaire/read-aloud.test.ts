import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/experience-questionnaire/experience-questionnaire.js';
import { getLocale, setLocale } from '../../../src/core/locale.js';
import { buttonByText, hasButton, root, settle, type Questionnaire } from './helpers.js';

/** A stand-in for the browser's speech synthesis: it records what it is asked to say, and says nothing. */
class StandInSpeech extends EventTarget {
  voices: Partial<SpeechSynthesisVoice>[] = [];
  spoken: StandInUtterance[] = [];
  cancelled = 0;
  getVoices() {
    return this.voices;
  }
  speak(utterance: StandInUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {
    this.cancelled++;
  }
}

class StandInUtterance {
  voice?: Partial<SpeechSynthesisVoice>;
  lang = '';
  constructor(readonly text: string) {}
}

const voice = (lang: string, localService = true) => ({ lang, localService, name: `${lang}${localService ? '' : ' (online)'}` });
const READ = 'Read this to me';
const DARLLEN = 'Darllen hwn i mi';

describe('<msp-experience-questionnaire> reads aloud', () => {
  let speech: StandInSpeech;
  const originals = new Map<string, PropertyDescriptor | undefined>();

  beforeEach(() => {
    speech = new StandInSpeech();
    for (const [name, value] of [
      ['speechSynthesis', speech],
      ['SpeechSynthesisUtterance', StandInUtterance],
    ] as const) {
      originals.set(name, Object.getOwnPropertyDescriptor(window, name));
      Object.defineProperty(window, name, { value, configurable: true, writable: true });
    }
  });

  afterEach(async () => {
    for (const [name, descriptor] of originals) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as unknown as Record<string, unknown>)[name];
    }
    document.documentElement.removeAttribute('lang');
    if (getLocale() !== 'en-GB') await setLocale('en-GB');
  });

  const mount = async (easyRead = true) => {
    const el = await fixture<Questionnaire>(html`<msp-experience-questionnaire ?easy-read=${easyRead}></msp-experience-questionnaire>`);
    await settle(el);
    return el;
  };

  const readButtons = (el: Questionnaire, name = READ) =>
    [...root(el).querySelectorAll('button')].filter((button) => button.textContent!.trim() === name);

  it('offers nothing where the device has no voice for the language', async () => {
    speech.voices = [voice('fr-FR'), voice('cy-GB')];
    const el = await mount();
    expect(hasButton(el, READ)).to.be.false;
  });

  it('never uses a voice that sends the words to a server', async () => {
    speech.voices = [voice('en-GB', false)];
    const el = await mount();
    expect(hasButton(el, READ), 'an online voice alone is not offered').to.be.false;
    speech.voices = [voice('en-GB', false), voice('en-US')];
    speech.dispatchEvent(new Event('voiceschanged'));
    await settle(el);
    readButtons(el)[1].click();
    expect(speech.spoken[0].voice).to.equal(speech.voices[1]);
  });

  it('in easy read, a button for every question once a voice arrives; none in the standard form', async () => {
    const el = await mount();
    expect(hasButton(el, READ)).to.be.false;
    speech.voices = [voice('en-GB')];
    speech.dispatchEvent(new Event('voiceschanged'));
    await settle(el);
    expect(readButtons(el), 'who is answering, seven questions, two boxes, quoting, who asked and how').to.have.length(13);
    el.easyRead = false;
    await settle(el);
    expect(hasButton(el, READ)).to.be.false;
  });

  it('reads the question and its answers, in the page’s language, stopping anything it was reading', async () => {
    speech.voices = [voice('en-GB')];
    const el = await mount();
    readButtons(el)[1].click();
    expect(speech.cancelled).to.equal(1);
    expect(speech.spoken).to.have.length(1);
    expect(speech.spoken[0].text).to.equal('Did you feel in control of what happened? Yes, Partly, No, Not sure.');
    expect(speech.spoken[0].lang).to.equal('en-GB');
    el.remove();
    expect(speech.cancelled, 'leaving the page stops the reading').to.equal(2);
  });

  it('reads in Welsh with a Welsh voice on a Welsh page, and offers nothing there with an English voice only', async () => {
    speech.voices = [voice('en-GB')];
    await setLocale('cy');
    const el = await mount();
    expect(hasButton(el, DARLLEN)).to.be.false;
    speech.voices = [voice('en-GB'), voice('cy-GB')];
    speech.dispatchEvent(new Event('voiceschanged'));
    await settle(el);
    buttonByText(el, DARLLEN).click();
    expect(speech.spoken[0].lang).to.equal('cy-GB');
    expect(speech.spoken[0].text).to.equal(
      'Pwy sy’n ateb y cwestiynau hyn? Rwy’n ateb drosof fy hun, Rwy’n ateb drosof fy hun, gyda help, Aelod o’r teulu, ffrind neu gynrychiolydd arall, Eiriolwr, Eiriolwr Annibynnol Galluedd Meddyliol (IMCA).',
    );
  });

  it('is clean of axe violations with the buttons shown, in English and Welsh', async () => {
    speech.voices = [voice('en-GB'), voice('cy-GB')];
    for (const locale of ['en-GB', 'cy']) {
      await setLocale(locale);
      const el = await mount();
      expect(readButtons(el, locale === 'cy' ? DARLLEN : READ)).to.have.length(13);
      await expect(el).to.be.accessible();
    }
  });
});
