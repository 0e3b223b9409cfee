import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR020 } from './tr020.js';

const BSN = '012345672';
const aw33 = (einddatum?: string): XmlRecord =>
  message({
    Clienten: {
      Client: [
        {
          Bsn: BSN,
          Indicatie: {
            Besluitnummer: '7',
            ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ ZzpCode: '755', Instelling: '07301234', Ingangsdatum: '2026-01-01', Leveringsvorm: '4', ...(einddatum ? { Einddatum: einddatum } : {}) }] },
          },
        },
      ],
    },
  });
const mut = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05', Instelling: '07301234', Mutatiecode: '19', Mutatiedatum: '2026-03-31', Leveringsvorm: '4', StatusAanlevering: '1', ...f });
const aw39 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: recs } }] } });
const P = '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket';

describe('TR020 Mutatiedatum not after the toewijzing Einddatum', () => {
  it('finds a Mutatiedatum after the Einddatum and passes one on it', () => {
    const h = new InMemoryHistory();
    h.remember('AW33', aw33('2026-03-31'));
    expect(TR020.check(aw39(mut(), mut({ Mutatiedatum: '2026-04-01' })), ctx('AW39', {}, h))).toEqual([
      { path: `${P}[2]/Mutatiedatum`, detail: 'Mutatiedatum 2026-04-01 na Einddatum toewijzing 2026-03-31' },
    ]);
  });

  it('passes an open toewijzing, an unknown toewijzing and a delete', () => {
    const open = new InMemoryHistory();
    open.remember('ZK33', aw33());
    expect(TR020.check(aw39(mut({ Mutatiedatum: '2030-01-01' })), ctx('ZK39', {}, open))).toEqual([]);
    const closed = new InMemoryHistory();
    closed.remember('AW33', aw33('2026-03-31'));
    expect(TR020.check(aw39(mut({ Mutatiedatum: '2026-04-01', Besluitnummer: '8' })), ctx('AW39', {}, closed))).toEqual([]);
    expect(TR020.check(aw39(mut({ Mutatiedatum: '2026-04-01', StatusAanlevering: '3' })), ctx('AW39', {}, closed))).toEqual([]);
  });

  it('checks MutatieFunctie records', () => {
    const h = new InMemoryHistory();
    h.remember('ZK33', message({ Clienten: { Client: [{ Bsn: BSN, Indicatie: { Besluitnummer: '7', ToegewezenFuncties: { ToegewezenFunctie: [{ FunctieCode: '41', Instelling: '07301234', Ingangsdatum: '2026-01-01', Einddatum: '2026-02-28' }] } } }] } }));
    const m = message({ Clienten: { Client: [{ Bsn: BSN, MutatieFuncties: { MutatieFunctie: [{ Besluitnummer: '7', FunctieCode: '41', ToewijzingIngangsdatum: '2026-01-01', Instelling: '07301234', Mutatiecode: '19', Mutatiedatum: '2026-03-01', StatusAanlevering: '1' }] } }] } });
    expect(TR020.check(m, ctx('ZK39', {}, h)).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/MutatieFuncties/MutatieFunctie/Mutatiedatum']);
  });
});
