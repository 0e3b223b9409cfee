import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR063 } from './tr063.js';

const BSN = '012345672';
const maz = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05', Instelling: '07301234', Leveringsvorm: '4', StatusAanlevering: '1', ...f });
const aw35 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: recs } }] } });
const ca = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, ZorgLeveringen: { GeleverdeZorg: recs } }] } });
const gz = (id: string, status: string): XmlRecord => ({ GeleverdeZorgID: id, Startdatum: '2026-01-05', ZzpCode: '755', Leveringsvorm: '4', StatusAanlevering: status });
const P = '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket';

describe('TR063 a delete needs an earlier aanlevering', () => {
  it('finds a MAZ delete without an earlier aanlevering of that key and passes one with', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', aw35(maz()));
    const m = aw35(maz({ StatusAanlevering: '3' }), maz({ StatusAanlevering: '3', Begindatum: '2026-01-06' }));
    expect(TR063.check(m, ctx('AW35', {}, h))).toEqual([{ path: `${P}[2]/StatusAanlevering`, detail: 'geen eerdere aanlevering met deze sleutel' }]);
  });

  it('finds a second delete of a deleted record', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', aw35(maz()));
    h.remember('AW35', aw35(maz({ StatusAanlevering: '3' })));
    expect(TR063.check(aw35(maz({ StatusAanlevering: '3' })), ctx('AW35', {}, h))).toEqual([{ path: `${P}/StatusAanlevering`, detail: 'aanlevering is al verwijderd' }]);
  });

  it('looks only in messages of the same kind and ignores new records', () => {
    const h = new InMemoryHistory();
    h.remember('ZK35', aw35(maz()));
    expect(TR063.check(aw35(maz({ StatusAanlevering: '3' })), ctx('AW35', {}, h))).toHaveLength(1);
    expect(TR063.check(aw35(maz({ StatusAanlevering: '3' })), ctx('ZK35', {}, h))).toEqual([]);
    expect(TR063.check(aw35(maz()), ctx('AW35', {}, h))).toEqual([]);
  });

  it('checks MUT records and CA317 by GeleverdeZorgID (a 2 counts as an aanlevering)', () => {
    const h = new InMemoryHistory();
    const mut = { Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Instelling: '07301234', Mutatiecode: '12', Mutatiedatum: '2026-02-01', Leveringsvorm: '4', StatusAanlevering: '3' };
    const aw39 = message({ Clienten: { Client: [{ Bsn: BSN, MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [mut] } }] } });
    expect(TR063.check(aw39, ctx('AW39', {}, h)).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/StatusAanlevering']);
    h.remember('AW39', message({ Clienten: { Client: [{ Bsn: BSN, MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ ...mut, StatusAanlevering: '1' }] } }] } }));
    expect(TR063.check(aw39, ctx('AW39', {}, h))).toEqual([]);

    h.remember('CA317', ca(gz('a', '2')));
    expect(TR063.check(ca(gz('a', '3'), gz('b', '3')), ctx('CA317', {}, h)).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg[2]/StatusAanlevering']);
  });
});
