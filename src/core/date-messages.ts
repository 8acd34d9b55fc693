import type { DatePart, DateProblem } from './date-parts.js';
import { getLocale, msg, str } from './locale.js';

/** The words of a date input, in the GOV.UK Design System's wording, in English and Welsh. */

export const datePartLabel = (part: DatePart): string => {
  switch (part) {
    case 'day':
      return msg('Day', { id: 'common.date.day' });
    case 'month':
      return msg('Month', { id: 'common.date.month' });
    case 'year':
      return msg('Year', { id: 'common.date.year' });
  }
};

/** "The date" → "the date" inside a sentence; an abbreviation such as "BSL" is kept. */
function inSentence(phrase: string): string {
  const firstWord = /^\S+/.exec(phrase)?.[0] ?? '';
  const abbreviation = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  return abbreviation ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/**
 * Welsh says "the date must …" as "Rhaid i’r dyddiad …": the date follows "i", whose article
 * "y" / "yr" joins it as "i’r". The Welsh messages take the date with its "i" already in front
 * (each message's `desc` tells the translator).
 */
function subject(what: string): string {
  if (getLocale() !== 'cy') return what;
  const article = /^yr?\s+/i.exec(what);
  return article ? `i’r ${what.slice(article[0].length)}` : `i ${inSentence(what)}`;
}

/** The parts a date is missing, as one message: "… must include a day and year". */
function mustInclude(what: string, missing: readonly DatePart[]): string {
  const date = subject(what);
  const has = (part: DatePart) => missing.includes(part);
  // Each message is written out whole: the extractor reads only literal ids and descriptions.
  if (has('day') && has('month')) {
    return msg(str`${date} must include a day and month`, { id: 'common.date.must-include-day-and-month', desc: 'Welsh: the date comes with its “i”: “i’r dyddiad …”' });
  }
  if (has('day') && has('year')) {
    return msg(str`${date} must include a day and year`, { id: 'common.date.must-include-day-and-year', desc: 'Welsh: the date comes with its “i”: “i’r dyddiad …”' });
  }
  if (has('month') && has('year')) {
    return msg(str`${date} must include a month and year`, { id: 'common.date.must-include-month-and-year', desc: 'Welsh: the date comes with its “i”: “i’r dyddiad …”' });
  }
  if (has('day')) return msg(str`${date} must include a day`, { id: 'common.date.must-include-day', desc: 'Welsh: the date comes with its “i”: “i’r dyddiad …”' });
  if (has('month')) return msg(str`${date} must include a month`, { id: 'common.date.must-include-month', desc: 'Welsh: the date comes with its “i”: “i’r dyddiad …”' });
  return msg(str`${date} must include a year`, { id: 'common.date.must-include-year', desc: 'Welsh: the date comes with its “i”: “i’r dyddiad …”' });
}

/**
 * The message for a date problem, where `what` names the date as a sentence would start with it:
 * "The date you talked with the person". For a date left empty this is a generic "Enter the date
 * you talked with the person"; an element may say something more helpful instead.
 */
export function dateProblemMessage(problem: DateProblem, what: string): string {
  switch (problem.kind) {
    case 'missing': {
      const date = inSentence(what);
      return msg(str`Enter ${date}`, { id: 'common.date.enter' });
    }
    case 'incomplete':
      return mustInclude(what, problem.missing);
    case 'not-real': {
      const date = subject(what);
      return msg(str`${date} must be a real date`, { id: 'common.date.real', desc: 'Welsh: the date comes with its “i”: “i’r dyddiad …”' });
    }
    case 'future': {
      const date = subject(what);
      return msg(str`${date} must be today or in the past`, { id: 'common.date.not-future', desc: 'Welsh: the date comes with its “i”: “i’r dyddiad …”' });
    }
  }
}
