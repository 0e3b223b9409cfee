import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { TR014 } from './tr014.js';
import { ctx, message } from '../test-kit.js';

const unit = (start: string, end?: string): XmlRecord => ({ Ingangsdatum: start, ...(end ? { Einddatum: end } : {}) });
const ind = (indicatie: XmlRecord) => message({ Clienten: { Client: [{ Indicatie: indicatie }] } });
const I = '/Bericht/Clienten/Client/Indicatie';
const paths = (m: XmlRecord, kind: Parameters<typeof ctx>[0] = 'IO31') => TR014.check(m, ctx(kind)).map((f) => f.path);

describe('TR014 the largest unit Einddatum is the Indicatie Einddatum', () => {
  it('reports an Indicatie Einddatum while a unit is open, at the Indicatie Einddatum', () => {
    const m = ind({ Einddatum: '2027-03-31', GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [unit('2026-04-01', '2026-09-30'), unit('2026-10-01')] } });
    expect(paths(m)).toEqual([`${I}/Einddatum`]);
  });

  it('reports a differing maximum at the Indicatie Einddatum and every unit Einddatum at the maximum', () => {
    const m = ind({
      Einddatum: '2027-12-31',
      GeindiceerdeFuncties: { GeindiceerdeFunctie: [unit('2026-01-01', '2028-06-30'), unit('2026-01-01', '2027-12-31')] },
      GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [unit('2026-01-01', '2028-06-30')] },
    });
    expect(paths(m)).toEqual([
      `${I}/Einddatum`,
      `${I}/GeindiceerdeFuncties/GeindiceerdeFunctie[1]/Einddatum`,
      `${I}/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket/Einddatum`,
    ]);
  });

  it('reports every unit Einddatum when all units end but the Indicatie does not', () => {
    const m = ind({ GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [unit('2026-01-01', '2026-06-30'), unit('2026-07-01', '2026-12-31')] } });
    expect(paths(m)).toEqual([
      `${I}/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket[1]/Einddatum`,
      `${I}/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket[2]/Einddatum`,
    ]);
  });

  it('passes a matching maximum and an open Indicatie with an open unit', () => {
    expect(paths(ind({ Einddatum: '2026-12-31', GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [unit('2026-01-01', '2026-06-30'), unit('2026-07-01', '2026-12-31')] } }))).toEqual([]);
    expect(paths(ind({ GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [unit('2026-01-01', '2026-06-30'), unit('2026-07-01')] } }))).toEqual([]);
  });

  it('follows which Indicaties the stylesheet checks per message', () => {
    const functiesOnly = ind({ Einddatum: '2027-12-31', GeindiceerdeFuncties: { GeindiceerdeFunctie: [unit('2026-01-01')] } });
    expect(paths(functiesOnly, 'IO31')).toEqual([`${I}/Einddatum`]);
    expect(paths(functiesOnly, 'ZK33')).toEqual([`${I}/Einddatum`]);
    // AW33 checks an Indicatie only with a toewijzing or an indicated ZZP
    expect(paths(functiesOnly, 'AW33')).toEqual([]);
    const zzpOnly = ind({ Einddatum: '2027-12-31', GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [unit('2026-01-01')] } });
    expect(paths(zzpOnly, 'AW33')).toEqual([`${I}/Einddatum`]);
    // ZK33 only checks an Indicatie with a GeindiceerdeFunctie
    expect(paths(zzpOnly, 'ZK33')).toEqual([]);
    // AW33 with only a toewijzing: no unit to report, reported at the Indicatie
    const toewijzingOnly = ind({ ToegewezenFuncties: { ToegewezenFunctie: [unit('2026-01-01')] } });
    expect(paths(toewijzingOnly, 'AW33')).toEqual([I]);
  });
});
