import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../../core/message-core.js';
import type { XmlRecord } from '../../messages/model-types.js';
import { FIXTURES, XSD_DIR } from '../../../test/helpers/paths.js';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR019 } from './tr019.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());
const fixture = (kind: string, name: string, edit: (xml: string) => string = (x) => x): XmlRecord => {
  const xml = edit(fs.readFileSync(path.join(FIXTURES, kind, name, 'input.xml'), 'utf8'));
  const r = core.validate(Buffer.from(xml), { read: true });
  expect(r.valid).toBe(true);
  return r.message!;
};

const BSN = '012345672';
const aw33 = message({
  Clienten: {
    Client: [
      {
        Bsn: BSN,
        Indicatie: {
          Besluitnummer: '7',
          ToegewezenFuncties: { ToegewezenFunctie: [{ FunctieCode: '21', Instelling: '07301234', Ingangsdatum: '2026-01-01' }] },
          ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ ZzpCode: '755', Instelling: '07301234', Ingangsdatum: '2026-01-01', Leveringsvorm: '4' }] },
        },
      },
    ],
  },
});
const mut = (f: XmlRecord = {}): XmlRecord => ({ Besluitnummer: '7', ZzpCode: '755', ToewijzingIngangsdatum: '2026-01-01', Instelling: '07301234', Mutatiecode: '19', Mutatiedatum: '2026-03-01', Leveringsvorm: '4', StatusAanlevering: '1', ...f });

describe('TR019 MAZ/MUT refers to a known toewijzing', () => {
  it('passes the real AW35 after its AW33 and finds it without', () => {
    const aw35 = fixture('AW35', 'valid__minimal_single_client');
    const h = new InMemoryHistory();
    expect(TR019.check(aw35, ctx('AW35', {}, h))).toEqual([
      { path: '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket', detail: 'geen toewijzing voor Besluitnummer 100200301, code 753, Instelling 07301234, Ingangsdatum 2026-10-01' },
    ]);
    h.remember('AW33', fixture('AW33', 'valid__minimal_single_client'));
    expect(TR019.check(aw35, ctx('AW35', {}, h))).toEqual([]);
    const otherStart = fixture('AW35', 'valid__minimal_single_client', (x) => x.replace('<ToewijzingIngangsdatum>2026-10-01', '<ToewijzingIngangsdatum>2026-10-02'));
    expect(TR019.check(otherStart, ctx('AW35', {}, h))).toHaveLength(1);
  });

  it('checks each key field of MUT records (ZZP and functie) in AW39 and ZK39', () => {
    const h = new InMemoryHistory();
    h.remember('AW33', aw33);
    const m = message({
      Clienten: {
        Client: [
          {
            Bsn: BSN,
            MutatieFuncties: { MutatieFunctie: [{ Besluitnummer: '007', FunctieCode: '21', ToewijzingIngangsdatum: '2026-01-01', Instelling: '07301234', Mutatiecode: '19', Mutatiedatum: '2026-03-01', StatusAanlevering: '1' }] },
            MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [mut(), mut({ ZzpCode: '756' }), mut({ Instelling: '07309999' }), mut({ Besluitnummer: '8' })] },
          },
        ],
      },
    });
    const base = '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket';
    for (const kind of ['AW39', 'ZK39'] as const) {
      expect(TR019.check(m, ctx(kind, {}, h)).map((f) => f.path)).toEqual([`${base}[2]`, `${base}[3]`, `${base}[4]`]);
    }
    const otherClient = message({ Clienten: { Client: [{ Bsn: '111222333', MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [mut()] } }] } });
    expect(TR019.check(otherClient, ctx('AW39', {}, h))).toHaveLength(1);
  });
});
