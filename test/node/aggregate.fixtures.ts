import type { ClosureRecord } from '../../src/schemas/review-close.js';
import { mrsTClosure, susiClosure } from '../../fixtures/states/review-close.records.js';

/** Closures built from the samples, for the hand-computed fixtures of the aggregate's tests. */

/** A valid, distinct UUID for each number. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A copy of a sample closure with some fields changed. */
export const closure = (base: ClosureRecord, changes: Record<string, unknown>) => ({ ...structuredClone(base), ...changes }) as ClosureRecord;

/** Susi's closure (asked-expressed, partially achieved, quotes allowed) as enquiry `n`, with no outcome capture. */
export const expressed = (n: number, changes: Record<string, unknown> = {}) =>
  closure(susiClosure, { id: uuid(n), outcomeCaptureId: uuid(1000 + n), ...changes });

/** Mrs T's closure (asked-not-expressed) as enquiry `n`, with no outcome capture. */
export const notExpressed = (n: number, changes: Record<string, unknown> = {}) =>
  closure(mrsTClosure, { id: uuid(n), outcomeCaptureId: uuid(1000 + n), ...changes });

