import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { TR035 } from './tr035.js';
import { ctx, message } from '../test-kit.js';

const f = (code: string, start: string, end?: string): XmlRecord => ({ FunctieCode: code, Ingangsdatum: start, ...(end ? { Einddatum: end } : {}) });
const z = (code: string, start: string, end?: string): XmlRecord => ({ ZzpCode: code, Ingangsdatum: start, ...(end ? { Einddatum: end } : {}) });
const I = '/Bericht/Clienten/Client/Indicatie';

describe('TR035 the same unit indicated twice without overlap', () => {
  it('reports overlapping units with the same code at both', () => {
    const m = message({ Clienten: { Client: [{ Indicatie: { GeindiceerdeFuncties: { GeindiceerdeFunctie: [f('21', '2026-04-01'), f('41', '2026-04-01'), f('21', '2026-05-01', '2026-06-30')] } } }] } });
    expect(TR035.check(m, ctx('IO31')).map((x) => x.path)).toEqual([`${I}/GeindiceerdeFuncties/GeindiceerdeFunctie[1]`, `${I}/GeindiceerdeFuncties/GeindiceerdeFunctie[3]`]);
  });

  it('counts a shared day as overlap, and checks ZZPs', () => {
    const m = message({ Clienten: { Client: [{ Indicatie: { GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [z('753', '2026-01-01', '2026-06-30'), z('753', '2026-06-30')] } } }] } });
    expect(TR035.check(m, ctx('AW33'))).toHaveLength(2);
  });

  it('passes consecutive periods of the same code and overlapping different codes', () => {
    const m = message({
      Client: {
        Indicatie: {
          GeindiceerdeFuncties: { GeindiceerdeFunctie: [f('21', '2026-01-01', '2026-06-30'), f('21', '2026-07-01'), f('31', '2026-01-01')] },
          GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [z('21', '2026-01-01')] },
        },
      },
    });
    expect(TR035.check(m, ctx('ZK31'))).toEqual([]);
  });
});
