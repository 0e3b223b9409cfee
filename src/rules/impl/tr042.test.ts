import { describe, expect, it } from 'vitest';
import { TR042 } from './tr042.js';
import { ctx, message } from '../test-kit.js';

const agb = new Set(['07301234', '41102233']);

describe('TR042 AGB codes are valid (against the configured list)', () => {
  it('needs the AGB list', () => {
    expect(TR042.needs).toBe('agbList');
  });

  it('reports unknown toewijzing Instelling, Dossierhouder and CoordinatorZorgThuis codes', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            Indicatie: {
              ToegewezenFuncties: { ToegewezenFunctie: [{ Instelling: '99999999' }] },
              ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Instelling: '07301234', Dossierhouder: '12345678', CoordinatorZorgThuis: '41102233' }] },
            },
          },
        ],
      },
    });
    expect(TR042.check(m, ctx('AW33', { agb })).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/Instelling',
      '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Dossierhouder',
    ]);
  });

  it('checks the AW39 Aanvraag, AanvraagInstelling and mutatie codes', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ Instelling: '07301234', InstellingBestemming: '00000001' }] },
            Aanvragen: { Aanvraag: [{ Instelling: '07301234', AanvraagInstellingen: { AanvraagInstelling: [{ Instelling: '00000002' }] } }] },
          },
        ],
      },
    });
    expect(TR042.check(m, ctx('AW39', { agb })).map((f) => f.path).sort()).toEqual([
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag/AanvraagInstellingen/AanvraagInstelling/Instelling',
      '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/InstellingBestemming',
    ]);
  });

  it('checks IO31 InstellingVoorkeur and CA317 Instelling, and passes known codes', () => {
    const io31 = message({ Clienten: { Client: [{ Indicatie: { GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [{ InstellingVoorkeur: '11111111' }] } } }] } });
    expect(TR042.check(io31, ctx('IO31', { agb }))).toHaveLength(1);
    const ca317 = message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: [{ Instelling: '41102233' }] } }] } });
    expect(TR042.check(ca317, ctx('CA317', { agb }))).toEqual([]);
    expect(TR042.check(ca317, ctx('CA317', { agb: new Set() }))).toHaveLength(1);
  });
});
