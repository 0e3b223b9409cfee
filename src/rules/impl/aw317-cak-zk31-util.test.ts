import { describe, expect, it } from 'vitest';
import { adjustDate, dateNum, norm, oneOf, xpNumber } from './aw317-cak-zk31-util.js';

describe('aw317-cak-zk31 helpers', () => {
  it('normalises and compares codes as the stylesheet does', () => {
    expect(norm('  a \t b\n')).toBe('a b');
    expect(norm(undefined)).toBe('');
    expect(oneOf(' 2 ', ['2', '3'])).toBe(true);
    expect(oneOf(undefined, ['2'])).toBe(false);
  });

  it('reads numbers and dates with XPath number() semantics', () => {
    expect(xpNumber('12')).toBe(12);
    expect(xpNumber(' 7 ')).toBe(7);
    expect(xpNumber('+5')).toBeNaN();
    expect(xpNumber('')).toBeNaN();
    expect(dateNum('2026-09-30')).toBe(20260930);
    expect(dateNum(undefined)).toBeNaN();
  });

  it('carries overflowing days and months like adjustDate', () => {
    expect(adjustDate(20260936)).toBe(20261006);
    expect(adjustDate(20261237)).toBe(20270106);
    expect(adjustDate(20240234)).toBe(20240305);
    expect(adjustDate(20250234)).toBe(20250306);
    expect(adjustDate(20260115)).toBe(20260115);
  });
});
