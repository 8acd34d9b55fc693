import { expect } from '@open-wc/testing';
import { newId, nowWithOffset, today } from '../../src/core/time.js';
import { dateTimeWithOffset } from '../../src/schemas/envelope.js';
import * as z from 'zod/mini';

describe('time and ids', () => {
  it('makes version 4 UUIDs even where crypto.randomUUID is missing (an http page)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, newId));
      expect(ids.size).to.equal(50);
      for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('writes times with an offset that the record schema accepts', () => {
    const stamp = nowWithOffset(new Date(2026, 10, 25, 9, 5, 7));
    expect(stamp).to.match(/^2026-11-25T09:05:07[+-]\d\d:\d\d$/);
    expect(z.safeParse(dateTimeWithOffset(), stamp).success).to.be.true;
    expect(today(new Date(2026, 0, 2))).to.equal('2026-01-02');
  });
});
