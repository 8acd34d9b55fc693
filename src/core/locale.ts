import type { MsgFn } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';

export { str } from '@lit/localize/internal/str-tag.js';

/**
 * The library's own localisation state. Strings are written with `msg()` and extracted and built
 * by @lit/localize's tools, but the runtime is private to this library: it never installs the
 * page-wide @lit/localize implementation, so a host that configured @lit/localize for its own
 * strings keeps working, and so do we.
 */

export const SOURCE_LOCALE = 'en-GB';
export const SUPPORTED_LOCALES = ['en-GB', 'cy'] as const;
export type MspLocale = (typeof SUPPORTED_LOCALES)[number];

type Templates = Parameters<typeof runtimeMsg>[0];
type LocaleLoader = () => Promise<{ templates: Templates }>;

const loaders: Record<Exclude<MspLocale, 'en-GB'>, LocaleLoader> = {
  cy: () => import('../locales/generated/cy.js'),
};

export interface LocaleListener {
  localeChanged(locale: MspLocale): void;
  localeFailed(requested: string, reason: 'unknown-locale' | 'locale-load-failed'): void;
}

let activeLocale: MspLocale = SOURCE_LOCALE;
let activeTemplates: Templates;
let requestCounter = 0;
const listeners = new Set<LocaleListener>();
let langObserver: MutationObserver | undefined;
/** Once the host calls setLocale, a newly connected element no longer resets the locale to <html lang>; a later change of <html lang> still applies. */
let chosenByHost = false;

/** Looks a source string up in the active locale; falls back to English. */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(activeTemplates, template as never, options)) as MsgFn;

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
    try {
      templates = (await loaders[locale]()).templates;
    } catch (error) {
      if (request === requestCounter) notifyFailure(tag, 'locale-load-failed');
      throw error;
    }
  }
  if (request === requestCounter && (locale !== activeLocale || templates !== activeTemplates)) {
    activeLocale = locale;
    activeTemplates = templates;
    for (const listener of listeners) listener.localeChanged(locale);
  }
  return activeLocale;
}

function notifyFailure(tag: string, reason: 'unknown-locale' | 'locale-load-failed') {
  for (const listener of listeners) listener.localeFailed(tag, reason);
}

/** The page's language, from `<html lang>`; an absent or empty one means English. */
function followDocumentLang() {
  const lang = document.documentElement.getAttribute('lang');
  if (!lang) {
    if (activeLocale !== SOURCE_LOCALE) void switchLocale(SOURCE_LOCALE);
    return;
  }
  const locale = matchLocale(lang);
  if (locale === activeLocale) return;
  switchLocale(locale ?? lang).catch(() => {
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
