import { describe, expect, it } from 'vitest';
import { besideSlot } from './beside.js';

describe('besideSlot', () => {
  it('keeps a value beside an object without making it a property of it', () => {
    const slot = besideSlot<string[]>();
    const o = { A: '1', B: ['2'] };
    const v = ['x'];
    slot.set(o, v);
    expect(slot.get(o)).toBe(v);
    expect(Reflect.ownKeys(o)).toEqual(['A', 'B']);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(JSON.stringify(o)).toBe('{"A":"1","B":["2"]}');
    expect(o).toStrictEqual({ A: '1', B: ['2'] });
    expect(slot.get(structuredClone(o))).toBeUndefined();
    expect(slot.get({ ...o })).toBeUndefined();
  });

  it('replaces the value when set again, and keeps slots apart', () => {
    const a = besideSlot<number>();
    const b = besideSlot<number>();
    const o = {};
    a.set(o, 1);
    a.set(o, 2);
    expect(a.get(o)).toBe(2);
    expect(b.get(o)).toBeUndefined();
    b.set(o, 3);
    expect([a.get(o), b.get(o)]).toEqual([2, 3]);
  });
});
