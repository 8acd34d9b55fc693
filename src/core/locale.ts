import type { MsgFn, StrResult } from '@lit/localize';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import { translations as commonTranslations } from '../locales/generated/common.translations.js';

export { str } from '@lit/localize/internal/str-tag.js';

/**
 * The library's own localisation state. Strings are written with `msg()` and extracted and built
 * by @lit/localize's tools, but the runtime is private to this library: it never installs the
 * page-wide @lit/localize implementation, so a host that configured @lit/localize for its own
 * strings keeps working, and so do we.
 *
 * Translations come in scopes: the strings every element shares, and each element's own. An
 * element's define file registers its scope, so a page loads the Welsh of the elements it has
 * defined and no others.
 */

export const SOURCE_LOCALE = 'en-GB';
export const SUPPORTED_LOCALES = ['en-GB', 'cy'] as const;
export type MspLocale = (typeof SUPPORTED_LOCALES)[number];
type TargetLocale = Exclude<MspLocale, typeof SOURCE_LOCALE>;

/** A locale's strings by message id: plain text, or a `str` template whose values are the source's, by index. */
type Templates = Record<string, string | StrResult> | undefined;

/** One scope's translations: a loader per locale (generated from src/locales/translation-scopes.json). */
export interface Translations {
  /** `common`, or the element's folder name under src/elements/. */
  scope: string;
  locales: Partial<Record<TargetLocale, () => Promise<{ templates: Templates }>>>;
}

export interface LocaleListener {
  localeChanged(locale: MspLocale): void;
  localeFailed(requested: string, reason: 'unknown-locale' | 'locale-load-failed'): void;
}

let activeLocale: MspLocale = SOURCE_LOCALE;
let activeTemplates: Templates;
let requestCounter = 0;
/** Switches to a locale other than English still waiting for their strings. */
let switchesInFlight = 0;
const registered = new Map<string, Translations>();
/** Each scope's strings in each locale, loaded once: keyed `<locale> <scope>`. */
const loadedScopes = new Map<string, Promise<Templates>>();
let lastMerge: { parts: Templates[]; templates: Templates } | undefined;
const listeners = new Set<LocaleListener>();
let langObserver: MutationObserver | undefined;
/** Once the host calls setLocale, a newly connected element no longer resets the locale to <html lang>; a later change of <html lang> still applies. */
let chosenByHost = false;

/**
 * Looks a source string up in the active locale by its id (every message here has one); falls
 * back to the English source. A translated `str` template's values name, by index, which of the
 * source's values goes where, since a translation may reorder them.
 */
export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const localized = options?.id ? activeTemplates?.[options.id] : undefined;
  const source = typeof template === 'string' ? undefined : template;
  if (typeof localized === 'string') return localized;
  if (localized && source) return joinStringsAndValues(localized.strings, source.values, localized.values as number[]);
  return source ? joinStringsAndValues(source.strings, source.values) : template;
}) as MsgFn;

export function getLocale(): MspLocale {
  return activeLocale;
}

/**
 * Maps a BCP 47 tag to a supported locale: `cy`, `cy-GB` → `cy`; `en`, `en-GB`, `en-US` → `en-GB`.
 * Returns undefined for anything else.
 */
export function matchLocale(tag: string | null | undefined): MspLocale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'cy') return 'cy';
  if (primary === 'en') return 'en-GB';
  return undefined;
}

/**
 * Switches every msp element on the page to a locale. Accepts any tag `matchLocale` understands.
 * Rejects, and tells each element (which fires `msp-error`), for a locale the library does not
 * have; the current locale stays in force.
 */
export function setLocale(tag: string): Promise<MspLocale> {
  chosenByHost = true;
  return switchLocale(tag);
}

