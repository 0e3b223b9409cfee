import { describe, expect, it } from 'vitest';
import { CS003 } from './cs003.js';
import { ctx, message } from '../test-kit.js';

const paths = (m: ReturnType<typeof message>, kind: Parameters<typeof ctx>[0] = 'IO31') => CS003.check(m, ctx(kind)).map((f) => f.path);

describe('CS003 Einddatum not before the start of its period', () => {
  it('reports Indicatie, unit and toewijzing end dates before their Ingangsdatum at both dates', () => {
    const m = message({
      Client: {
        Indicatie: {
          Ingangsdatum: '2026-04-01',
          Einddatum: '2026-03-31',
          GeindiceerdeFuncties: { GeindiceerdeFunctie: [{ Ingangsdatum: '2026-04-01', Einddatum: '2026-04-01' }] },
          ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Ingangsdatum: '2026-05-01', Einddatum: '2026-04-30' }] },
        },
      },
    });
    expect(paths(m, 'ZK31')).toEqual([
      '/Bericht/Client/Indicatie/Einddatum',
      '/Bericht/Client/Indicatie/Ingangsdatum',
      '/Bericht/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Einddatum',
      '/Bericht/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Ingangsdatum',
    ]);
  });

  it('reports a Contact/Periode Einddatum without or before its Begindatum, also under a Relatie', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            Relaties: { Relatie: [{ Contact: { Periode: { Begindatum: '2026-02-01', Einddatum: '2026-01-31' } } }] },
            Contactgegevens: { Contact: [{ Soort: '01' }, { Soort: '04', Periode: { Einddatum: '2026-01-31' } }] },
          },
        ],
      },
    });
    expect(paths(m)).toEqual([
      '/Bericht/Clienten/Client/Relaties/Relatie/Contact/Periode/Einddatum',
      '/Bericht/Clienten/Client/Relaties/Relatie/Contact/Periode/Begindatum',
      '/Bericht/Clienten/Client/Contactgegevens/Contact[2]/Periode/Einddatum',
    ]);
  });

  it('checks the AanvraagInstelling ToewijzingEinddatum (AW39) but not the AW317 header Periode', () => {
    const aw39 = message({
      Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ AanvraagInstellingen: { AanvraagInstelling: [{ ToewijzingIngangsdatum: '2026-11-15', ToewijzingEinddatum: '2026-11-14' }] } }] } }] },
    });
    expect(paths(aw39, 'AW39')).toEqual([
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag/AanvraagInstellingen/AanvraagInstelling/ToewijzingEinddatum',
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag/AanvraagInstellingen/AanvraagInstelling/ToewijzingIngangsdatum',
    ]);
    const aw317 = message({ Clienten: { Client: [] } }, { Periode: { Begindatum: '2026-10-01', Einddatum: '2026-09-30' } });
    expect(paths(aw317, 'AW317')).toEqual([]);
  });

  it('passes open and same-day periods', () => {
    const m = message({ Clienten: { Client: [{ Indicatie: { Ingangsdatum: '2026-04-01', Einddatum: '2026-04-01', GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [{ Ingangsdatum: '2026-04-01' }] } } }] } });
    expect(paths(m, 'AW33')).toEqual([]);
  });
});
