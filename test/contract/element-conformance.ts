import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { getLocale, setLocale } from '../../src/core/locale.js';
import { root, settle, waitFor as waitForLonger, type Rendering } from '../helpers/dom.js';
import { recordEvents } from './helpers.js';
import { where, type Need } from '../engines.js';

/** What the test runner must do to show a state: print media, a narrow viewport. */
const needsOf = (state: { print?: boolean; narrow?: boolean }): Need[] => [
  ...(state.print ? (['print-media'] as const) : []),
  ...(state.narrow ? (['viewport'] as const) : []),
];

export interface ConformanceState {
  name: string;
  locale?: 'en-GB' | 'cy';
  narrow?: boolean;
  print?: boolean;
}

export interface ElementConformanceConfig<TState extends ConformanceState> {
  tag: string;
  /** Gives the element content that shows a person's words, as its host would. */
  showWords(el: Rendering, words: string): void;
  /** Types into the element as a person would; left out where there is nothing to type into. */
  type?(el: Rendering, text: string): Promise<void>;
  /** Switches the element to the view that reads its words back as text, where it has another. */
  readBack?(el: Rendering): void;
  /** What shows on screen and never in print (a form's submit button), if anything. */
  screenOnly?: string;
  /** Every state the element has; each is checked with axe in English and Welsh (or its own locale). */
  states: readonly TState[];
  renderState(state: TState): TemplateResult;
  applyState(el: Rendering, state: TState): Promise<void>;
}

const waitFor = (condition: () => boolean) => waitForLonger(condition, 'condition', 3000);

/**
 * What every element keeps (DESIGN §3), form or not: locale and switching it, print, safety (text
 * is never rendered as HTML, nothing global, a second definition warns), host errors through
 * `msp-error`, and axe in every state in English and Welsh. Forms run it through formConformance.
 */
