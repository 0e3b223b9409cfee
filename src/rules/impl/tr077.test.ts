import { describe, expect, it } from 'vitest';
import { TR077 } from './tr077.js';
import { ctx, message } from '../test-kit.js';
import type { XmlRecord } from '../../messages/model-types.js';

const m = (functies: XmlRecord[]) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenFuncties: { ToegewezenFunctie: functies } } }] } });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie';
const f = (Ingangsdatum: string, Einddatum?: string, FunctieCode = '21', Soort = '1'): XmlRecord => ({ FunctieCode, Soort, Ingangsdatum, ...(Einddatum ? { Einddatum } : {}) });

describe('TR077 same FunctieCode and Soort overlap at most one day', () => {
  it('reports two days of overlap at both functions', () => {
    expect(TR077.check(m([f('2026-01-01', '2026-06-30'), f('2026-06-29', '2026-12-31')]), ctx('AW33')).map((x) => x.path).sort()).toEqual([`${P}[1]`, `${P}[2]`]);
  });

  it('allows exactly one day of overlap, and a one-day function', () => {
    expect(TR077.check(m([f('2026-01-01', '2026-06-30'), f('2026-06-30', '2026-12-31')]), ctx('AW33'))).toEqual([]);
    expect(TR077.check(m([f('2026-01-01', '2026-06-30'), f('2026-03-01', '2026-03-01')]), ctx('AW33'))).toEqual([]);
  });

  it('reports open-ended overlaps', () => {
    expect(TR077.check(m([f('2026-01-01'), f('2026-03-01')]), ctx('ZK33'))).toHaveLength(2);
    expect(TR077.check(m([f('2026-03-01'), f('2026-01-01', '2026-06-30')]), ctx('ZK31'))).toHaveLength(2);
  });

  it('ignores other codes or Soorten and periods apart', () => {
    expect(TR077.check(m([f('2026-01-01', undefined, '21'), f('2026-01-01', undefined, '41')]), ctx('AW33'))).toEqual([]);
    expect(TR077.check(m([f('2026-01-01', undefined, '21', '1'), f('2026-01-01', undefined, '21', '3')]), ctx('AW33'))).toEqual([]);
    expect(TR077.check(m([f('2026-01-01', '2026-01-31'), f('2026-02-01', '2026-02-28')]), ctx('AW33'))).toEqual([]);
  });
});
