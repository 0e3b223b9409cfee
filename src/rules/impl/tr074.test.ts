import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR074 } from './tr074.js';

const BSN = '012345672';
const maz = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05', Instelling: '07301234', Leveringsvorm: '4', StatusAanlevering: '1', ...f });
const aw35 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: recs } }] } });
const ca319 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, MutatiesZorg: { MutatieZorg: recs } }] } });
const mz = (id: string, status: string): XmlRecord => ({ MutatieZorgID: id, Mutatiecode: '19', Mutatiedatum: '2026-03-01', StatusAanlevering: status });
const P = '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket';

describe('TR074 a new record key is unique over all messages', () => {
  it('finds a new MAZ whose key was received before and passes a new key', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', aw35(maz()));
    expect(TR074.check(aw35(maz(), maz({ Begindatum: '2026-01-06' })), ctx('AW35', {}, h))).toEqual([{ path: `${P}[1]`, detail: 'een aanlevering met deze sleutel is al ontvangen' }]);
  });

  it('allows the key again after a delete (a change is 3 then 1), not after a second 1', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', aw35(maz()));
    h.remember('AW35', aw35(maz({ StatusAanlevering: '3' })));
    expect(TR074.check(aw35(maz()), ctx('AW35', {}, h))).toEqual([]);
    h.remember('AW35', aw35(maz()));
    expect(TR074.check(aw35(maz()), ctx('AW35', {}, h))).toHaveLength(1);
  });

  it('takes Leveringsvorm into the key, compares Besluitnummer as an integer, and keeps kinds apart', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', aw35(maz()));
    expect(TR074.check(aw35(maz({ Leveringsvorm: '5' })), ctx('AW35', {}, h))).toEqual([]);
    expect(TR074.check(aw35(maz({ Besluitnummer: '0007' })), ctx('AW35', {}, h))).toHaveLength(1);
    expect(TR074.check(aw35(maz()), ctx('ZK35', {}, h))).toEqual([]);
  });

  it('checks CA319 by MutatieZorgID (and CA317 alike)', () => {
    const h = new InMemoryHistory();
    h.remember('CA319', ca319(mz('m1', '1')));
    expect(TR074.check(ca319(mz('m1', '1'), mz('m2', '1'), mz('m1', '2')), ctx('CA319', {}, h)).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/MutatiesZorg/MutatieZorg[1]']);
  });
});
