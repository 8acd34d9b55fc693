/**
 * A date as a person types it into three boxes — day, month, year — kept exactly as typed, and
 * the ISO date (`2026-11-18`) a record stores. Pure functions: no DOM, no locale.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

/** The boxes in the order they are shown and listed in messages. */
export const DATE_PART_ORDER: readonly DatePart[] = ['day', 'month', 'year'];

export const emptyDateParts = (): DateParts => ({ day: '', month: '', year: '' });

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The boxes for a stored ISO date: `2026-11-18` → 18 / 11 / 2026, without the leading zeros a
 * person would not type. A date-shaped value that is not a real date (`2026-02-31`) still fills
 * the boxes, so the person sees what was stored and can correct it; anything else gives empty boxes.
 */
export function partsFromIsoDate(iso: string | undefined): DateParts {
  const match = typeof iso === 'string' ? ISO_DATE_SHAPE.exec(iso) : null;
  if (!match) return emptyDateParts();
  const [, year, month, day] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** What a box holds once the spaces around it are ignored. */
const entered = (parts: DateParts, part: DatePart) => parts[part].trim();

const DAY_OR_MONTH = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps clock changes out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The boxes whose own content cannot be part of any date: not digits, month 13, day 32, a 3-digit year. */
function partsWrongOnTheirOwn(parts: DateParts): DatePart[] {
  const wrong: DatePart[] = [];
  const day = entered(parts, 'day');
  const month = entered(parts, 'month');
  const year = entered(parts, 'year');
  if (!DAY_OR_MONTH.test(day) || Number(day) < 1 || Number(day) > 31) wrong.push('day');
  if (!DAY_OR_MONTH.test(month) || Number(month) < 1 || Number(month) > 12) wrong.push('month');
  if (!YEAR.test(year) || Number(year) < 1) wrong.push('year');
  return wrong;
}

/**
 * The ISO date the boxes make, or undefined unless they make a real date: day and month of one or
 * two digits, a year of four, spaces around each ignored. 31 / 2 / 2026 is undefined; 29 / 2 / 2028 is not.
 */
export function isoDateFromParts(parts: DateParts): string | undefined {
  if (partsWrongOnTheirOwn(parts).length > 0) return undefined;
  const day = Number(entered(parts, 'day'));
  const month = Number(entered(parts, 'month'));
  const year = Number(entered(parts, 'year'));
  if (day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type DateProblem =
  | { kind: 'missing' }
  | { kind: 'incomplete'; missing: DatePart[] }
  | { kind: 'not-real'; parts: DatePart[] }
  | { kind: 'future' };

/**
 * What is wrong with the boxes, in the order a person should fix it: nothing entered, a box left
 * empty, something that cannot be a date, then (given `notAfter`, an ISO date such as today) a
 * date after it. Undefined when the date is fine.
 *
 * For a date that cannot be real, the boxes at fault are the one box that is wrong on its own
 * (month 13, a 3-digit year); the day when each box is plausible but the month is shorter
 * (31 / 2 / 2026); and all three when more than one box is wrong, since it is then unclear which.
 */
export function dateProblem(parts: DateParts, options: { notAfter?: string } = {}): DateProblem | undefined {
  const missing = DATE_PART_ORDER.filter((part) => entered(parts, part) === '');
  if (missing.length === DATE_PART_ORDER.length) return { kind: 'missing' };
  if (missing.length > 0) return { kind: 'incomplete', missing };
  const wrong = partsWrongOnTheirOwn(parts);
  if (wrong.length === 1) return { kind: 'not-real', parts: wrong };
  if (wrong.length > 1) return { kind: 'not-real', parts: [...DATE_PART_ORDER] };
  const iso = isoDateFromParts(parts);
  if (!iso) return { kind: 'not-real', parts: ['day'] };
  // ISO dates of four-digit years compare correctly as text.
  if (options.notAfter && iso > options.notAfter) return { kind: 'future' };
  return undefined;
}

/** The boxes to mark as wrong for a problem; none when there is no problem. */
export function datePartsAtFault(problem: DateProblem | undefined): DatePart[] {
  switch (problem?.kind) {
    case undefined:
      return [];
    case 'incomplete':
      return [...problem.missing];
    case 'not-real':
      return [...problem.parts];
    default:
      return [...DATE_PART_ORDER];
  }
}

/**
 * The id of one box of a date field. The day box carries the field's own id, so an error-summary
 * link to `#id` lands on the first box.
 */
export function dateFieldId(id: string, part: DatePart): string {
  return part === 'day' ? id : `${id}-${part}`;
}
