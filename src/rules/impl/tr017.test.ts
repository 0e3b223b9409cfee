import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../../core/message-core.js';
import type { XmlRecord } from '../../messages/model-types.js';
import { FIXTURES, XSD_DIR } from '../../../test/helpers/paths.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR017 } from './tr017.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());
const fixture = (kind: string, name: string, edit: (xml: string) => string = (x) => x): XmlRecord => {
  const xml = edit(fs.readFileSync(path.join(FIXTURES, kind, name, 'input.xml'), 'utf8'));
  const r = core.validate(Buffer.from(xml), { read: true });
  expect(r.valid).toBe(true);
  return r.message!;
};

const BSN = '012345672';
const aw33 = (tw: XmlRecord, functie = false): XmlRecord =>
  message({
    Clienten: {
      Client: [
        {
          Bsn: BSN,
          Indicatie: functie
            ? { Besluitnummer: '7', ToegewezenFuncties: { ToegewezenFunctie: [{ FunctieCode: '21', Instelling: '07301234', Ingangsdatum: '2026-01-01', ...tw }] } }
            : { Besluitnummer: '7', ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ ZzpCode: '755', Instelling: '07301234', Ingangsdatum: '2026-01-01', Leveringsvorm: '4', ...tw }] } },
        },
      ],
    },
  });
const maz = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-01-05', Instelling: '07301234', Leveringsvorm: '4', StatusAanlevering: '1', ...f });
const aw35 = (...recs: XmlRecord[]): XmlRecord => message({ Clienten: { Client: [{ Bsn: BSN, GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: recs } }] } });
const P = '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket';

describe('TR017 MAZ dates within the toewijzing', () => {
  it('passes the real AW35 after its AW33 and finds a Begindatum before the toewijzing', () => {
    const h = new InMemoryHistory();
    h.remember('AW33', fixture('AW33', 'valid__minimal_single_client'));
    expect(TR017.check(fixture('AW35', 'valid__minimal_single_client'), ctx('AW35', {}, h))).toEqual([]);
    const early = fixture('AW35', 'valid__minimal_single_client', (x) => x.replace('<Begindatum>2026-10-01', '<Begindatum>2026-09-30'));
    expect(TR017.check(early, ctx('AW35', {}, h))).toEqual([{ path: `${P}/Begindatum`, detail: 'Begindatum 2026-09-30, toewijzing 2026-10-01 t/m (open)' }]);
  });

  it('finds a Begindatum or Sleuteldatum after the Einddatum or before the Ingangsdatum', () => {
    const h = new InMemoryHistory();
    h.remember('AW33', aw33({ Einddatum: '2026-03-31' }));
    const m = aw35(maz({ Begindatum: '2026-03-31', Sleuteldatum: '2025-12-31' }), maz({ Begindatum: '2026-04-01', Sleuteldatum: '2026-03-31' }));
    expect(TR017.check(m, ctx('AW35', {}, h)).map((f) => f.path)).toEqual([`${P}[1]/Sleuteldatum`, `${P}[2]/Begindatum`]);
  });

  it('checks GeleverdeFunctie and ZK35 too', () => {
    const h = new InMemoryHistory();
    h.remember('ZK33', aw33({ Einddatum: '2026-03-31' }, true));
    const m = message({ Clienten: { Client: [{ Bsn: BSN, GeleverdeFuncties: { GeleverdeFunctie: [{ Besluitnummer: '7', FunctieCode: '21', ToewijzingIngangsdatum: '2026-01-01', Begindatum: '2026-04-02', Instelling: '07301234', StatusAanlevering: '1' }] } }] } });
    expect(TR017.check(m, ctx('ZK35', {}, h))).toEqual([{ path: '/Bericht/Clienten/Client/GeleverdeFuncties/GeleverdeFunctie/Begindatum', detail: 'Begindatum 2026-04-02, toewijzing 2026-01-01 t/m 2026-03-31' }]);
  });

  it('leaves deletes and records without a known toewijzing alone', () => {
    const h = new InMemoryHistory();
    h.remember('AW33', aw33({ Einddatum: '2026-03-31' }));
    expect(TR017.check(aw35(maz({ Begindatum: '2026-05-01', StatusAanlevering: '3' })), ctx('AW35', {}, h))).toEqual([]);
    expect(TR017.check(aw35(maz({ Begindatum: '2026-05-01', Besluitnummer: '8' })), ctx('AW35', {}, h))).toEqual([]);
    expect(TR017.check(aw35(maz({ Begindatum: '2026-05-01' })), ctx('AW35'))).toEqual([]);
  });
});
