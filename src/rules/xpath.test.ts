import { describe, expect, it } from 'vitest';
import { dateNumber, normalizeSpace, xpathNumber } from './xpath.js';

/** The plain definitions the fast paths must agree with. */
const slowNormalize = (s: string | undefined): string => (s ?? '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
const slowDate = (s: string | undefined): number => (s === undefined ? NaN : xpathNumber(s.replace(/-/g, '')));

const SAMPLES = [
  undefined, '', ' ', 'a', 'a b', 'a  b', ' a', 'a ', '\ta', 'a\nb', 'a\r\n b', 'KE4,KE5', '01', ' 01 ', '\u00a0x', 'x\u2003y',
  '2026-11-25', '2026-1-25', '20261125', '2026-11-2x', '-026-11-25', '2026-11-25 ', ' 2026-11-25', '2026--11-25', '2026-11-25T00',
  '0000-00-00', '9999-99-99', '2026/11/25', '2026-11-2', '1.5', '-1', '--', '2026-11-2.',
];

describe('XPath value semantics', () => {
  it('normalizeSpace equals the plain replace-based definition on every sample', () => {
    for (const s of SAMPLES) expect(normalizeSpace(s), JSON.stringify(s)).toBe(slowNormalize(s));
  });

  it('dateNumber equals number(translate(d, "-", "")) on every sample', () => {
    for (const s of SAMPLES) expect(Object.is(dateNumber(s), slowDate(s)) || dateNumber(s) === slowDate(s), JSON.stringify(s)).toBe(true);
    expect(dateNumber('2026-11-25')).toBe(20261125);
    expect(dateNumber('2026-1x-25')).toBeNaN();
  });

  it('agrees on random strings over a small alphabet', () => {
    const alphabet = ['0', '1', '9', '-', ' ', '\t', '\n', 'a', '.'];
    let seed = 7;
    const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      const len = Math.floor(next() * 12);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      if (next() < 0.3) s = `${s.slice(0, 4).padEnd(4, '2')}-${s.slice(4, 6).padEnd(2, '1')}-${s.slice(6, 8).padEnd(2, '0')}`;
      expect(normalizeSpace(s)).toBe(slowNormalize(s));
      const a = dateNumber(s);
      const b = slowDate(s);
      expect(Number.isNaN(a) ? Number.isNaN(b) : a === b, JSON.stringify(s)).toBe(true);
    }
  });
});
