import { describe, expect, it } from 'vitest';
import { dutchDate, systemStamp } from './stamp.js';

describe('dutchDate', () => {
  it('turns at midnight in Amsterdam, winter and summer time, whatever was asked before', () => {
    const cases: [string, string][] = [
      ['2026-01-15T22:59:59.999Z', '2026-01-15'],
      ['2026-01-15T23:00:00.000Z', '2026-01-16'],
      ['2026-01-15T22:59:00.000Z', '2026-01-15'],
      ['2026-07-01T21:59:59.999Z', '2026-07-01'],
      ['2026-07-01T22:00:00.000Z', '2026-07-02'],
      ['2026-07-01T21:59:30.000Z', '2026-07-01'],
      ['2026-03-28T23:00:00.000Z', '2026-03-29'],
      ['2026-10-24T22:00:00.000Z', '2026-10-25'],
      ['2026-10-25T22:59:59.000Z', '2026-10-25'],
      ['2026-10-25T23:00:00.000Z', '2026-10-26'],
    ];
    for (const round of [cases, [...cases].reverse()]) {
      for (const [iso, date] of round) expect(dutchDate(new Date(iso)), iso).toBe(date);
    }
  });
});

describe('systemStamp.newId', () => {
  it('gives R + 11 Crockford base32 characters, different every time, past a refill of its pool', () => {
    const ids = Array.from({ length: 3000 }, () => systemStamp.newId());
    for (const id of ids) expect(id).toMatch(/^R[0-9A-HJKMNP-TV-Z]{11}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
