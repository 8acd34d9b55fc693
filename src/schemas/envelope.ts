import * as z from 'zod/mini';
import { LIMITS } from './limits.js';
import { optional, text } from './schema-parts.js';

export const RECORD_LOCALES = ['en-GB', 'cy'] as const;
export type RecordLocale = (typeof RECORD_LOCALES)[number];

const opaqueRef = () => text(LIMITS.refLength);

/** ISO 8601 date and time with an explicit offset, e.g. 2026-11-25T14:30:00+00:00. */
export const dateTimeWithOffset = () => z.iso.datetime({ offset: true, local: false });

/** A calendar date, e.g. 2026-11-25. */
export const calendarDate = () => z.iso.date();

/**
 * The fields every record carries. `kind` and `version` identify the schema; the references are
 * opaque strings the host supplies and the library never interprets. No field holds a computed
 * risk score.
 */
export function envelopeShape<Kind extends string, Version extends number>(kind: Kind, version: Version) {
  return {
    kind: z.literal(kind),
    version: z.literal(version),
    id: z.uuid(),
    caseRef: opaqueRef(),
    subjectRef: optional(opaqueRef()),
    recordedAt: dateTimeWithOffset(),
    recordedBy: optional(opaqueRef()),
    locale: z.enum(RECORD_LOCALES),
  };
}
