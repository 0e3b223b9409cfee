import { describe, expect, it } from 'vitest';
import { CD029 } from './cd029.js';
import { ctx, message } from '../test-kit.js';

const functie = { FunctieCode: '21', Ingangsdatum: '2026-01-01', Klasse: 'K3' };
const zzp = (code: string) => ({ ZzpCode: code, Ingangsdatum: '2026-01-01', Klasse: 'KE5' });

describe('CD029 Grondslagen unless empty or only ZZP 999', () => {
  it('reports the first indicated unit when Grondslagen is missing', () => {
    const m = message({
      Clienten: { Client: [{ Indicatie: { GeindiceerdeFuncties: { GeindiceerdeFunctie: [functie] }, GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [zzp('753')] } } }] },
    });
    expect(CD029.check(m, ctx('IO31'))).toEqual([
      { path: '/Bericht/Clienten/Client/Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie', detail: 'Grondslagen ontbreekt' },
    ]);
  });

  it('skips ZZP 999 when looking for the first unit and reads AW317 Indicaties', () => {
    const m = message({
      Clienten: { Client: [{ Indicaties: { Indicatie: [{ GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [zzp('999'), zzp('754')] } }] } }] },
    });
    expect(CD029.check(m, ctx('AW317')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Indicaties/Indicatie/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket[2]',
    ]);
  });

  it('passes an empty indicatie, one with only ZZP 999, and one with Grondslagen', () => {
    expect(CD029.check(message({ Client: { Indicatie: {} } }), ctx('ZK31'))).toEqual([]);
    const only999 = message({ Clienten: { Client: [{ Indicatie: { GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [zzp('999')] } } }] } });
    expect(CD029.check(only999, ctx('IO31'))).toEqual([]);
    const withGrondslagen = message({
      Clienten: { Client: [{ Indicatie: { Grondslagen: { Grondslag01: '01' }, GeindiceerdeFuncties: { GeindiceerdeFunctie: [functie] } } }] },
    });
    expect(CD029.check(withGrondslagen, ctx('AW33'))).toEqual([]);
  });
});
