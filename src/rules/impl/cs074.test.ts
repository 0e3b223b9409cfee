import { describe, expect, it } from 'vitest';
import { CS074 } from './cs074.js';
import { ctx, message } from '../test-kit.js';

describe('CS074 ZZP Klasse KE4–KE7', () => {
  const aw33 = message({
    Clienten: {
      Client: [
        {
          Indicatie: {
            GeindiceerdeFuncties: { GeindiceerdeFunctie: [{ Klasse: 'K3' }] },
            GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [{ Klasse: 'KE3' }] },
            ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Klasse: 'KE4' }, { Klasse: '99' }, {}] },
          },
        },
      ],
    },
  });

  it('reports geindiceerde and toegewezen ZZP Klassen outside KE4–KE7, not function Klassen', () => {
    expect(CS074.check(aw33, ctx('AW33')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Indicatie/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket/Klasse',
      '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[2]/Klasse',
    ]);
  });

  it('IO31 checks only the geindiceerde ZZPs', () => {
    expect(CS074.check(aw33, ctx('IO31'))).toHaveLength(1);
  });

  it('checks Aanvraag Klasse (AW39) and GeleverdeZorg Klasse (CA317)', () => {
    const aw39 = message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Klasse: 'KE7' }, { Klasse: 'KE1' }] } }] } });
    expect(CS074.check(aw39, ctx('ZK39')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/Aanvragen/Aanvraag[2]/Klasse']);
    const ca317 = message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: [{ Klasse: 'KE5' }] } }] } });
    expect(CS074.check(ca317, ctx('CA317'))).toEqual([]);
  });

  it('checks the AW317 and AW35 ZZPs', () => {
    const aw317 = message({
      Clienten: { Client: [{ Indicaties: { Indicatie: [{ GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [{ Klasse: 'KE8' }] } }] } }] },
    });
    expect(CS074.check(aw317, ctx('AW317'))).toHaveLength(1);
    const aw35 = message({ Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [{ Klasse: 'K1' }] } }] } });
    expect(CS074.check(aw35, ctx('AW35'))).toHaveLength(1);
    expect(CS074.check(aw35, ctx('CA319'))).toEqual([]);
  });
});
