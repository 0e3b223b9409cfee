import { describe, expect, it } from 'vitest';
import { TR079 } from './tr079.js';
import { ctx, message } from '../test-kit.js';

const m = (indicaties: [string, string][]) =>
  message({
    Clienten: { Client: [{ Indicaties: { Indicatie: indicaties.map(([nr, datum]) => ({ VolgnummerIndicatie: nr, Afgiftedatum: datum })) } }] },
  });
const at = (i: number) => `/Bericht/Clienten/Client/Indicaties/Indicatie[${i}]`;

describe('TR079 volgnummers follow the Afgiftedatum', () => {
  it('passes numbers that rise with the Afgiftedatum, in any order', () => {
    expect(TR079.check(m([['3', '2025-11-20'], ['4', '2026-05-20']]), ctx('AW317'))).toEqual([]);
    expect(TR079.check(m([['4', '2026-05-20'], ['3', '2025-11-20'], ['10', '2026-06-01']]), ctx('AW317'))).toEqual([]);
  });

  it('reports each pair numbered against the date order at both Indicaties', () => {
    expect(TR079.check(m([['3', '2025-11-20'], ['3', '2026-05-20']]), ctx('AW317')).map((f) => f.path)).toEqual([at(1), at(2)]);
    expect(TR079.check(m([['1', '2026-05-20'], ['2', '2025-11-20'], ['3', '2025-12-01']]), ctx('AW317')).map((f) => f.path)).toEqual([
      at(1),
      at(2),
      at(1),
      at(3),
    ]);
  });

  it('compares numbers, not text, and ignores equal dates', () => {
    expect(TR079.check(m([['9', '2025-11-20'], ['10', '2026-05-20']]), ctx('AW317'))).toEqual([]);
    expect(TR079.check(m([['5', '2026-05-20'], ['5', '2026-05-20']]), ctx('AW317'))).toEqual([]);
  });
});
