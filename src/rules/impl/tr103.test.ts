import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR103 } from './tr103.js';

const BSN = '012345672';
const ca317 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, ZorgLeveringen: { GeleverdeZorg: recs } }] } });
const gz = (id: string, status: string): XmlRecord => ({ GeleverdeZorgID: id, Startdatum: '2026-01-05', ZzpCode: '755', Leveringsvorm: '4', StatusAanlevering: status });
const ca319 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, MutatiesZorg: { MutatieZorg: recs } }] } });
const mz = (id: string, status: string): XmlRecord => ({ MutatieZorgID: id, Mutatiecode: '19', Mutatiedatum: '2026-03-01', StatusAanlevering: status });

describe('TR103 a 2 needs an earlier 1', () => {
  it('finds a CA317 change without a first aanlevering of that GeleverdeZorgID', () => {
    const h = new InMemoryHistory();
    h.remember('CA317', ca317(gz('a', '1')));
    expect(TR103.check(ca317(gz('a', '2'), gz('b', '2'), gz('c', '1')), ctx('CA317', {}, h))).toEqual([
      { path: '/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg[2]/StatusAanlevering', detail: 'geen eerste aanlevering van b' },
    ]);
  });

  it('checks CA319 by MutatieZorgID and keeps clients and kinds apart', () => {
    const h = new InMemoryHistory();
    h.remember('CA317', ca317(gz('m1', '1')));
    expect(TR103.check(ca319(mz('m1', '2')), ctx('CA319', {}, h))).toHaveLength(1);
    h.remember('CA319', ca319(mz('m1', '1')));
    expect(TR103.check(ca319(mz('m1', '2')), ctx('CA319', {}, h))).toEqual([]);
    const other = message({ Clienten: { Client: [{ Bsn: '111222333', MutatiesZorg: { MutatieZorg: [mz('m1', '2')] } }] } });
    expect(TR103.check(other, ctx('CA319', {}, h)).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/MutatiesZorg/MutatieZorg/StatusAanlevering']);
  });
});
