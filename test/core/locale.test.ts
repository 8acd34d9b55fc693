import { expect } from '@open-wc/testing';
import {
  getLocale,
  msg,
  registerTranslations,
  setLocale,
  subscribeToLocale,
  type LocaleListener,
} from '../../src/core/locale.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A scope whose Welsh is one string, counting its loads; `failFirst` makes the first load reject. */
function scope(name: string, options: { failFirst?: boolean; delay?: number } = {}) {
  const counts = { loads: 0 };
  return {
    counts,
    translations: {
      scope: name,
      locales: {
        cy: async () => {
          counts.loads++;
          if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
          if (options.failFirst && counts.loads === 1) throw new Error('offline');
          return { templates: { [`${name}.hello`]: `Helo o ${name}` } };
        },
      },
    },
  };
}
const hello = (name: string) => msg('Hello', { id: `${name}.hello` });

describe('translations in scopes', () => {
  const events: string[] = [];
  const listener: LocaleListener = {
    localeChanged: (locale) => events.push(`changed ${locale}`),
    localeFailed: (requested, reason) => events.push(`failed ${requested} ${reason}`),
  };
  let unsubscribe: () => void;
  before(() => {
    document.documentElement.lang = 'en';
    unsubscribe = subscribeToLocale(listener);
  });
  after(async () => {
    unsubscribe();
    await setLocale('en-GB');
  });
  beforeEach(async () => {
    await setLocale('en-GB');
    events.length = 0;
  });

  it('loads a scope registered on an English page only when the page switches to Welsh', async () => {
    const { counts, translations } = scope('english-first');
    registerTranslations(translations);
    await settle();
    expect(counts.loads).to.equal(0);
    expect(hello('english-first')).to.equal('Hello');

    await setLocale('cy');
    expect(counts.loads).to.equal(1);
    expect(hello('english-first')).to.equal('Helo o english-first');
  });

  it('brings in the strings of a scope registered while the page is already in Welsh, and re-renders', async () => {
    await setLocale('cy');
    events.length = 0;
    const { translations } = scope('later');
    registerTranslations(translations);
    await settle();
    expect(hello('later')).to.equal('Helo o later');
    expect(events).to.deep.equal(['changed cy']);
  });

  it('includes a scope registered while a switch is still loading', async () => {
    const slow = scope('slow', { delay: 50 });
    registerTranslations(slow.translations);
    const switching = setLocale('cy');
    const { translations } = scope('during');
    registerTranslations(translations);
    await switching;
    expect(getLocale()).to.equal('cy');
    expect(hello('slow')).to.equal('Helo o slow');
    expect(hello('during')).to.equal('Helo o during');
  });

  it('loads each scope once per locale', async () => {
    const { counts, translations } = scope('once');
    registerTranslations(translations);
    registerTranslations(translations);
    await setLocale('cy');
    await setLocale('en-GB');
    await setLocale('cy');
    expect(counts.loads).to.equal(1);
  });

  it('tells the elements when a scope cannot be loaded, keeps the strings it has, and tries again on the next switch', async () => {
    await setLocale('cy');
    events.length = 0;
    const flaky = scope('flaky', { failFirst: true });
    registerTranslations(flaky.translations);
    await settle();
    expect(events).to.deep.equal(['failed cy locale-load-failed']);
    expect(getLocale()).to.equal('cy');
    expect(hello('flaky')).to.equal('Hello');

    await setLocale('en-GB');
    await setLocale('cy');
    expect(flaky.counts.loads).to.equal(2);
    expect(hello('flaky')).to.equal('Helo o flaky');
  });

  it('tells the elements about a locale it does not have, and stays in the current one', async () => {
    let rejected = false;
    await setLocale('fr').catch(() => (rejected = true));
    expect(rejected).to.be.true;
    expect(events).to.deep.equal(['failed fr unknown-locale']);
    expect(getLocale()).to.equal('en-GB');
  });
});
