import { getLocale, msg, str } from './locale.js';

/** Words every element uses, gathered so each is translated once. */

export const errorPrefix = () => msg('Error:', { id: 'common.error-prefix' });

export const errorSummaryTitle = () => msg('There is a problem', { id: 'common.error-summary-title' });

// Intl formatters are costly to create and a render can format hundreds of values: keep one per locale.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter<T extends Intl.DateTimeFormat>(key: string, create: (locale: string) => T): T {
  const id = `${getLocale()}|${key}`;
  let cached = formatters.get(id) as T | undefined;
  if (!cached) {
    cached = create(getLocale());
    formatters.set(id, cached);
  }
  return cached;
}

/**
 * A whole number as English and Welsh write it, thousands grouped with commas (2,000). Written
 * out rather than with Intl.NumberFormat, whose first use costs a page tens of milliseconds.
 */
export const formatNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export const characterLimit = (max: number) =>
  msg(str`You can enter up to ${formatNumber(max)} characters`, { id: 'common.character-limit' });

export const charactersRemaining = (remaining: number) =>
  remaining === 1
    ? msg('You have 1 character remaining', { id: 'common.character-remaining-one' })
    : msg(str`You have ${formatNumber(remaining)} characters remaining`, { id: 'common.characters-remaining' });

export const charactersTooMany = (over: number) =>
  over === 1
    ? msg('You have 1 character too many', { id: 'common.character-too-many-one' })
    : msg(str`You have ${formatNumber(over)} characters too many`, { id: 'common.characters-too-many' });

export const badValueNotice = () =>
  msg('Some saved answers could not be read. Nothing has been lost: check the answers below before you save.', {
    id: 'common.bad-value-notice',
  });

export const badValueValidation = () =>
  msg('The saved answers could not be read. Check the answers and save again.', { id: 'common.bad-value-validation' });

export const badValueSummary = () =>
  msg('Some saved answers could not be used. Check the answers below, then save again.', { id: 'common.bad-value-summary' });

export const draftRestoredNotice = (savedAt: string) =>
  msg(str`We brought back answers you had not saved yet, from ${savedAt}.`, { id: 'common.draft-restored' });

export const discardDraft = () => msg('Discard these answers', { id: 'common.discard-draft' });

export const optional = () => msg('(optional)', { id: 'common.optional' });

export const notAnswered = () => msg('Not answered', { id: 'common.not-answered' });

export const formatDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return formatter('date', (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })).format(
    new Date(y, m - 1, d),
  );
};

export const formatDateTime = (iso: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter('date-time', (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })).format(date);
};
