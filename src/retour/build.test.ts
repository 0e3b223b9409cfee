import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../core/message-core.js';
import { FIXTURES, XSD_DIR } from '../../test/helpers/paths.js';
import type { Stamp } from './stamp.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());
const stamp: Stamp = { now: () => new Date('2026-11-25T23:30:00Z'), newId: () => 'R00000000001' };
const fixture = (kind: string, name: string): Buffer => fs.readFileSync(path.join(FIXTURES, kind, name, 'input.xml'));

describe('retour messages', () => {
  it('echoes a valid AW33 as an AW34 with 0200 on the header and every record, XSD-valid', () => {
    const r = core.validate(fixture('AW33', 'valid__two_clients_verblijf_and_mpt'), { rules: {} });
    expect(r.valid).toBe(true);
    const retour = core.retour(r, stamp)!;
    expect(retour.issues).toEqual([]);
    expect(retour.kind).toBe('AW34');
    const back = core.validate(Buffer.from(retour.xml!), { read: true });
    expect(back).toMatchObject({ kind: 'AW34', valid: true });
    const h = back.message!.Header as Record<string, unknown>;
    expect(h).toMatchObject({ BerichtCode: '353', IdentificatieRetour: 'R00000000001', DagtekeningRetour: '2026-11-26', RetourCodes: { RetourCode: ['0200'] } });
    const heen = r.message!.Header as Record<string, unknown>;
    expect([h.Afzender, h.Ontvanger, h.BerichtIdentificatie]).toEqual([heen.Afzender, heen.Ontvanger, heen.BerichtIdentificatie]);
    const codes = [...retour.xml!.matchAll(/<RetourCode>(\w+)<\/RetourCode>/g)].map((m) => m[1]);
    expect(new Set(codes)).toEqual(new Set(['0200']));
    expect(codes.length).toBeGreaterThan(5);
  });

  it('puts a rule retourcode on the record it concerns and 0200 elsewhere', () => {
    const xml = fixture('AW33', 'valid__two_clients_verblijf_and_mpt').toString().replace(/<Bsn>(\d{8})(\d)<\/Bsn>/, (_m, a: string, d: string) => `<Bsn>${a}${(Number(d) + 1) % 10}</Bsn>`);
    const r = core.validate(Buffer.from(xml), { rules: {} });
    expect(r.issues).toEqual([expect.objectContaining({ rule: 'CS002', retourcode: 'S002', path: '/Bericht/Clienten/Client[1]/Bsn' })]);
    expect(r.issues[0]!.line).toBe(xml.split('\n').findIndex((l) => l.includes('<Bsn>')) + 1);
    const retour = core.retour(r, stamp)!;
    expect(retour.issues).toEqual([]);
    const back = core.validate(Buffer.from(retour.xml!), { read: true });
    const clients = (back.message!.Clienten as { Client: { RetourCodes: { RetourCode: string[] } }[] }).Client;
    expect(clients.map((c) => c.RetourCodes.RetourCode)).toEqual([['S002'], ['0200']]);
  });

  it('answers an XSD-invalid message with a header-only retour carrying 0001', () => {
    const r = core.validate(fixture('AW33', 'xsd_invalid__bsn_eight_digits'), { rules: {} });
    expect(r.valid).toBe(false);
    const retour = core.retour(r, stamp)!;
    expect(retour.issues).toEqual([]);
    const back = core.validate(Buffer.from(retour.xml!), { read: true });
    expect(back.valid).toBe(true);
    expect(back.message!.Clienten).toBeUndefined();
    expect((back.message!.Header as { RetourCodes: unknown }).RetourCodes).toEqual({ RetourCode: ['0001'] });
  });

  it('produces no retour for a retour message or an unidentifiable input', () => {
    expect(core.retour(core.validate(fixture('AW34', 'valid__all_records_0200'), { rules: {} }))).toBeUndefined();
    expect(core.retour(core.validate(Buffer.from('<x/>'), { rules: {} }))).toBeUndefined();
  });

  it('builds a valid retour for every heen fixture, valid or not', () => {
    const kinds = ['IO31', 'AW33', 'AW35', 'AW39', 'AW317', 'CA317', 'CA319', 'ZK31', 'ZK33', 'ZK35', 'ZK39'];
    let n = 0;
    for (const kind of kinds) {
      for (const name of fs.readdirSync(path.join(FIXTURES, kind))) {
        const r = core.validate(fixture(kind, name), { rules: {} });
        const retour = core.retour(r, stamp);
        if (!retour) continue;
        n++;
        if (retour.issues.length === 0) continue;
        // Only a message whose Header itself breaks the XSD cannot be echoed validly.
        expect(retour.xml).toBeUndefined();
        expect(r.issues.some((i) => i.source === 'xsd' && i.path?.startsWith('/Bericht/Header/')), `${kind}/${name}`).toBe(true);
        expect(retour.issues[0]!.code).toBe('RETOUR_NOT_POSSIBLE');
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
