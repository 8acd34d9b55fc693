import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { getLocale, setLocale } from '../../src/core/locale.js';
import { root as shadow, settle, waitFor as waitForLonger } from '../helpers/dom.js';
import { elementConformance, type ConformanceState, type ElementConformanceConfig } from './element-conformance.js';
import { firstTextarea, recordEvents, typeInto, visibleErrorSummary, type MspElement } from './helpers.js';
import { engine } from '../engines.js';

/** The most session-history entries a browser keeps for one tab: 50 in Chromium and Firefox, 100 in WebKit. */
const MAX_HISTORY = engine === 'webkit' ? 100 : 50;

export type { ConformanceState } from './element-conformance.js';

export interface FormConformanceConfig<TState extends ConformanceState>
  extends Omit<ElementConformanceConfig<TState>, 'showWords' | 'type' | 'readBack' | 'screenOnly'> {
  /** A complete, valid record whose form shows at least one textarea. */
  validRecord: Record<string, unknown>;
  /** The same kind, but failing the schema. */
  invalidRecord: Record<string, unknown>;
  /** Puts a person's text into the record, for checks that it is rendered inert and never leaked. */
  withWords(record: Record<string, unknown>, words: string): Record<string, unknown>;
}

const waitFor = (condition: () => boolean) => waitForLonger(condition, 'condition', 3000);

/**
 * What every form element keeps (DESIGN §3), on top of what every element keeps: its value, form
 * association and FormData, reset and restore, validity, events, drafts and the unsaved-change
 * warning. Runs elementConformance too, with the record's words as the element's words.
 */
