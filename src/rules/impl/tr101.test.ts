import { describe, expect, it } from 'vitest';
import { TR101 } from './tr101.js';
import { ctx, message } from '../test-kit.js';

describe('TR101 no duplicate records', () => {
  it('reports each duplicate pair of siblings at both records', () => {
    const m = message({
      Clienten: { Client: [{ Indicatie: { Beperkingen: { Beperking: [{ Categorie: '1' }, { Categorie: '5' }, { Categorie: '1' }, { Categorie: '1' }] } } }] },
    });
    const b = (n: number) => `/Bericht/Clienten/Client/Indicatie/Beperkingen/Beperking[${n}]`;
    expect(TR101.check(m, ctx('IO31')).map((f) => f.path)).toEqual([b(1), b(3), b(1), b(4), b(3), b(4)]);
  });

  it('compares every key field, normalized, absent fields as empty', () => {
    const t = (instelling: string | undefined, soort = '1') => ({ ZzpCode: '756', Ingangsdatum: '2026-01-01', Leveringsvorm: '4', Soort: soort, ...(instelling ? { Instelling: instelling } : {}) });
    const m = message({
      Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [t('07301234'), t('07301234 ', '3'), t(undefined), t(undefined)] } } }] },
    });
    const p = (n: number) => `/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[${n}]`;
    expect(TR101.check(m, ctx('AW33')).map((f) => f.path)).toEqual([p(1), p(2), p(3), p(4)]);
  });

  it('compares the written keys when a field holds < or > (fields that differ can still make equal keys)', () => {
    // <x><y><>… written both ways: the stylesheet's keys are equal, the fields are not
    const z = (ingangsdatum: string, zzpCode: string) => ({ Ingangsdatum: ingangsdatum, ZzpCode: zzpCode });
    const m = message({
      Clienten: { Client: [{ Indicatie: { GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [z('x><y', ''), z('x', 'y><'), z('x', 'y')] } } }] },
    });
    const p = (n: number) => `/Bericht/Clienten/Client/Indicatie/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket[${n}]`;
    const found = TR101.check(m, ctx('AW33'));
    expect(found.map((f) => f.path)).toEqual([p(1), p(2)]);
    expect(found[0]!.detail).toBe('GeindiceerdZorgzwaartepakket Ingangsdatum+ZzpCode <x><y><>');
  });

  it('uses the keys of the kind: Aanvraag for AW39, GeleverdeZorgID for CA317, VolgnummerIndicatie for AW317', () => {
    const aw39 = message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Besluitnummer: '1', Afgiftedatum: 'd', Instelling: 'i', ZzpCode: 'z' }, { Besluitnummer: '1', Afgiftedatum: 'd', Instelling: 'i', ZzpCode: 'z', Klasse: 'KE4' }] } }] } });
    expect(TR101.check(aw39, ctx('AW39'))).toHaveLength(2);
    const ca317 = message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: [{ GeleverdeZorgID: 'a' }, { GeleverdeZorgID: 'b' }] } }] } });
    expect(TR101.check(ca317, ctx('CA317'))).toEqual([]);
    const aw317 = message({ Clienten: { Client: [{ Indicaties: { Indicatie: [{ VolgnummerIndicatie: '1', Afgiftedatum: 'a' }, { VolgnummerIndicatie: '1', Afgiftedatum: 'b' }] } }] } });
    expect(TR101.check(aw317, ctx('AW317'))).toHaveLength(2);
  });

  it('only compares siblings, and duplicate clients in one message', () => {
    const twoClients = message({ Clienten: { Client: [{ Bsn: '012345672', Indicatie: { Beperkingen: { Beperking: [{ Categorie: '1' }] } } }, { Bsn: '012345672', Indicatie: { Beperkingen: { Beperking: [{ Categorie: '1' }] } } }] } });
    expect(TR101.check(twoClients, ctx('IO31')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[1]', '/Bericht/Clienten/Client[2]']);
  });
});
