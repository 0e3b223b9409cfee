import { describe, expect, it } from 'vitest';
import { TR106 } from './tr106.js';
import { ctx, message } from '../test-kit.js';
import type { XmlRecord } from '../../messages/model-types.js';

const zzps = (recs: XmlRecord[]) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: recs } } }] } });
const z = (Ingangsdatum: string, Einddatum?: string, extra: XmlRecord = {}): XmlRecord => ({
  ZzpCode: '755',
  Instelling: '07301234',
  Soort: '1',
  Ingangsdatum,
  ...(Einddatum ? { Einddatum } : {}),
  Leveringsvorm: '4',
  ...extra,
});
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket';

describe('TR106 the same toewijzing does not overlap', () => {
  it('reports overlapping ZZP toewijzingen with the same key at both', () => {
    expect(TR106.check(zzps([z('2026-01-01', '2026-06-30'), z('2026-06-30')]), ctx('AW33')).map((f) => f.path)).toEqual([`${P}[1]`, `${P}[2]`]);
  });

  it('passes periods apart and other keys', () => {
    expect(TR106.check(zzps([z('2026-01-01', '2026-06-29'), z('2026-06-30')]), ctx('AW33'))).toEqual([]);
    expect(TR106.check(zzps([z('2026-01-01'), z('2026-01-01', undefined, { Leveringsvorm: '5' })]), ctx('ZK33'))).toEqual([]);
    expect(TR106.check(zzps([z('2026-01-01'), z('2026-01-01', undefined, { Instelling: '41102233' })]), ctx('ZK31'))).toEqual([]);
  });

  it('compares ToegewezenFuncties on Instelling, FunctieCode and Soort', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            Indicatie: {
              ToegewezenFuncties: {
                ToegewezenFunctie: [
                  { FunctieCode: '21', Instelling: '07301234', Soort: '1', Ingangsdatum: '2026-01-01' },
                  { FunctieCode: '21', Instelling: '07301234', Soort: '1', Ingangsdatum: '2026-02-01' },
                ],
              },
            },
          },
        ],
      },
    });
    expect(TR106.check(m, ctx('AW33'))).toHaveLength(2);
  });

  it('AW39: the same Instelling and Soort for the same ZZP and Leveringsvorm counts whatever the dates', () => {
    const ai = (Instelling: string, ToewijzingIngangsdatum: string): XmlRecord => ({ Instelling, Soort: '1', ToewijzingIngangsdatum });
    const m = message({
      Clienten: {
        Client: [
          {
            Aanvragen: {
              Aanvraag: [
                { ZzpCode: '755', Leveringsvorm: '4', AanvraagInstellingen: { AanvraagInstelling: [ai('07301234', '2026-01-01'), ai('41102233', '2026-01-01')] } },
                { ZzpCode: '755', Leveringsvorm: '4', AanvraagInstellingen: { AanvraagInstelling: [ai('07301234', '2027-01-01')] } },
                { ZzpCode: '755', Leveringsvorm: '5', AanvraagInstellingen: { AanvraagInstelling: [ai('07301234', '2026-01-01')] } },
              ],
            },
          },
        ],
      },
    });
    expect(TR106.check(m, ctx('AW39')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag[1]/AanvraagInstellingen/AanvraagInstelling[1]',
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag[2]/AanvraagInstellingen/AanvraagInstelling',
    ]);
  });
});
