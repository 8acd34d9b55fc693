/**
 * The browsers this library supports, as the README states them, and the web platform features
 * the built CDN files are checked for (scripts/check-browser-support.mjs). Versions come from
 * MDN's browser-compat-data; syntax is checked by es-check against the same versions.
 */

/** The oldest supported version of each browser (Edge follows Chrome; iOS follows Safari). */
export const SUPPORTED = { chrome: '94', edge: '94', firefox: '101', safari: '16.4', ios: '16.4' };

/**
 * Features found by a pattern in the built files, with their MDN browser-compat-data key.
 * `optional`: used only where present, with a fallback, so it does not raise the line.
 */
export const FEATURES = [
  { key: 'api.HTMLElement.attachInternals', pattern: /attachInternals\(/, what: 'ElementInternals (form-associated elements)' },
  { key: 'api.ElementInternals.setFormValue', pattern: /setFormValue\(/, what: 'a value in the surrounding form' },
  { key: 'api.ElementInternals.setValidity', pattern: /setValidity\(/, what: 'validity in the surrounding form' },
  { key: 'api.ShadowRoot.adoptedStyleSheets', pattern: /adoptedStyleSheets/, what: 'constructed style sheets (no inline <style> under a strict CSP)' },
  { key: 'api.CSSStyleSheet.replaceSync', pattern: /replaceSync\(/, what: 'constructed style sheets' },
  { key: 'api.Element.attachShadow', pattern: /attachShadow\(/, what: 'shadow DOM' },
  { key: 'api.MutationObserver', pattern: /MutationObserver/, what: 'the loader sees tags added later' },
  { key: 'javascript.operators.import', pattern: /\bimport\(/, what: 'dynamic import of chunks' },
  { key: 'javascript.builtins.Array.at', pattern: /\.at\(/, what: 'Array.prototype.at' },
  { key: 'javascript.builtins.String.replaceAll', pattern: /\.replaceAll\(/, what: 'String.prototype.replaceAll' },
  { key: 'javascript.builtins.Object.hasOwn', pattern: /Object\.hasOwn\(/, what: 'Object.hasOwn' },
  { key: 'javascript.builtins.Array.findLast', pattern: /\.findLast\(/, what: 'Array.prototype.findLast' },
  { key: 'javascript.builtins.Array.toSorted', pattern: /\.toSorted\(/, what: 'Array.prototype.toSorted' },
  { key: 'api.structuredClone', pattern: /structuredClone\(/, what: 'structuredClone' },
  { key: 'css.selectors.focus-visible', pattern: /:focus-visible/, what: ':focus-visible' },
  { key: 'css.at-rules.media.forced-colors', pattern: /forced-colors/, what: 'forced colours mode' },
  { key: 'css.at-rules.media.prefers-reduced-motion', pattern: /prefers-reduced-motion/, what: 'reduced motion' },
  { key: 'css.selectors.has', pattern: /:has\(/, what: ':has()' },
  { key: 'css.at-rules.container', pattern: /@container/, what: 'container queries' },
  { key: 'css.selectors.state', pattern: /:state\(/, what: ':state() in the library’s own styles' },
  { key: 'api.CustomStateSet', pattern: /\.states\.(?:add|delete)\(/, what: 'custom states (:state(user-invalid)) for hosts', optional: true },
  { key: 'api.Crypto.randomUUID', pattern: /randomUUID/, what: 'record ids (falls back to getRandomValues)', optional: true },
];
