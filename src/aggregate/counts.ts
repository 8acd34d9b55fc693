import { setOwn } from '../schemas/nulls.js';
import type { Share } from './report.js';

/** A count of zero for each code, in the codes' order. */
export const zeros = <K extends string>(codes: readonly K[]): Record<K, number> =>
  Object.fromEntries(codes.map((code) => [code, 0])) as Record<K, number>;

/** The entry under a key a host or a record chose (a question id, a dimension value), made if new. */
export function entry<T>(table: Record<string, T>, key: string, make: () => T): T {
  if (Object.hasOwn(table, key)) return table[key];
  const made = make();
  setOwn(table as Record<string, unknown>, key, made);
  return made;
}

/** `count` of `of` as a whole percentage, halves rounded up; null where `of` is 0. */
export const share = (count: number, of: number): Share => ({
  count,
  of,
  percent: of ? Math.floor((200 * count + of) / (2 * of)) : null,
});

/** The middle value, or the mean of the middle two for an even count; null for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
