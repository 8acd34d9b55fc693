import { newId } from '../../core/time.js';
import { CHART_COLUMNS } from '../../schemas/one-page-profile.js';
import type { WorkingChartRow, ListItem, WorkingOnePageProfile, OnePageProfileView, ProfileList } from './one-page-profile.state.js';

/**
 * Adding to, reordering and removing from the profile's lists: the three sections' statements
 * and the communication chart's rows. Each change leaves every other item as it was; an item that
 * changes is a new object, so only it is rendered again. A removed item is kept in the view with
 * its place, so Undo puts it back where it was.
 */

/** The items of a list, to read. */
export function listOf(record: WorkingOnePageProfile, list: ProfileList): readonly ListItem[] {
  return list === 'communication' ? (record.communication ?? []) : record[list];
}

/** The items of a list, to change; the chart, which is optional, is made when it is first needed. */
export function itemsOf(record: WorkingOnePageProfile, list: ProfileList): ListItem[] {
  return list === 'communication' ? (record.communication ??= []) : record[list];
}

/** The chart leaves the record again once its last row is gone. */
function tidy(record: WorkingOnePageProfile) {
  if (record.communication?.length === 0) delete record.communication;
}

/** Adds an empty statement or row at the end; returns its id. */
export function addItem(record: WorkingOnePageProfile, list: ProfileList): string {
  const id = newId();
  const item: ListItem =
    list === 'communication'
      ? (Object.fromEntries([['id', id], ...CHART_COLUMNS.map((column) => [column, ''])]) as WorkingChartRow)
      : { id, text: '' };
  itemsOf(record, list).push(item);
  return id;
}

/** Changes one field of one item, found by its id. */
export function editItem(record: WorkingOnePageProfile, list: ProfileList, id: string, field: string, text: string): void {
  const items = itemsOf(record, list);
  const index = items.findIndex((item) => item.id === id);
  if (index >= 0) items[index] = { ...items[index], [field]: text };
}

/** Moves an item one place up (-1) or down (+1); returns its new index, or undefined if it cannot move. */
export function moveItem(record: WorkingOnePageProfile, list: ProfileList, id: string, by: -1 | 1): number | undefined {
  const items = itemsOf(record, list);
  const from = items.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return undefined;
  [items[from], items[to]] = [items[to], items[from]];
  return to;
}

export function removeItem(record: WorkingOnePageProfile, view: OnePageProfileView, list: ProfileList, id: string): void {
  const items = itemsOf(record, list);
  const index = items.findIndex((item) => item.id === id);
  if (index >= 0) view.removed = { list, index, item: items.splice(index, 1)[0] };
  tidy(record);
}

/** Puts the item removed last back where it was; returns its id. */
export function undoRemove(record: WorkingOnePageProfile, view: OnePageProfileView): string | undefined {
  const removed = view.removed;
  if (!removed) return undefined;
  delete view.removed;
  const items = itemsOf(record, removed.list);
  if (items.some((item) => item.id === removed.item.id)) return undefined;
  items.splice(Math.min(removed.index, items.length), 0, removed.item);
  return removed.item.id;
}
