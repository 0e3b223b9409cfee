import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR069 } from './tr069.js';

const BSN = '012345672';
const maz = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05', Instelling: '07301234', Leveringsvorm: '4', StatusAanlevering: '1', ...f });
const aw35 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: recs } }] } });
const mut = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05', Instelling: '07301234', Mutatiecode: '19', Mutatiedatum: '2026-03-01', Leveringsvorm: '4', StatusAanlevering: '1', ...f });
const aw39 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: recs } }] } });
const P = '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket';

describe('TR069 MUT Begindatum = that of the current MAZ', () => {
  it('passes the Begindatum of the MAZ and finds another one', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', aw35(maz()));
    expect(TR069.check(aw39(mut(), mut({ Begindatum: '2026-01-06', Mutatiedatum: '2026-03-02' })), ctx('AW39', {}, h))).toEqual([
      { path: `${P}[2]/Begindatum`, detail: 'Begindatum 2026-01-06, actuele melding aanvang zorg 2026-01-05' },
    ]);
  });

  it('takes the latest MAZ in force on or before Mutatiedatum', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', aw35(maz(), maz({ Begindatum: '2026-02-01' }), maz({ Begindatum: '2026-04-01' })));
    expect(TR069.check(aw39(mut({ Begindatum: '2026-02-01' })), ctx('AW39', {}, h))).toEqual([]);
    expect(TR069.check(aw39(mut({ Begindatum: '2026-01-05' })), ctx('AW39', {}, h))).toHaveLength(1);
    h.remember('AW35', aw35(maz({ Begindatum: '2026-02-01', StatusAanlevering: '3' })));
    expect(TR069.check(aw39(mut({ Begindatum: '2026-01-05' })), ctx('AW39', {}, h))).toEqual([]);
    expect(TR069.check(aw39(mut({ Begindatum: '2026-02-01' })), ctx('AW39', {}, h))).toHaveLength(1);
  });

  it('finds a Begindatum when no MAZ of that toewijzing is in force', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', aw35(maz({ Leveringsvorm: '5' })));
    h.remember('ZK35', aw35(maz()));
    expect(TR069.check(aw39(mut()), ctx('AW39', {}, h))).toEqual([{ path: `${P}/Begindatum`, detail: 'geen actuele melding aanvang zorg op of voor 2026-03-01' }]);
    expect(TR069.check(aw39(mut()), ctx('ZK39', {}, h))).toEqual([]);
  });

  it('leaves MUTs without Begindatum and deletes alone', () => {
    const h = new InMemoryHistory();
    const noBegin = mut();
    delete noBegin.Begindatum;
    expect(TR069.check(aw39(noBegin, mut({ StatusAanlevering: '3' })), ctx('AW39', {}, h))).toEqual([]);
  });

  it('matches MutatieFunctie with GeleverdeFunctie', () => {
    const h = new InMemoryHistory();
    const f = { Besluitnummer: '7', FunctieCode: '21', ToewijzingIngangsdatum: '2026-01-01', Instelling: '07301234' };
    h.remember('AW35', message({ Clienten: { Client: [{ Bsn: BSN, GeleverdeFuncties: { GeleverdeFunctie: [{ ...f, Begindatum: '2026-01-10', StatusAanlevering: '1' }] } }] } }));
    const m = (begin: string) => message({ Clienten: { Client: [{ Bsn: BSN, MutatieFuncties: { MutatieFunctie: [{ ...f, Begindatum: begin, Mutatiecode: '19', Mutatiedatum: '2026-02-01', StatusAanlevering: '1' }] } }] } });
    expect(TR069.check(m('2026-01-10'), ctx('AW39', {}, h))).toEqual([]);
    expect(TR069.check(m('2026-01-11'), ctx('AW39', {}, h)).map((x) => x.path)).toEqual(['/Bericht/Clienten/Client/MutatieFuncties/MutatieFunctie/Begindatum']);
  });
});
