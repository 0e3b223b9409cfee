import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR118 } from './tr118.js';

const BSN = '012345672';
const ca317 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, ZorgLeveringen: { GeleverdeZorg: recs } }] } });
const gz = (id: string, status: string): XmlRecord => ({ GeleverdeZorgID: id, Startdatum: '2026-01-05', ZzpCode: '755', Leveringsvorm: '4', StatusAanlevering: status });
const ca319 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, MutatiesZorg: { MutatieZorg: recs } }] } });
const mz = (id: string, status = '1'): XmlRecord => ({ MutatieZorgID: id, Mutatiecode: '19', Mutatiedatum: '2026-03-01', StatusAanlevering: status });
const P = '/Bericht/Clienten/Client/MutatiesZorg/MutatieZorg';

describe('TR118 MutatieZorgID matches a current CA317 GeleverdeZorgID', () => {
  it('passes a MutatieZorgID a CA317 announced and finds an unknown one', () => {
    const h = new InMemoryHistory();
    h.remember('CA317', ca317(gz('a', '1')));
    expect(TR118.check(ca319(mz('a'), mz('b')), ctx('CA319', {}, h))).toEqual([{ path: `${P}[2]/MutatieZorgID`, detail: 'geen actuele GeleverdeZorg b' }]);
  });

  it('finds a MutatieZorgID whose GeleverdeZorg was deleted, but not a delete of the mutatie', () => {
    const h = new InMemoryHistory();
    h.remember('CA317', ca317(gz('a', '1')));
    h.remember('CA317', ca317(gz('a', '3')));
    expect(TR118.check(ca319(mz('a', '2')), ctx('CA319', {}, h))).toHaveLength(1);
    expect(TR118.check(ca319(mz('a', '3')), ctx('CA319', {}, h))).toEqual([]);
    h.remember('CA317', ca317(gz('a', '1')));
    expect(TR118.check(ca319(mz('a')), ctx('CA319', {}, h))).toEqual([]);
  });
});