async function switchLocale(tag: string): Promise<MspLocale> {
  const locale = matchLocale(tag);
  const request = ++requestCounter;
  if (!locale) {
    notifyFailure(tag, 'unknown-locale');
    throw new Error(`msp-elements has no "${tag}" locale; it has ${SUPPORTED_LOCALES.join(', ')}`);
  }
  let templates: Templates;
  if (locale !== SOURCE_LOCALE) {
    switchesInFlight++;
    try {
      templates = await templatesFor(locale);
    } catch (error) {
      if (request === requestCounter) notifyFailure(tag, 'locale-load-failed');
      throw error;
    } finally {
      switchesInFlight--;
    }
  }
  if (request === requestCounter && (locale !== activeLocale || templates !== activeTemplates)) {
    activeLocale = locale;
    activeTemplates = templates;
    for (const listener of listeners) listener.localeChanged(locale);
  }
  return activeLocale;
}

/** Every registered scope's strings in a locale, merged; scopes registered while loading are included too. */
async function templatesFor(locale: TargetLocale): Promise<Templates> {
  let scopes: Translations[];
  let parts: Templates[];
  do {
    scopes = [...registered.values()];
    parts = await Promise.all(scopes.map((translations) => loadScope(locale, translations)));
  } while (registered.size !== scopes.length);
  // The same strings as last time keep the same object, so elements are not re-rendered for nothing.
  if (lastMerge?.parts.length === parts.length && parts.every((part, i) => part === lastMerge!.parts[i])) {
    return lastMerge.templates;
  }
  lastMerge = { parts, templates: Object.assign({}, ...parts) };
  return lastMerge.templates;
}

function loadScope(locale: TargetLocale, translations: Translations): Promise<Templates> {
  const key = `${locale} ${translations.scope}`;
  let loading = loadedScopes.get(key);
  if (!loading) {
    const loader = translations.locales[locale];
    loading = loader ? loader().then((module) => module.templates) : Promise.resolve({});
    // A failed load is forgotten, so the next switch tries again.
    loading.catch(() => loadedScopes.delete(key));
    loadedScopes.set(key, loading);
  }
  return loading;
}

/**
 * Makes a scope's translations available: its strings load with the next switch to their locale,
 * or now if the page is already in that locale, and every element then re-renders. Registering a
 * scope again does nothing.
 */
export function registerTranslations(translations: Translations): void {
  if (registered.has(translations.scope)) return;
  registered.set(translations.scope, translations);
  // A switch still loading picks the new scope up itself.
  if (activeLocale !== SOURCE_LOCALE && switchesInFlight === 0) {
    switchLocale(activeLocale).catch(() => {
      // Listeners have already been told; the strings already loaded stay in use.
    });
  }
}

registerTranslations(commonTranslations);

function notifyFailure(tag: string, reason: 'unknown-locale' | 'locale-load-failed') {
  for (const listener of listeners) listener.localeFailed(tag, reason);
}

/** Whether the console has been told, once for the page, that its language is not one of ours. */
let notedPageLanguage = false;

/**
 * The page's language, from `<html lang>`; an absent or empty one means English, and so does a
 * language the library does not have: a page in French gets English quietly, with one console note
 * for the whole page. (`unknown-locale` is for a locale the host asks for with `setLocale`.)
 */
function followDocumentLang() {
  const lang = document.documentElement.getAttribute('lang')?.trim();
  const matched = lang ? matchLocale(lang) : SOURCE_LOCALE;
  if (!matched && !notedPageLanguage) {
    notedPageLanguage = true;
    console.info(`msp-elements: the page's language (lang="${lang!.slice(0, 35)}") is not one it has (${SUPPORTED_LOCALES.join(', ')}); it uses ${SOURCE_LOCALE}.`);
  }
  const locale = matched ?? SOURCE_LOCALE;
  // A switch still loading may be to another locale: this one, asked for later, wins.
  if (locale === activeLocale && switchesInFlight === 0) return;
  switchLocale(locale).catch(() => {
    // Listeners have already been told; nothing else to do.
  });
}

/**
 * Adds an element to those re-rendered on a locale change. The first subscriber starts watching
 * `<html lang>`; the last to leave stops it, so nothing runs while no element is on the page.
 */
export function subscribeToLocale(listener: LocaleListener): () => void {
  listeners.add(listener);
  if (!langObserver) {
    langObserver = new MutationObserver(followDocumentLang);
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    if (!chosenByHost) followDocumentLang();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
