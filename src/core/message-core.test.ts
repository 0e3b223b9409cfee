import { afterAll, describe, expect, it } from 'vitest';
import { CA319 } from '../../test/helpers/sample.js';
import { XSD_DIR } from '../../test/helpers/paths.js';
import type { Issue } from '../issues.js';
import { typed, untyped } from '../messages/typed.js';
import { MessageCore } from './message-core.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());
const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('MessageCore.validate', () => {
  it('detects kind and release and reads the typed model without coercing values', () => {
    const r = core.validate(enc(CA319), { file: 'ca319.xml', read: true });
    expect(r).toMatchObject({ file: 'ca319.xml', kind: 'CA319', release: '2.2', valid: true, issues: [] });
    const m = typed('CA319', r.message!);
    expect(m.Header.Afzender).toBe('5501');
    expect(m.Header.BerichtVersie).toBe('5');
    expect(m.Clienten.Client).toHaveLength(2);
    expect(m.Clienten.Client[0]!.Bsn).toBe('012345672');
    expect(m.Clienten.Client[1]!.MutatiesZorg.MutatieZorg[0]!.Mutatiedatum).toBe('2026-10-15');
  });

  it('collects every XSD issue with line, element path and retourcode 0001', () => {
    const bad = CA319.replace('<Bsn>111222333</Bsn>', '<Bsn>11122233</Bsn>').replace('<Mutatiecode>19</Mutatiecode>', '<Mutatiecode>99</Mutatiecode>');
    const r = core.validate(enc(bad), { file: 'bad.xml' });
    expect(r.valid).toBe(false);
    expect(r.kind).toBe('CA319');
    const paths = r.issues.map((i) => i.path);
    expect(paths).toContain('/Bericht/Clienten/Client[2]/Bsn');
    expect(paths).toContain('/Bericht/Clienten/Client[1]/MutatiesZorg/MutatieZorg/Mutatiecode');
    for (const i of r.issues) expect(i).toMatchObject({ source: 'xsd', code: 'XSD_INVALID', retourcode: '0001', file: 'bad.xml' });
    const bsn = r.issues.find((i) => i.path?.endsWith('Bsn'));
    expect(bsn?.line).toBe(bad.split('\n').findIndex((l) => l.includes('<Bsn>11122233<')) + 1);
    expect(bsn?.message).toContain("Element 'Bsn'");
  });

  it('caps the issues it keeps and says how many it dropped', () => {
    const small = new MessageCore({ xsdDir: XSD_DIR, maxIssues: 1 });
    const bad = CA319.replace(/<Mutatiecode>\d+<\/Mutatiecode>/g, '<Mutatiecode>99</Mutatiecode>');
    const r = small.validate(enc(bad));
    expect(r.issues).toHaveLength(1);
    expect(r.droppedIssues).toBe(1);
    small.dispose();
  });

  it('rejects hostile and broken input with a located issue and keeps working', () => {
    const cases: [string, string][] = [
      ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Bericht>&e;</Bericht>', 'XML_DOCTYPE_FORBIDDEN'],
      [CA319.slice(0, 900), 'XML_NOT_WELL_FORMED'],
      [CA319.replace('<Client>', '<Client><Client>'), 'XML_NOT_WELL_FORMED'],
      ['<Bericht xmlns="urn:other"/>', 'DETECT_NOT_IWLZ'],
      [CA319.replace('UTF-8', 'windows-1252'), 'XML_ENCODING'],
      [CA319.replace(/2_2/g, '2_1'), 'DETECT_UNSUPPORTED_RELEASE'],
      [CA319.replace(/ca319/g, 'zz99'), 'DETECT_UNKNOWN_KIND'],
    ];
    for (const [xml, code] of cases) {
      const r = core.validate(enc(xml), { file: 'x.xml' });
      expect(r.valid, code).toBe(false);
      expect(r.issues[0], code).toMatchObject({ code, retourcode: '0001', file: 'x.xml' });
    }
    const truncated = core.validate(enc(CA319.slice(0, 900)));
    expect(truncated.issues[0]!.line).toBeGreaterThan(1);
    expect(core.validate(enc(CA319)).valid).toBe(true);
  });

  it('reports bytes that are not UTF-8 as an encoding problem', () => {
    const latin1 = Buffer.from(CA319.replace('CA319-0001', 'CA319-Zoë'), 'latin1');
    const r = core.validate(latin1);
    expect(r.valid).toBe(false);
    expect(r.issues[0]!.code).toBe('XML_ENCODING');
  });

  it('names what is supported when the release is not installed', () => {
    const r = core.validate(enc(CA319.replace(/2_2/g, '2_1')));
    expect(r.issues[0]!.message).toMatch(/release 2\.1.*supported: iWlz 2\.2 \(AW310, .*ZK39\)/);
  });

  it('checks BerichtCode and XsdVersie against the kind and the schema appinfo', () => {
    const code = core.validate(enc(CA319.replace('<BerichtCode>410<', '<BerichtCode>411<')));
    expect(code.issues.map((i) => i.code)).toContain('DETECT_BERICHTCODE_MISMATCH');
    const version = core.validate(enc(CA319.replace('<iwlz:BerichtXsdVersie>1.0.0<', '<iwlz:BerichtXsdVersie>1.1.0<')));
    expect(version.issues).toEqual([expect.objectContaining({ code: 'DETECT_VERSION_MISMATCH', path: '/Bericht/Header/XsdVersie/BerichtXsdVersie' })]);
  });

  it('rejects a 50 MB message by size, in bounded memory', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const before = process.memoryUsage().rss;
    const r = core.validate(big);
    expect(r.issues[0]!.code).toBe('XML_TOO_LARGE');
    expect(process.memoryUsage().rss - before).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('MessageCore.write', () => {
  it('writes what it read back to the same bytes, deterministically', () => {
    const r = core.validate(enc(CA319), { read: true });
    const a = core.write('CA319', r.message!);
    const b = core.write('CA319', structuredClone(r.message!));
    expect(a.issues).toEqual([]);
    expect(a.xml).toBe(CA319);
    expect(b.xml).toBe(a.xml);
  });

  it('keeps back a model that does not validate, with the issues', () => {
    const m = typed('CA319', core.validate(enc(CA319), { read: true }).message!);
    m.Clienten.Client[0]!.Bsn = '12345';
    const w = core.write('CA319', untyped(m));
    expect(w.issues[0]).toMatchObject({ code: 'WRITE_INVALID', path: '/Bericht/Clienten/Client[1]/Bsn' });
  });

  it('refuses fields the schema does not have instead of dropping them', () => {
    const m = core.validate(enc(CA319), { read: true }).message!;
    (m.Header as Record<string, unknown>).Extra = 'x';
    const w = core.write('CA319', m);
    expect(w.issues[0]).toMatchObject({ code: 'MODEL_UNKNOWN_ELEMENT', path: '/Bericht/Header/Extra' });
  });

  it('judges what it writes as a plain parse of the same bytes would, blank values included', () => {
    const m = typed('CA319', core.validate(enc(CA319), { read: true }).message!);
    const values = ['   ', ' \n\t ', '', ' \r\n ', '\r', ' \r', '\t\r\n', ' '.repeat(400), `${' '.repeat(299)}\t`, ' é ', ' &amp; ', '&amp;  ', ' x ', '\n'];
    let rejected = 0;
    for (const value of values) {
      m.Header.BerichtIdentificatie.Identificatie = value;
      const w = core.write('CA319', untyped(m));
      const plain = core.validate(enc(w.xml));
      if (w.issues.length) rejected++;
      const seen = (issues: Issue[]): unknown => issues.map(({ line, path, message }) => ({ line, path, message }));
      expect(seen(w.issues), JSON.stringify(value)).toEqual(seen(plain.issues));
    }
    expect(rejected).toBeGreaterThan(5);
  });

  it('keeps the size limit for what it writes', () => {
    const small = new MessageCore({ xsdDir: XSD_DIR, limits: { maxBytes: 1000, maxDepth: 64, maxAttributes: 32 } });
    try {
      const w = small.write('CA319', core.validate(enc(CA319), { read: true }).message!);
      expect(w.issues).toEqual([expect.objectContaining({ code: 'XML_TOO_LARGE', retourcode: '0001' })]);
    } finally {
      small.dispose();
    }
  });

  it('escapes markup characters in text', () => {
    const m = core.validate(enc(CA319), { read: true }).message!;
    (m.Header as { BerichtIdentificatie: { Identificatie: string } }).BerichtIdentificatie.Identificatie = 'A&B<C>';
    const w = core.write('CA319', m);
    expect(w.issues).toEqual([]);
    expect(w.xml).toContain('<iwlz:Identificatie>A&amp;B&lt;C&gt;</iwlz:Identificatie>');
    expect(core.validate(enc(w.xml), { read: true }).message).toEqual(m);
  });
});
