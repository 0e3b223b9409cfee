import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR104 } from './tr104.js';

const BSN = '012345672';
const ca317 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, ZorgLeveringen: { GeleverdeZorg: recs } }] } });
const gz = (id: string, status: string): XmlRecord => ({ GeleverdeZorgID: id, Startdatum: '2026-01-05', ZzpCode: '755', Leveringsvorm: '4', StatusAanlevering: status });
const ca319 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, MutatiesZorg: { MutatieZorg: recs } }] } });
const mz = (id: string, status: string): XmlRecord => ({ MutatieZorgID: id, Mutatiecode: '19', Mutatiedatum: '2026-03-01', StatusAanlevering: status });

describe('TR104 a deleted record cannot be changed', () => {
  it('finds a CA317 change after a delete and passes one after a resubmission', () => {
    const h = new InMemoryHistory();
    h.remember('CA317', ca317(gz('a', '1'), gz('b', '1')));
    h.remember('CA317', ca317(gz('a', '3'), gz('b', '2')));
    expect(TR104.check(ca317(gz('a', '2'), gz('b', '2')), ctx('CA317', {}, h))).toEqual([
      { path: '/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg[1]/StatusAanlevering', detail: 'a is verwijderd' },
    ]);
    h.remember('CA317', ca317(gz('a', '1')));
    expect(TR104.check(ca317(gz('a', '2')), ctx('CA317', {}, h))).toEqual([]);
  });

  it('checks CA319 and only changes (2)', () => {
    const h = new InMemoryHistory();
    h.remember('CA319', ca319(mz('m1', '1')));
    h.remember('CA319', ca319(mz('m1', '3')));
    expect(TR104.check(ca319(mz('m1', '2')), ctx('CA319', {}, h)).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/MutatiesZorg/MutatieZorg/StatusAanlevering']);
    expect(TR104.check(ca319(mz('m1', '1')), ctx('CA319', {}, h))).toEqual([]);
  });
});
