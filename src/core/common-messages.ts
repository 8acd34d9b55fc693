import { msg, str } from './locale.js';

/** Words every element uses, gathered so each is translated once. */

export const errorPrefix = () => msg('Error:', { id: 'common.error-prefix' });

export const errorSummaryTitle = () => msg('There is a problem', { id: 'common.error-summary-title' });

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

/** Month names, in the page's language. */
const monthName = (month: number) =>
  [
    msg('January', { id: 'common.month-1' }),
    msg('February', { id: 'common.month-2' }),
    msg('March', { id: 'common.month-3' }),
    msg('April', { id: 'common.month-4' }),
    msg('May', { id: 'common.month-5' }),
    msg('June', { id: 'common.month-6' }),
    msg('July', { id: 'common.month-7' }),
    msg('August', { id: 'common.month-8' }),
    msg('September', { id: 'common.month-9' }),
    msg('October', { id: 'common.month-10' }),
    msg('November', { id: 'common.month-11' }),
    msg('December', { id: 'common.month-12' }),
  ][month - 1];

/**
 * A date as GOV.UK writes it, in English or Welsh: 18 November 2026, 18 Tachwedd 2026. Written
 * out rather than with Intl.DateTimeFormat, which some browsers lack Welsh for, and whose first
 * use costs a page tens of milliseconds.
 */
export const formatDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d || m > 12) return isoDate;
  return `${d} ${monthName(m)} ${y}`;
};

/** A moment, in the device's time: 20 November 2026 at 15:40. */
export const formatDateTime = (iso: string) => {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const date = formatDate(`${moment.getFullYear()}-${moment.getMonth() + 1}-${moment.getDate()}`);
  const time = `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
  return msg(str`${date} at ${time}`, { id: 'common.date-at-time' });
};