export function elementConformance<TState extends ConformanceState>(config: ElementConformanceConfig<TState>) {
  const tag = unsafeStatic(config.tag);

  afterEach(async () => {
    document.documentElement.removeAttribute('lang');
    if (getLocale() !== 'en-GB') await setLocale('en-GB');
  });

  describe(`<${config.tag}> conformance: locale`, () => {
    it('follows <html lang>: its words change to Welsh and back', async () => {
      const el = await fixture<Rendering>(staticHtml`<${tag}></${tag}>`);
      config.showWords(el, 'Words kept as given');
      await settle(el);
      const englishText = root(el).textContent;
      document.documentElement.lang = 'cy';
      await waitFor(() => getLocale() === 'cy');
      await settle(el);
      expect(root(el).textContent).to.not.equal(englishText);
      document.documentElement.lang = 'en-GB';
      await waitFor(() => getLocale() === 'en-GB');
      await settle(el);
      expect(root(el).textContent).to.equal(englishText);
    });

    it('reports an unknown locale with msp-error and stays usable', async () => {
      const el = await fixture<Rendering>(staticHtml`<${tag}></${tag}>`);
      const events = recordEvents(['msp-error']);
      let rejected = false;
      await setLocale('xx-klingon').catch(() => (rejected = true));
      events.stop();
      expect(rejected).to.be.true;
      expect(getLocale()).to.equal('en-GB');
      const error = events.of('msp-error').find((event) => event.target === el) as CustomEvent;
      expect(error.detail.code).to.equal('unknown-locale');
    });
  });

  describe(`<${config.tag}> conformance: safe to embed`, () => {
    it('renders hostile text inert, as text', async () => {
      const hostile = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=2</script>';
      const el = await fixture<Rendering>(staticHtml`<${tag}></${tag}>`);
      config.showWords(el, hostile);
      await settle(el);
      expect(root(el).querySelector('img, script')).to.be.null;
      expect((window as { __hacked?: number }).__hacked).to.be.undefined;
      config.readBack?.(el);
      await settle(el);
      expect(root(el).querySelector('img, script')).to.be.null;
      expect(root(el).textContent).to.contain('<img src=x');
    });

    it('a second definition of the tag warns and does not throw', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(() => defineElement(config.tag, class extends HTMLElement {})).to.not.throw();
      } finally {
        console.warn = original;
      }
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0][0])).to.contain(config.tag);
    });

    it('stores nothing, logs nothing, and uses no inline styles by default', async () => {
      const storedBefore = [sessionStorage.length, window['local' + 'Storage' as 'localStorage'].length];
      const logged: unknown[] = [];
      const originals = { log: console.log, info: console.info, debug: console.debug };
      console.log = console.info = console.debug = (...args: unknown[]) => logged.push(args);
      try {
        const el = await fixture<Rendering>(staticHtml`<${tag} draft-key="no-store-given"></${tag}>`);
        config.showWords(el, 'Private words');
        await settle(el);
        await config.type?.(el, ' more');
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(root(el).querySelectorAll('[style]').length).to.equal(0);
      } finally {
        Object.assign(console, originals);
      }
      expect([sessionStorage.length, window['local' + 'Storage' as 'localStorage'].length]).to.deep.equal(storedBefore);
      expect(JSON.stringify(logged)).to.not.contain('Private words');
    });
  });

  describe(`<${config.tag}> conformance: printing`, () => {
    const controls = 'input, textarea, select, button';
    const screenOnly = (el: Rendering) => (config.screenOnly ? root(el).querySelector(config.screenOnly) : null);

    where('print-media')('prints the readable record: every word as text, no controls, no buttons, nothing clipped', async () => {
      const words = `Printed words ${'that go on and on '.repeat(50)}to the very end`;
      const el = await fixture<Rendering>(staticHtml`<${tag}></${tag}>`);
      config.showWords(el, words);
      await settle(el);
      if (config.screenOnly) expect(screenOnly(el)).to.exist;
      await emulateMedia({ media: 'print' });
      try {
        await waitFor(() => screenOnly(el) === null && root(el).querySelector(controls) === null).catch(() => undefined);
        await settle(el);
        expect(root(el).querySelectorAll(controls).length, 'no controls in print').to.equal(0);
        expect(root(el).textContent).to.contain(words);
        for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
          const clipped = node.scrollHeight > node.clientHeight + 1 && getComputedStyle(node).overflowY !== 'visible';
          expect(clipped, `${node.localName}.${node.className} clips its content`).to.be.false;
        }
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      if (!config.screenOnly) return;
      // The media query's change event comes with the page's next rendering, which a busy machine can delay.
      await waitFor(() => screenOnly(el) !== null).catch(() => undefined);
      await settle(el);
      expect(screenOnly(el), 'the form is back after printing').to.exist;
    });

    it('shows what prints on screen with print-preview', async () => {
      const el = await fixture<Rendering>(staticHtml`<${tag} print-preview></${tag}>`);
      config.showWords(el, 'Words to print');
      await settle(el);
      expect(root(el).querySelectorAll(controls).length).to.equal(0);
      el.removeAttribute('print-preview');
      await settle(el);
      if (config.screenOnly) expect(screenOnly(el)).to.exist;
    });
  });

  describe(`<${config.tag}> conformance: axe in every state`, () => {
    for (const state of config.states) {
      for (const locale of state.locale ? [state.locale] : (['en-GB', 'cy'] as const)) {
        where(...needsOf(state))(`${state.name} (${locale}) has no axe violations`, async () => {
          if (state.narrow) await setViewport({ width: 320, height: 640 });
          if (state.print) await emulateMedia({ media: 'print' });
          try {
            await setLocale(locale);
            const el = await fixture<Rendering>(config.renderState(state));
            await config.applyState(el, state);
            await settle(el);
            await expect(el).to.be.accessible();
          } finally {
            if (state.narrow) await setViewport({ width: 1024, height: 768 });
            if (state.print) await emulateMedia({ media: 'screen' });
          }
        });
      }
    }
  });
}