export function formConformance<TState extends ConformanceState>(config: FormConformanceConfig<TState>) {
  const tag = unsafeStatic(config.tag);
  const json = (record: unknown) => JSON.stringify(record);

  elementConformance<TState>({
    ...config,
    showWords: (el, words) => {
      (el as MspElement).value = config.withWords(config.validRecord, words);
    },
    type: (el, text) => typeInto(firstTextarea(el), text),
    readBack: (el) => {
      (el as MspElement).readonly = true;
    },
    screenOnly: '[part~="submit-button"]',
  });

  const inForm = async (attrs: { required?: boolean; value?: unknown } = {}) => {
    const form = await fixture<HTMLFormElement>(
      staticHtml`<form><${tag} name="record" ?required=${attrs.required ?? false}></${tag}><button>Send</button></form>`,
    );
    const el = form.querySelector(config.tag) as MspElement;
    if (attrs.value !== undefined) el.value = attrs.value;
    await settle(el);
    return { form, el };
  };

  describe(`<${config.tag}> conformance: form association`, () => {
    it('submits the record as a JSON string under its name', async () => {
      const { form, el } = await inForm({ value: config.validRecord });
      const submitted = new FormData(form).get('record');
      expect(submitted).to.be.a('string');
      expect(JSON.parse(submitted as string)).to.deep.equal(config.validRecord);
      expect(el.checkValidity()).to.be.true;
      expect(form.checkValidity()).to.be.true;
    });

    it('submits nothing, and is valid, when optional and untouched', async () => {
      const { form, el } = await inForm();
      expect(new FormData(form).has('record')).to.be.false;
      expect(el.checkValidity()).to.be.true;
    });

    it('is invalid when required and empty, with a message, without showing errors on first paint', async () => {
      const { form, el } = await inForm({ required: true });
      expect(el.checkValidity()).to.be.false;
      expect(el.validity.valid).to.be.false;
      expect(el.validity.valueMissing).to.be.true;
      expect(el.validationMessage).to.be.a('string').and.not.empty;
      expect(form.checkValidity()).to.be.false;
      await settle(el);
      expect(visibleErrorSummary(el), 'no summary before any attempt').to.be.null;
      expect(shadow(el).querySelector('[aria-invalid="true"]')).to.be.null;
    });

    it('reportValidity shows the error summary and focuses it', async () => {
      const { el } = await inForm({ required: true });
      expect(el.reportValidity()).to.be.false;
      await settle(el);
      const summary = visibleErrorSummary(el);
      expect(summary).to.exist;
      expect(shadow(el).activeElement).to.equal(summary);
      expect(summary!.querySelectorAll('a').length).to.be.greaterThan(0);
    });

    it('announces the error summary by focus once per attempt, not through a live region that repeats at every change', async () => {
      const { el } = await inForm({ required: true });
      el.complete();
      await settle(el);
      const summary = visibleErrorSummary(el)!;
      const live = '[role="alert"], [role="status"], [aria-live]';
      expect(summary.matches(live) || summary.querySelector(live) !== null, 'no live region in the summary').to.be.false;
      expect(shadow(el).activeElement).to.equal(summary);
      (shadow(el).querySelector('input, textarea') as HTMLElement).focus();
      el.complete();
      await settle(el);
      expect(shadow(el).activeElement, 'focus returns to the summary at the next attempt').to.equal(visibleErrorSummary(el));
    });

    it('an error summary link moves focus to its field inside the shadow root', async () => {
      const { el } = await inForm({ required: true });
      el.complete();
      await settle(el);
      const link = visibleErrorSummary(el)!.querySelector('a')!;
      const target = link.getAttribute('href')!.slice(1);
      link.click();
      expect(shadow(el).activeElement?.id).to.equal(target);
    });

    it('stops a plain form from submitting while required and invalid', async () => {
      const { form } = await inForm({ required: true });
      let submitted = false;
      form.addEventListener('submit', (event) => {
        submitted = true;
        event.preventDefault();
      });
      form.requestSubmit();
      expect(submitted).to.be.false;
    });

    it('is left out of the form when disabled, itself or by a disabled fieldset', async () => {
      const { form, el } = await inForm({ value: config.validRecord });
      el.disabled = true;
      await settle(el);
      expect(new FormData(form).has('record')).to.be.false;
      el.disabled = false;
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await settle(el);
      expect(new FormData(form).has('record')).to.be.false;
      expect(shadow(el).querySelector('fieldset')!.disabled).to.be.true;
    });

    it('is barred from validation when readonly, and shows no editable controls', async () => {
      const { el } = await inForm({ required: true });
      el.readonly = true;
      await settle(el);
      expect(el.willValidate).to.be.false;
      expect(shadow(el).querySelectorAll('input, textarea, select').length).to.equal(0);
    });

    it('form reset restores the value the host gave, undoing edits', async () => {
      const { form, el } = await inForm({ value: config.validRecord });
      await typeInto(firstTextarea(el), ' and more');
      expect(json(el.value)).to.not.equal(json(config.validRecord));
      form.reset();
      await settle(el);
      expect(el.value).to.deep.equal(config.validRecord);
      expect(firstTextarea(el).value).to.not.contain(' and more');
    });

    it('restores edits after back/forward navigation (formStateRestoreCallback)', async function () {
      this.timeout(15000);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      // Resolves a task after the load event: a navigation started while a document is still
      // loading replaces its history entry instead of adding one.
      const loaded = () =>
        new Promise((resolve) => frame.addEventListener('load', () => setTimeout(resolve, 50), { once: true }));
      const page = `/test/fixtures/restore.html?tag=${config.tag}&n=${Math.random()}`;
      frame.src = page;
      await loaded();
      const win = frame.contentWindow as Window & { ready: Promise<void> };
      await win.ready;
      const inner = frame.contentDocument!.querySelector(config.tag) as MspElement;
      inner.value = config.validRecord;
      await inner.updateComplete;
      const area = firstTextarea(inner);
      area.value += ' restored';
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await inner.updateComplete;
      const edited = json(inner.value);
      const entries = frame.contentWindow!.history.length;
      frame.src = '/test/fixtures/blank.html';
      await loaded();
      // Going back with no entry of the frame's own would take the test page itself away.
      // Browsers keep a limited number of entries (MAX_HISTORY); past that, the oldest goes.
      expect(frame.contentWindow!.history.length, 'leaving the form added a history entry').to.equal(Math.min(entries + 1, MAX_HISTORY));
      const back = loaded();
      frame.contentWindow!.history.back();
      await back;
      const again = frame.contentWindow as Window & { ready: Promise<void> };
      await again.ready;
      const restored = frame.contentDocument!.querySelector(config.tag) as MspElement;
      await restored.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(json(restored.value)).to.equal(edited);
      frame.remove();
    });
  });

  describe(`<${config.tag}> conformance: value and bad input`, () => {
    it('sets the value from a JSON attribute', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag} value=${json(config.validRecord)}></${tag}>`);
      expect(el.value).to.deep.equal(config.validRecord);
    });

    it('keeps an invalid value exactly as given, fires msp-error with issues, and says so', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag}></${tag}>`);
      const events = recordEvents(['msp-error']);
      const given = config.withWords(config.invalidRecord, 'Zebra-words-secret');
      expect(() => (el.value = given)).to.not.throw();
      await settle(el);
      events.stop();
      expect(el.value).to.equal(given);
      const [error] = events.of('msp-error') as CustomEvent[];
      expect(error, 'msp-error fired').to.exist;
      expect(error.bubbles && error.composed).to.be.true;
      expect(error.detail.code).to.equal('invalid-value');
      expect(error.detail.issues.length).to.be.greaterThan(0);
      for (const issue of error.detail.issues) {
        expect(issue).to.have.keys(['path', 'code', 'message', ...(issue.rule ? ['rule'] : [])]);
      }
      expect(JSON.stringify(error.detail)).to.not.contain('Zebra-words-secret');
      expect(shadow(el).querySelector('[part~="notice"][role="alert"]')).to.exist;
      expect(el.checkValidity()).to.be.false;
    });

    it('keeps malformed JSON from the attribute and fires msp-error invalid-json', async () => {
      const events = recordEvents(['msp-error']);
      const el = await fixture<MspElement>(staticHtml`<${tag} name="r" value='{"kind": oops'></${tag}>`);
      events.stop();
      expect(el.value).to.equal('{"kind": oops');
      expect((events.of('msp-error')[0] as CustomEvent).detail.code).to.equal('invalid-json');
      expect(el.validity.badInput).to.be.true;
    });

    it('refuses an oversized value with a clear error instead of freezing', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag}></${tag}>`);
      const events = recordEvents(['msp-error']);
      const huge = json(config.withWords(config.validRecord, 'x'.repeat(2_000_000)));
      el.value = huge;
      await settle(el);
      events.stop();
      expect((events.of('msp-error')[0] as CustomEvent).detail.code).to.equal('too-large');
      expect(el.value).to.equal(huge);
    });

    it('does not wipe edits when a framework assigns the same value again', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag}></${tag}>`);
      el.value = structuredClone(config.validRecord);
      await settle(el);
      await typeInto(firstTextarea(el), ' kept');
      el.value = structuredClone(config.validRecord);
      await settle(el);
      expect(firstTextarea(el).value).to.contain(' kept');
      expect(json(el.value)).to.contain(' kept');
    });

    it('keeps its state when moved in the DOM', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag}></${tag}>`);
      el.value = config.validRecord;
      await settle(el);
      await typeInto(firstTextarea(el), ' moved');
      const before = json(el.value);
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      elsewhere.append(el);
      await settle(el);
      expect(json(el.value)).to.equal(before);
      expect(firstTextarea(el).value).to.contain(' moved');
      elsewhere.remove();
    });
  });

  describe(`<${config.tag}> conformance: events`, () => {
    it('fires msp-input and native input on each edit, msp-change and change on commit', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag}></${tag}>`);
      el.value = config.validRecord;
      await settle(el);
      const events = recordEvents(['msp-input', 'input', 'msp-change', 'change']);
      await typeInto(firstTextarea(el), 'ab');
      expect(events.of('msp-input').length).to.equal(2);
      expect(events.of('input').filter((event) => event.target === el).length).to.equal(2);
      expect(events.of('input').every((event) => event.target === el), 'inner input events do not leak').to.be.true;
      const input = events.of('msp-input')[0] as CustomEvent;
      expect(input.bubbles && input.composed).to.be.true;
      expect(input.detail).to.have.keys(['value', 'valid']);
      firstTextarea(el).blur();
      await settle(el);
      events.stop();
      expect(events.of('msp-change').length).to.equal(1);
      expect(events.of('change').filter((event) => event.target === el).length).to.equal(1);
    });

    it('fires msp-submit with the valid record on completion, and not when invalid', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag} required></${tag}>`);
      const events = recordEvents(['msp-submit']);
      expect(el.complete()).to.be.false;
      expect(events.of('msp-submit').length).to.equal(0);
      el.value = config.validRecord;
      await settle(el);
      expect(el.complete()).to.be.true;
      events.stop();
      const submit = events.of('msp-submit')[0] as CustomEvent;
      expect(submit.detail).to.deep.equal(config.validRecord);
    });

    it('its own button submits the surrounding form when complete', async () => {
      const { form, el } = await inForm({ required: true, value: config.validRecord });
      let data: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        data = new FormData(form);
      });
      shadow(el).querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
      expect(data?.get('record')).to.equal(json(config.validRecord));
    });
  });

  describe(`<${config.tag}> conformance: locale`, () => {
    it('follows <html lang> and keeps edits when the locale switches mid-edit', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag}></${tag}>`);
      el.value = config.validRecord;
      await settle(el);
      await typeInto(firstTextarea(el), ' mid-edit');
      const englishText = shadow(el).textContent;
      const before = firstTextarea(el).value;
      document.documentElement.lang = 'cy';
      await waitFor(() => getLocale() === 'cy');
      await settle(el);
      expect(shadow(el).textContent).to.not.equal(englishText);
      expect(firstTextarea(el).value).to.equal(before);
      expect(json(el.value)).to.contain(' mid-edit');
    });

    it('re-localizes validation messages on switch', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag} required></${tag}>`);
      el.complete();
      await settle(el);
      const english = el.validationMessage;
      const summaryEnglish = visibleErrorSummary(el)!.textContent;
      await setLocale('cy');
      await settle(el);
      expect(el.validationMessage).to.not.equal(english);
      expect(visibleErrorSummary(el)!.textContent).to.not.equal(summaryEnglish);
    });

  });

  describe(`<${config.tag}> conformance: safe to embed`, () => {
    it('saves a draft only when the host opts in, brings it back, and lets it be discarded', async () => {
      const key = `draft-${Math.random()}`;
      const el = await fixture<MspElement>(staticHtml`<${tag} draft-key=${key} draft-storage="session"></${tag}>`);
      el.value = config.validRecord;
      await settle(el);
      await typeInto(firstTextarea(el), ' drafted');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(sessionStorage.getItem(`msp-elements:draft:${key}`)).to.contain(' drafted');
      fixtureCleanup();
      const again = await fixture<MspElement>(staticHtml`<${tag} draft-key=${key} draft-storage="session"></${tag}>`);
      await waitFor(() => JSON.stringify(again.value).includes(' drafted'));
      await settle(again);
      const notice = shadow(again).querySelector('[part~="notice"][role="status"]');
      expect(notice).to.exist;
      notice!.querySelector('button')!.click();
      await settle(again);
      expect(JSON.stringify(again.value)).to.not.contain(' drafted');
      expect(sessionStorage.getItem(`msp-elements:draft:${key}`)).to.be.null;
    });

    it('reports a failing draft store with msp-error, and loses no edits', async () => {
      const el = await fixture<MspElement & { draftStore: unknown }>(staticHtml`<${tag} draft-key="failing"></${tag}>`);
      el.draftStore = {
        load: () => null,
        save: () => {
          throw new Error('quota');
        },
        remove: () => undefined,
      };
      el.value = config.validRecord;
      await settle(el);
      const events = recordEvents(['msp-error']);
      await typeInto(firstTextarea(el), ' kept');
      await new Promise((resolve) => setTimeout(resolve, 400));
      events.stop();
      expect((events.of('msp-error')[0] as CustomEvent).detail.code).to.equal('storage-failed');
      expect(JSON.stringify(el.value)).to.contain(' kept');
    });
  });

  describe(`<${config.tag}> conformance: leaving and states`, () => {
    it('warns before the page is left with unsaved edits only when the host asks', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag}></${tag}>`);
      el.value = config.validRecord;
      await settle(el);
      await typeInto(firstTextarea(el), ' unsaved');
      const leave = () => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(leave(), 'no warning unless warn-unsaved is set').to.be.false;
      el.setAttribute('warn-unsaved', '');
      await settle(el);
      expect(leave()).to.be.true;
      el.markSaved();
      await settle(el);
      expect(leave(), 'no warning once the host says the record is saved').to.be.false;
    });

    it('exposes :state(user-invalid) only after an attempt to complete', async () => {
      const el = await fixture<MspElement>(staticHtml`<${tag} required></${tag}>`);
      expect(el.matches(':state(user-invalid)')).to.be.false;
      el.complete();
      await settle(el);
      expect(el.matches(':state(user-invalid)')).to.be.true;
    });
  });
}
