import { formatNumber } from '../../core/common-messages.js';
import type { FieldError } from '../../core/error-summary.js';
import { msg, str } from '../../core/locale.js';
import type { RecordIssue } from '../../schemas/issues.js';
import { CHART_COLUMNS, PROFILE_LIMITS, type ChartColumn } from '../../schemas/one-page-profile.js';
import { listOf } from './one-page-profile.lists.js';
import { listLimit, PROFILE_LISTS, type WorkingOnePageProfile, type ProfileList } from './one-page-profile.state.js';
import { columnLabel } from './one-page-profile.words.js';

/** The id of each control in the shadow root; error summary links and validity anchors use them. */
export const FIELD = {
  name: 'name',
  photo: 'photo',
  photoAlt: 'photo-alt',
  helpedBy: 'helped-by',
  sharedWith: 'shared-with',
  add: (list: ProfileList) => `add-${list}`,
  undo: (list: ProfileList) => `undo-${list}`,
  /** A statement's text, or one box of a chart row. */
  text: (id: string, field = 'text') => `item-${id}-${field}`,
  move: (id: string, by: -1 | 1) => `item-${id}-${by < 0 ? 'up' : 'down'}`,
} as const;

const tooLong = (max: number) => msg(str`This must be ${formatNumber(max)} characters or fewer`, { id: 'opp.error.too-long' });

const atLeastOne = (list: ProfileList) =>
  list === 'likedAndAdmired'
    ? msg('Add at least one thing people like and admire about you', { id: 'opp.error.liked' })
    : list === 'importantToMe'
      ? msg('Add at least one thing that is important to you', { id: 'opp.error.important' })
      : msg('Add at least one thing about how best to support you', { id: 'opp.error.support' });

/**
 * What a schema issue means to the person filling in the profile, and which field it belongs to.
 * Undefined for a problem no field shows (an id in a saved value, which the form cannot change).
 */
export function onePageProfileFieldError(issue: RecordIssue, record: WorkingOnePageProfile): FieldError | undefined {
  const [first, index, field] = issue.path;
  const isTooLong = issue.code === 'too_big';
  switch (first) {
    case 'name':
      return {
        fieldId: FIELD.name,
        message: isTooLong ? tooLong(PROFILE_LIMITS.nameLength) : msg('Enter the name you like to be called', { id: 'opp.error.name' }),
      };
    case 'photo':
      return index === 'alt'
        ? {
            fieldId: FIELD.photoAlt,
            message: isTooLong
              ? tooLong(PROFILE_LIMITS.altLength)
              : msg('Describe the photo, for people who cannot see it', { id: 'opp.error.alt' }),
          }
        : { fieldId: FIELD.photo, message: msg('This photo cannot be used. Choose another photo, or remove it', { id: 'opp.error.photo' }) };
    case 'helpedBy':
      return { fieldId: FIELD.helpedBy, message: tooLong(PROFILE_LIMITS.noteLength) };
    case 'sharedWith':
      return {
        fieldId: FIELD.sharedWith,
        message: isTooLong
          ? tooLong(PROFILE_LIMITS.noteLength)
          : msg('Say who you are happy to see this profile', { id: 'opp.error.shared-with' }),
      };
  }
  if (PROFILE_LISTS.includes(first as ProfileList)) return listError(first as ProfileList, index, field, isTooLong, record);
  // The envelope comes from the page, not the person: say so rather than point at a field.
  return {
    fieldId: FIELD.name,
    message: msg('This form was set up with details it cannot use. Contact the team who run this page.', { id: 'opp.error.envelope' }),
  };
}

function listError(list: ProfileList, index: unknown, field: unknown, isTooLong: boolean, record: WorkingOnePageProfile) {
  if (typeof index !== 'number') {
    return {
      fieldId: FIELD.add(list),
      // The chart is optional: it can only be too long.
      message:
        isTooLong || list === 'communication'
          ? msg(str`You can add up to ${listLimit(list)}`, { id: 'opp.error.too-many' })
          : atLeastOne(list),
    };
  }
  const item = listOf(record, list)[index];
  const isChart = list === 'communication';
  const shown = isChart ? CHART_COLUMNS.includes(field as ChartColumn) : field === 'text';
  if (!item || !shown) return undefined;
  const number = index + 1;
  return {
    fieldId: FIELD.text(item.id, field as string),
    message: isTooLong
      ? tooLong(PROFILE_LIMITS.statementLength)
      : isChart
        ? msg(str`Fill in “${columnLabel(field as ChartColumn)}” in row ${number}, or remove the row`, { id: 'opp.error.cell' })
        : msg(str`Write statement ${number}, or remove it`, { id: 'opp.error.statement' }),
  };
}
