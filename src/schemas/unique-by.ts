import * as z from 'zod/mini';
import type { RecordRule } from './schema-parts.js';

/**
 * Checks that no two items of a list hold the same value at `key`, naming the rule in each
 * issue. Put on the list itself; it runs even when some items failed, so every problem is
 * reported at once. A rule JSON Schema cannot state: list it in the kind's `rules`.
 */
export function uniqueBy(key: string, rule: Pick<RecordRule, 'id' | 'description'>) {
  return z.superRefine<unknown[]>(
    (items, ctx) => {
      const seen = new Set<unknown>();
      items.forEach((item, index) => {
        const value = (item as Record<string, unknown> | null)?.[key];
        if (value === undefined) return;
        if (seen.has(value)) {
          ctx.addIssue({ code: 'custom', path: [index, key], message: rule.description, params: { rule: rule.id }, input: undefined });
        }
        seen.add(value);
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );
}
