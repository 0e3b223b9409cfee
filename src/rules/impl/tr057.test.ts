import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { TR057 } from './tr057.js';
import { ctx, message } from '../test-kit.js';

const z = (code: string, start: string, end?: string): XmlRecord => ({ ZzpCode: code, Ingangsdatum: start, ...(end ? { Einddatum: end } : {}) });
const Z = '/Bericht/Clienten/Client/Indicatie/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket';
const zzps = (...list: XmlRecord[]) => message({ Clienten: { Client: [{ Indicatie: { GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: list } } }] } });

describe('TR057 indicated ZZPs without overlap', () => {
  it('reports every overlapping pair at both ZZPs, whatever their codes', () => {
    expect(TR057.check(zzps(z('753', '2026-04-01', '2026-09-30'), z('755', '2026-09-30')), ctx('IO31')).map((x) => x.path)).toEqual([`${Z}[1]`, `${Z}[2]`]);
    expect(TR057.check(zzps(z('753', '2026-01-01'), z('755', '2026-03-01', '2026-04-01'), z('756', '2026-05-01')), ctx('ZK33'))).toHaveLength(4); // 1–2 and 1–3; 2 ends before 3
  });

  it('passes consecutive ZZPs', () => {
    expect(TR057.check(zzps(z('753', '2026-04-01', '2026-09-30'), z('755', '2026-10-01')), ctx('AW33'))).toEqual([]);
    expect(TR057.check(zzps(z('753', '2026-04-01')), ctx('AW33'))).toEqual([]);
  });
});
