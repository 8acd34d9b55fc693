import * as z from 'zod/mini';
import { absent } from './schema-parts.js';

/** Whether the person's words may be quoted, without their name, in reports to the Safeguarding Adults Board. */
export const QUOTE_CONSENT = ['yes', 'no', 'not-asked'] as const;
export type QuoteConsent = (typeof QUOTE_CONSENT)[number];

/** Who answered whether the person's words may be quoted. */
export const QUOTE_CONSENT_BY = ['person', 'representative'] as const;
export type QuoteConsentBy = (typeof QUOTE_CONSENT_BY)[number];

/**
 * The two shapes of the answer, to spread into the branches of a record's discriminated union:
 * who answered exactly where there was an answer (yes or no), nothing where nobody was asked.
 */
export const quoteConsentAnswered = () => ({
  quoteConsent: z.enum(['yes', 'no']),
  quoteConsentBy: z.enum(QUOTE_CONSENT_BY),
});

export const quoteConsentNotAsked = () => ({
  quoteConsent: z.literal('not-asked'),
  quoteConsentBy: absent(),
});
