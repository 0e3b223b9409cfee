import { describe, expect, it } from 'vitest';
import { CS023 } from './cs023.js';
import { ctx, message } from '../test-kit.js';

const DAG = '/Bericht/Header/BerichtIdentificatie/Dagtekening';
const paths = (m: ReturnType<typeof message>, kind: Parameters<typeof ctx>[0]) => CS023.check(m, ctx(kind)).map((f) => f.path);

// the test-kit Dagtekening is 2026-11-02
describe('CS023 dates not after the Dagtekening', () => {
  it('reports birth dates and the Afgiftedatum after the Dagtekening, each with the Dagtekening', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            Geboortedatum: { Datum: '2026-11-03' },
            Relaties: { Relatie: [{ Geboortedatum: { Datum: '2026-11-02' } }, { Geboortedatum: { Datum: '2027-01-01' } }] },
            Indicatie: { Afgiftedatum: '2026-11-03', Ingangsdatum: '2027-01-01' },
          },
        ],
      },
    });
    expect(paths(m, 'IO31')).toEqual([
      DAG,
      '/Bericht/Clienten/Client/Geboortedatum/Datum',
      DAG,
      '/Bericht/Clienten/Client/Relaties/Relatie[2]/Geboortedatum/Datum',
      DAG,
      '/Bericht/Clienten/Client/Indicatie/Afgiftedatum',
    ]);
  });

  it('checks Toewijzingsdatum, MAZ Begindatum, Mutatiedatum and Startdatum but not the wachtlijst', () => {
    const late = '2026-11-03';
    expect(paths(message({ Client: { Indicatie: { ToegewezenFuncties: { ToegewezenFunctie: [{ Toewijzingsdatum: late }] } } } }), 'ZK31')).toEqual([
      DAG,
      '/Bericht/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/Toewijzingsdatum',
    ]);
    expect(paths(message({ Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [{ Begindatum: late }] } }] } }), 'AW35')).toHaveLength(2);
    expect(paths(message({ Clienten: { Client: [{ MutatieFuncties: { MutatieFunctie: [{ Begindatum: late, Mutatiedatum: late }] } }] } }), 'AW39')).toEqual([
      DAG,
      '/Bericht/Clienten/Client/MutatieFuncties/MutatieFunctie/Mutatiedatum',
    ]);
    expect(paths(message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: [{ Startdatum: late }] } }] } }), 'CA317')).toHaveLength(2);
    const wachtlijst = message({
      Clienten: { Client: [{ Indicaties: { Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: [{ Toewijzingsdatum: late, Mutatiedatum: late }] } }] } }] },
    });
    expect(paths(wachtlijst, 'AW317')).toEqual([]);
  });

  it('reports an AW317 Periode Begindatum after the Dagtekening once', () => {
    const m = message({ Clienten: { Client: [{ Bsn: '1' }, { Bsn: '2' }] } }, { Periode: { Begindatum: '2026-11-03', Einddatum: '2026-11-30' } });
    expect(paths(m, 'AW317')).toEqual([DAG, '/Bericht/Header/Periode/Begindatum']);
  });

  it('passes dates on the Dagtekening', () => {
    const m = message({ Clienten: { Client: [{ MutatiesZorg: { MutatieZorg: [{ Mutatiedatum: '2026-11-02' }] } }] } });
    expect(paths(m, 'CA319')).toEqual([]);
  });
});
