import { describe, expect, it } from 'vitest';
import { ConvertError, date, dateTimeAmsterdam, int, jaNee } from './converters.js';

describe('converters (BRIEF §5.9)', () => {
  it('date copies a message date verbatim and refuses anything else', () => {
    expect(date('2026-02-28')).toBe('2026-02-28');
    expect(() => date('2026-02-28Z')).toThrow(ConvertError);
    expect(() => date('28-02-2026')).toThrow(ConvertError);
  });

  it('int normalises xs:integer forms', () => {
    expect(int('007')).toBe(7);
    expect(int('+100200301')).toBe(100200301);
    expect(int('-0')).toBe(0);
    expect(Object.is(int('-0'), -0)).toBe(false);
    expect(() => int('3,5')).toThrow(ConvertError);
    expect(() => int('99999999999999999999')).toThrow(/too large/);
  });

  it('jaNee keeps the codes 1 and 2 and refuses others', () => {
    expect(jaNee('1')).toBe('1');
    expect(jaNee('2')).toBe('2');
    expect(() => jaNee('true')).toThrow(ConvertError);
    expect(() => jaNee('0')).toThrow(ConvertError);
  });

  it('dateTimeAmsterdam gives the winter and summer offsets', () => {
    expect(dateTimeAmsterdam('2026-01-15', '09:00:00')).toBe('2026-01-15T09:00:00+01:00');
    expect(dateTimeAmsterdam('2026-09-20', '09:00:00')).toBe('2026-09-20T09:00:00+02:00');
    expect(dateTimeAmsterdam('2026-09-20', '23:59:59.5')).toBe('2026-09-20T23:59:59.5+02:00');
  });

  it('dateTimeAmsterdam reads the doubled autumn hour as summer time and moves a spring-gap time forward', () => {
    // 25 Oct 2026: 03:00 CEST → 02:00 CET, so 02:30 occurs twice.
    expect(dateTimeAmsterdam('2026-10-25', '02:30:00')).toBe('2026-10-25T02:30:00+02:00');
    expect(dateTimeAmsterdam('2026-10-25', '03:30:00')).toBe('2026-10-25T03:30:00+01:00');
    // 29 Mar 2026: 02:00 CET → 03:00 CEST, so 02:30 does not exist.
    expect(dateTimeAmsterdam('2026-03-29', '02:30:00')).toBe('2026-03-29T03:30:00+02:00');
    expect(dateTimeAmsterdam('2026-03-29', '01:59:59')).toBe('2026-03-29T01:59:59+01:00');
  });

  it('dateTimeAmsterdam refuses a time with a zone', () => {
    expect(() => dateTimeAmsterdam('2026-01-15', '09:00:00Z')).toThrow(ConvertError);
  });
});
