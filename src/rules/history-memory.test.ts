import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../core/message-core.js';
import type { XmlRecord } from '../messages/model-types.js';
import { FIXTURES, XSD_DIR } from '../../test/helpers/paths.js';
import { InMemoryHistory } from './history-memory.js';
import { message } from './test-kit.js';
import { leveringenOf } from './impl/stateful-util.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());

function fixture(kind: string, name: string): XmlRecord {
  const r = core.validate(fs.readFileSync(path.join(FIXTURES, kind, name, 'input.xml')), { read: true });
  expect(r.valid).toBe(true);
  return r.message!;
}

describe('InMemoryHistory', () => {
  it('remembers the toewijzingen of a real AW33 and finds them by the key an AW35 uses', () => {
    const h = new InMemoryHistory();
    const aw35 = fixture('AW35', 'valid__minimal_single_client');
    const [maz] = leveringenOf('AW35', aw35);
    expect(h.toewijzing(maz!.toewijzing!)).toBeUndefined();
    h.remember('AW33', fixture('AW33', 'valid__minimal_single_client'));
    expect(maz!.toewijzing).toEqual({ bsn: '192837461', besluitnummer: '100200301', product: '753', instelling: '07301234', ingangsdatum: '2026-10-01' });
    expect(h.toewijzing(maz!.toewijzing!)).toEqual({ ingangsdatum: '2026-10-01' });
    expect(h.toewijzing({ ...maz!.toewijzing!, besluitnummer: '+0100200301' })).toEqual({ ingangsdatum: '2026-10-01' });
    expect(h.toewijzing({ ...maz!.toewijzing!, instelling: '07309999' })).toBeUndefined();
  });

  it('remembers ToegewezenFunctie toewijzingen of a ZK33 with their Einddatum and Klasse', () => {
    const h = new InMemoryHistory();
    h.remember('ZK33', fixture('ZK33', 'valid__toegewezen_functies_with_indicatie_einddatum'));
    const f = h.toewijzing({ bsn: '159753466', besluitnummer: '100200306', product: '64', instelling: '06505566', ingangsdatum: '2026-02-01' });
    expect(f).toMatchObject({ ingangsdatum: '2026-02-01', einddatum: '2026-12-31' });
    expect(f?.klasse).toBeDefined();
  });

  it('a later toewijzing with the same key replaces the earlier one', () => {
    const h = new InMemoryHistory();
    const tw = (einddatum?: string): XmlRecord =>
      message({
        Clienten: {
          Client: [
            {
              Bsn: '012345672',
              Indicatie: {
                Besluitnummer: '7',
                ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ ZzpCode: '755', Instelling: '07301234', Ingangsdatum: '2026-01-01', Leveringsvorm: '4', ...(einddatum ? { Einddatum: einddatum } : {}) }] },
              },
            },
          ],
        },
      });
    h.remember('AW33', tw());
    const key = { bsn: '012345672', besluitnummer: '7', product: '755', instelling: '07301234', ingangsdatum: '2026-01-01' };
    expect(h.toewijzing(key)?.einddatum).toBeUndefined();
    h.remember('AW33', tw('2026-06-30'));
    expect(h.toewijzing(key)?.einddatum).toBe('2026-06-30');
  });

  it('remembers Identificatie per sender and kind, and the CIZ for IO31', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', fixture('AW35', 'valid__minimal_single_client'));
    expect(h.identificatieSeen('07301234', 'AW35', 'AW35-000001')).toBe(true);
    expect(h.identificatieSeen('07301234', 'AW39', 'AW35-000001')).toBe(false);
    expect(h.identificatieSeen('07309999', 'AW35', 'AW35-000001')).toBe(false);
    const io31 = fixture('IO31', 'valid__minimal_single_client');
    h.remember('IO31', io31);
    const id = (io31.Header as { BerichtIdentificatie: { Identificatie: string } }).BerichtIdentificatie.Identificatie;
    expect(h.identificatieSeen('CIZ', 'IO31', id)).toBe(true);
  });

  it('keeps aanleveringen per kind and record key, oldest first, and lists them per toewijzing', () => {
    const h = new InMemoryHistory();
    const aw35 = fixture('AW35', 'valid__delete_and_resubmit_verblijf_plus_dtv');
    h.remember('AW35', aw35);
    const [deleted, added, dtv] = leveringenOf('AW35', aw35);
    expect(h.aanleveringen('AW35', deleted!.recordKey)).toEqual([{ status: '3', begindatum: '2026-10-05' }]);
    expect(h.aanleveringen('AW35', added!.recordKey)).toEqual([{ status: '1', begindatum: '2026-10-06' }]);
    expect(h.aanleveringen('ZK35', added!.recordKey)).toEqual([]);
    expect(deleted!.groupKey).toBe(added!.groupKey);
    expect(dtv!.groupKey).not.toBe(added!.groupKey);
    expect(h.aanleveringen('AW35', added!.groupKey!)).toEqual([
      { status: '3', begindatum: '2026-10-05' },
      { status: '1', begindatum: '2026-10-06' },
    ]);
    h.remember('AW35', aw35);
    expect(h.aanleveringen('AW35', added!.recordKey)).toHaveLength(2);
  });

  it('keeps MUT aanleveringen with Mutatiedatum and Begindatum', () => {
    const h = new InMemoryHistory();
    const aw39 = fixture('AW39', 'valid__minimal_single_client_einde_zorg');
    h.remember('AW39', aw39);
    const [mut] = leveringenOf('AW39', aw39);
    expect(mut!.recordKey.startsWith('MUT|')).toBe(true);
    const [a] = h.aanleveringen('AW39', mut!.recordKey);
    expect(a).toMatchObject({ status: mut!.status, mutatiedatum: mut!.mutatiedatum });
  });

  it('tracks CA317 GeleverdeZorgIDs: announced by 1 or 2, withdrawn by 3', () => {
    const h = new InMemoryHistory();
    h.remember('CA317', fixture('CA317', 'valid__delete_resubmit_and_change'));
    expect(h.geleverdeZorg('9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d')).toBe(false);
    expect(h.geleverdeZorg('e2f4a6b8-c0d2-4e4f-a6b8-c0d2e4f6a8b0')).toBe(true);
    expect(h.geleverdeZorg('1234abcd-5678-4ef0-9abc-def012345678')).toBe(true);
    expect(h.aanleveringen('CA317', 'CA|012345672|e2f4a6b8-c0d2-4e4f-a6b8-c0d2e4f6a8b0')).toEqual([{ status: '1', begindatum: '2026-10-06' }]);
  });

  it('returns copies: callers cannot change what it remembers', () => {
    const h = new InMemoryHistory();
    const aw35 = fixture('AW35', 'valid__minimal_single_client');
    h.remember('AW35', aw35);
    const key = leveringenOf('AW35', aw35)[0]!.recordKey;
    h.aanleveringen('AW35', key)[0]!.status = '3';
    expect(h.aanleveringen('AW35', key)[0]!.status).toBe('1');
  });

  it('drives the stateful rules through MessageCore: AW33 remembered, then an AW35 that fits and one that does not', () => {
    const h = new InMemoryHistory();
    const read = (kind: string, name: string, edit: (x: string) => string = (x) => x) =>
      core.validate(Buffer.from(edit(fs.readFileSync(path.join(FIXTURES, kind, name, 'input.xml'), 'utf8'))), { rules: { history: h } });
    const aw33 = read('AW33', 'valid__minimal_single_client');
    expect(aw33.issues).toEqual([]);
    h.remember('AW33', aw33.message!);
    const fits = read('AW35', 'valid__minimal_single_client');
    expect(fits.issues).toEqual([]);
    expect((fits.notChecked ?? []).filter((n) => n.includes('history'))).toEqual([]);
    h.remember('AW35', fits.message!);
    const again = read('AW35', 'valid__minimal_single_client', (x) => x.replace('<Begindatum>2026-10-01', '<Begindatum>2026-09-30'));
    expect(again.issues.map((i) => [i.rule, i.retourcode, i.path])).toEqual([
      ['TR017', '9017', '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket/Begindatum'],
      ['TR056', '9056', '/Bericht/Header/BerichtIdentificatie/Identificatie'],
    ]);
    const without = core.validate(fs.readFileSync(path.join(FIXTURES, 'AW35', 'valid__minimal_single_client', 'input.xml')), { rules: {} });
    expect(without.notChecked).toEqual(expect.arrayContaining(['TR017: no message history available', 'TR074: no message history available']));
  });
});
