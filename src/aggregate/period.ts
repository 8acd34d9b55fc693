/** Calendar dates (YYYY-MM-DD), periods inclusive at both ends; a date's text orders as the date does. */

export interface Period {
  from: string;
  to: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Made once, when first needed: a formatter with a time zone takes a browser milliseconds to make. */
let londonDates: Intl.DateTimeFormat | undefined;

/** Today's date in Europe/London, where councils in England and Wales count their year. */
export function londonToday(now = new Date()): string {
  londonDates ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = londonDates.formatToParts(now);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function checkDate(date: string, name: string): string {
  const match = DATE.exec(date);
  if (!match || new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`${name} must be a calendar date (YYYY-MM-DD)`);
  }
  return date;
}

/** The last complete 1 April–31 March year before `today`. */
export function financialYearBefore(today: string): Period {
  const year = +checkDate(today, 'today').slice(0, 4);
  const end = today > `${year}-03-31` ? year : year - 1;
  return { from: `${end - 1}-04-01`, to: `${end}-03-31` };
}

/** The period the options name: `from` and `to` as given, each defaulting to the last complete year. */
export function periodOf(options: { from?: string; to?: string; today?: string }): Period {
  // Today is looked up only when a default is needed; a `today` given is checked either way.
  const needsToday = options.today !== undefined || options.from === undefined || options.to === undefined;
  const fallback = needsToday ? financialYearBefore(options.today ?? londonToday()) : undefined;
  const period = { from: checkDate(options.from ?? fallback!.from, 'from'), to: checkDate(options.to ?? fallback!.to, 'to') };
  if (period.from > period.to) throw new RangeError('from must not be after to');
  return period;
}

/** The same date a year earlier; 29 February becomes 28 February. */
const yearEarlier = (date: string) => `${+date.slice(0, 4) - 1}${date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)}`;

/** The period a year before, for comparison. */
export const previousPeriod = (period: Period): Period => ({ from: yearEarlier(period.from), to: yearEarlier(period.to) });

export const inPeriod = (date: string, period: Period) => date >= period.from && date <= period.to;

/** Whole days from one calendar date to another. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
