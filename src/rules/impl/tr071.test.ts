import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR071 } from './tr071.js';

const BSN = '012345672';
const maz = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05', Instelling: '07301234', Leveringsvorm: '4', StatusAanlevering: '3', ...f });
const aw35 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: recs } }] } });
const mut = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05', Instelling: '07301234', Mutatiecode: '19', Mutatiedatum: '2026-03-01', Leveringsvorm: '4', StatusAanlevering: '1', ...f });
const aw39 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: recs } }] } });
const P = '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket';

describe('TR071 no MAZ delete after a MUT', () => {
  it('finds a MAZ delete after an einde-zorg MUT of that MAZ', () => {
    const h = new InMemoryHistory();
    h.remember('AW39', aw39(mut()));
    expect(TR071.check(aw35(maz(), maz({ Begindatum: '2026-02-01' })), ctx('AW35', {}, h))).toEqual([
      { path: `${P}[1]/StatusAanlevering`, detail: 'mutatie met Mutatiedatum 2026-03-01 al verstuurd' },
    ]);
  });

  it('passes once that MUT is deleted, and passes new MAZ records', () => {
    const h = new InMemoryHistory();
    h.remember('AW39', aw39(mut()));
    expect(TR071.check(aw35(maz({ StatusAanlevering: '1' })), ctx('AW35', {}, h))).toEqual([]);
    h.remember('AW39', aw39(mut({ StatusAanlevering: '3' })));
    expect(TR071.check(aw35(maz()), ctx('AW35', {}, h))).toEqual([]);
  });

  it('ignores MUTs of another toewijzing, without Begindatum, or of another kind', () => {
    const h = new InMemoryHistory();
    const uitstel = mut({ Mutatiecode: '12', Mutatiedatum: '2026-01-02' });
    delete uitstel.Begindatum;
    h.remember('AW39', aw39(uitstel, mut({ Instelling: '07309999' })));
    h.remember('ZK39', aw39(mut()));
    expect(TR071.check(aw35(maz()), ctx('AW35', {}, h))).toEqual([]);
    expect(TR071.check(aw35(maz()), ctx('ZK35', {}, h))).toHaveLength(1);
  });
});
