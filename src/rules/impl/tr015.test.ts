import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { TR015 } from './tr015.js';
import { ctx, message } from '../test-kit.js';

const unit = (start: string): XmlRecord => ({ Ingangsdatum: start });
const I = '/Bericht/Client/Indicatie';

describe('TR015 the smallest unit Ingangsdatum is the Indicatie Ingangsdatum', () => {
  it('reports a differing minimum at the Indicatie Ingangsdatum and every unit Ingangsdatum at the minimum', () => {
    const m = message({
      Client: {
        Indicatie: {
          Ingangsdatum: '2026-03-25',
          GeindiceerdeFuncties: { GeindiceerdeFunctie: [unit('2026-04-01'), unit('2026-05-01')] },
          GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [unit('2026-04-01')] },
        },
      },
    });
    expect(TR015.check(m, ctx('ZK31')).map((f) => f.path)).toEqual([
      `${I}/Ingangsdatum`,
      `${I}/GeindiceerdeFuncties/GeindiceerdeFunctie[1]/Ingangsdatum`,
      `${I}/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket/Ingangsdatum`,
    ]);
  });

  it('reports an Indicatie that starts after its first unit', () => {
    const m = message({ Client: { Indicatie: { Ingangsdatum: '2026-05-01', GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [unit('2026-05-01'), unit('2026-04-30')] } } } });
    expect(TR015.check(m, ctx('ZK31'))).toHaveLength(2);
  });

  it('passes a matching minimum and an Indicatie without units', () => {
    const m = message({
      Clienten: { Client: [{ Indicatie: { Ingangsdatum: '2026-04-01', GeindiceerdeFuncties: { GeindiceerdeFunctie: [unit('2026-05-01'), unit('2026-04-01')] } } }, { Indicatie: { Ingangsdatum: '2026-04-01' } }] },
    });
    expect(TR015.check(m, ctx('IO31'))).toEqual([]);
  });
});
