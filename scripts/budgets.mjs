/**
 * The size budgets, in bytes of minified and gzipped (level 9) JavaScript, as the design sets
 * them. `npm run size` (size-limit, configured in .size-limit.mjs) prints each figure beside its
 * limit; `npm run size:check` fails when one is over.
 */
export const KB = 1024;

/** The six elements of the design; the all-elements figure names those without a folder in src/elements/ as not yet built. */
export const DESIGNED_ELEMENTS = [
  'outcome-capture',
  'risk-heat-map',
  'one-page-profile',
  'review-close',
  'experience-questionnaire',
  'outcomes-report',
];

export const BUDGETS = {
  /** dist/cdn/msp-elements.js, the only file a page loads before a tag appears. */
  loader: 1.5 * KB,
  /** Lit, @lit/localize, zod/mini, the base, styles and field kit: loaded once for any element. */
  shared: 20 * KB,
  /** Each element's own chunk; the questionnaire is the tool most often shown alone on a public page. */
  elementChunk: { default: 8 * KB, 'experience-questionnaire': 5 * KB },
  /** Everything an English page showing only this element downloads: the loader and every chunk the element needs up front. */
  pageWithOnly: { default: 28 * KB, 'experience-questionnaire': 25 * KB },
  /** What a Welsh page may download beyond its English page: the Welsh every element shares, and the element's own. */
  welshPage: 4 * KB,
  /** msp-elements/aggregate without the record schemas it shares with the elements. */
  aggregate: 6 * KB,
  /** The loader and everything the five forms load up front. */
  allForms: 65 * KB,
  /** The loader and everything all six elements load up front: the forms and the Board report with its counting. */
  allElements: 73 * KB,
};

export const elementChunkBudget = (name) => BUDGETS.elementChunk[name] ?? BUDGETS.elementChunk.default;

export const pageBudget = (name) => BUDGETS.pageWithOnly[name] ?? BUDGETS.pageWithOnly.default;

/**
 * Figures known to be over budget, each with the ceiling it may not pass while it is being
 * brought down (measured when it was listed, rounded up to 0.1 KB), and why. size-limit holds
 * such a figure to its ceiling, and its name in `npm run size` says the budget and that it is a
 * known overage; `size:check` fails if one grows past its ceiling, or if anything else goes over
 * its budget. Delete an entry once its figure is within budget, and the check is strict
 * again. docs/distribution.md says what each is made of.
 */
export const KNOWN_OVERAGES = {
  shared: {
    ceiling: 28.8 * KB,
    why:
      'zod/mini is 8.7 KB once the records say every rule in their shape (discriminated unions, nullable optional fields, ' +
      'ISO dates and UUIDs) and Lit 4.8 KB, which leaves 6.5 KB for the base, field kit, styles and locale: they are 15 KB, ' +
      '1.6 KB more since the base was split into a plain base, a record model, form association and a field binder, ' +
      'and 0.2 KB more for the records the Board report reads (keyed risks, quote consent, host references of an element’s own)',
  },
  'elementChunk:risk-heat-map': {
    ceiling: 9.5 * KB,
    why: 'a map per activity that every party can place by click, drag and keyboard, a table that edits the same views, differences in words',
  },
  'elementChunk:review-close': {
    ceiling: 10.9 * KB,
    why:
      'two forms in one (a review, and a closure shaped by SG4a, SG2c and SG2e) and the read-back to the person in plain words; ' +
      'what the Board and the SAC need (date and kind of enquiry, the overall answer, risk per source, ways of working, quote ' +
      'consent, withdrawal at review); about 3.7 KB of it is English words (its schema is now a chunk it shares with the report)',
  },
  'elementChunk:outcome-capture': {
    ceiling: 8.3 * KB,
    why: 'the advocacy question (for everyone, with who helped) added 0.5 KB to a chunk that was 0.2 KB under its budget',
  },
  'elementChunk:experience-questionnaire': {
    ceiling: 5.9 * KB,
    why: 'the closure it is about, who asked and how, and quote consent, each with a picture in easy read',
  },
  'pageWithOnly:outcome-capture': {
    ceiling: 39.2 * KB,
    why:
      'the shared chunk is over its budget, see above; the outcome-capture schema is a chunk of its own, shared with review and close ' +
      'and with the Board report’s counting, which reads every kind of record',
  },
  'pageWithOnly:risk-heat-map': {
    ceiling: 39.7 * KB,
    why: 'the shared chunk and the element’s own chunk are over their budgets, see above; its record schema is a chunk of its own, shared with the Board report',
  },
  'pageWithOnly:one-page-profile': {
    ceiling: 37.8 * KB,
    why: 'the shared chunk is over its budget, see above; the element’s own chunk is within its budget, and its record schema is a chunk of its own, shared with the Board report',
  },
  'pageWithOnly:review-close': {
    ceiling: 44.2 * KB,
    why: 'the shared chunk and the element’s own chunk are over their budgets, see above; it loads two record schemas, its own and outcome capture’s',
  },
  'pageWithOnly:experience-questionnaire': {
    ceiling: 36.1 * KB,
    why: 'the shared chunk alone is past the whole page’s budget, and the element’s own chunk is over its budget too, see above',
  },
  'pageWithOnly:outcomes-report': {
    ceiling: 48.7 * KB,
    why:
      'the shared chunk is over its budget, see above; the report also loads the counting and all five record schemas, to read every kind of record; ' +
      '0.2 KB more for the host’s dimensions (the property, and loading their tables only once a host gives some)',
  },
  /** A Welsh page is held to its English page's ceiling plus BUDGETS.welshPage, unless listed here. */
  'welshPageWithOnly:review-close': {
    ceiling: 48.8 * KB,
    why: 'its English page is a known overage, see above, and its Welsh is 4.7 KB: 3.9 KB of its own, the most words of any element, and 0.8 KB every element shares',
  },
  allForms: {
    ceiling: 77.7 * KB,
    why: 'the shared chunk and four of the five form chunks are over their budgets, see above',
  },
  allElements: {
    ceiling: 90.8 * KB,
    why:
      'the shared chunk and every element chunk are over their budgets, see above; the sixth element, the Board report, ' +
      'brings its own chunk (7.2 KB) and the counting (5.8 KB); the rest is each record schema becoming a chunk of its own, ' +
      'which the report and the schema’s form share',
  },
};
