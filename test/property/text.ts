import fc from 'fast-check';

/**
 * Strings as a record may hold them: any Unicode code point (emoji and other characters outside
 * the Basic Multilingual Plane included, since limits count code points), sometimes at exactly
 * the longest allowed length.
 */
export function textArbitrary(options: { minLength?: number; maxLength: number; nonBlank?: boolean }): fc.Arbitrary<string> {
  const { minLength = 0, maxLength, nonBlank = false } = options;
  const anyLength = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b', ' ', 'é', 'ŵ', '😀', '\n', '<'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength, maxLength: Math.min(maxLength, 40) });
  const longest = fc.string({ unit: fc.constantFrom('a', '😀', 'ŵ', ' '), minLength: maxLength, maxLength });
  const text = maxLength > 40 ? fc.oneof({ weight: 9, arbitrary: anyLength }, { weight: 1, arbitrary: longest }) : anyLength;
  return nonBlank ? text.filter((candidate) => /\S/u.test(candidate)) : text;
}

/** A calendar date, e.g. 2026-11-18. */
export const calendarDateArbitrary = () =>
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO 8601 date and time with an offset, as vendors' systems write them: Z, ±hh:mm, sometimes fractions of a second. */
export const dateTimeArbitrary = () =>
  fc
    .record({
      date: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      offsetMinutes: fc.oneof(fc.constant(0), fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15))),
      zulu: fc.boolean(),
      fraction: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    })
    .map(({ date, offsetMinutes, zulu, fraction }) => {
      const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
      const base = shifted.toISOString().slice(0, 19);
      const seconds = fraction === undefined ? '' : `.${String(fraction).padStart(3, '0')}`;
      if (zulu && offsetMinutes === 0) return `${base}${seconds}Z`;
      const sign = offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(offsetMinutes);
      return `${base}${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    });

/** A UUID of any RFC 9562 version. */
export const uuidArbitrary = () => fc.uuid({ version: [1, 2, 3, 4, 5, 6, 7, 8] });
