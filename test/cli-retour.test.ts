import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binary, cli } from './helpers/cli.js';
import { CA319 } from './helpers/sample.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-retour-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const good = path.join(dir, 'good.xml');
const elf = path.join(dir, 'elf.xml'); // XSD-valid, but the second BSN fails the 11-proef
const broken = path.join(dir, 'broken.xml'); // XSD-invalid
fs.writeFileSync(good, CA319);
fs.writeFileSync(elf, CA319.replace('<Bsn>111222333</Bsn>', '<Bsn>111222334</Bsn>'));
fs.writeFileSync(broken, CA319.replace('<Bsn>111222333</Bsn>', '<Bsn>x</Bsn>'));

describe('business rules in validate', () => {
  it('judge XSD-valid messages by default, with rule id, retourcode, path and line', async () => {
    const r = await cli('validate', '--format', 'ndjson', elf);
    expect(r.code).toBe(1);
    const res = JSON.parse(r.out) as { valid: boolean; issues: Record<string, unknown>[] };
    expect(res.issues).toEqual([
      expect.objectContaining({ source: 'rule', code: 'CS002', rule: 'CS002', retourcode: 'S002', path: '/Bericht/Clienten/Client[2]/Bsn', line: CA319.split('\n').findIndex((l) => l.includes('111222333')) + 1, file: elf }),
    ]);
  });

  it('are skipped with --xsd-only', async () => {
    const r = await cli('validate', '--xsd-only', elf);
    expect(r.code).toBe(0);
    expect(r.err).toContain('(XSD only)');
  });

  it('say which rules were not checked for want of an AGB list, and take one', async () => {
    const fixture = path.resolve('fixtures/iwlz-2.2/AW35/valid__minimal_single_client_maz/input.xml');
    if (!fs.existsSync(fixture)) return;
    const list = path.join(dir, 'agb.txt');
    fs.writeFileSync(list, '# AGB codes\n01234567\n');
    expect((await cli('validate', '--agb-list', path.join(dir, 'nope.txt'), fixture)).code).toBe(2);
    fs.writeFileSync(path.join(dir, 'bad-list.txt'), '123\n');
    const bad = await cli('validate', '--agb-list', path.join(dir, 'bad-list.txt'), fixture);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/entry 1 \("123"\) is neither an 8-digit AGB code/);
  });
});

describe('retours', () => {
  it('validate --retour-dir writes one retour per heen input, valid or not', async () => {
    const out = path.join(dir, 'retours');
    const r = await cli('validate', '--retour-dir', out, '--format', 'ndjson', good, elf, broken);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(['broken.retour.xml', 'elf.retour.xml', 'good.retour.xml']);
    const lines = r.out.split('\n').map((l) => JSON.parse(l) as { retour: { kind: string; file: string } });
    expect(lines.map((l) => l.retour)).toEqual([
      { kind: 'CA320', file: path.join(out, 'good.retour.xml'), issues: [] },
      { kind: 'CA320', file: path.join(out, 'elf.retour.xml'), issues: [] },
      { kind: 'CA320', file: path.join(out, 'broken.retour.xml'), issues: [] },
    ]);
    const codes = (f: string): string[] => [...fs.readFileSync(path.join(out, f), 'utf8').matchAll(/<RetourCode>(\w+)</g)].map((m) => m[1]!);
    expect(codes('good.retour.xml').every((c) => c === '0200')).toBe(true);
    expect(codes('elf.retour.xml')).toContain('S002');
    expect(codes('broken.retour.xml')).toEqual(['0001']);
    // what the bridge wrote validates
    expect((await cli('validate', out)).code).toBe(0);
  });

  it('iwlz-bridge retour prints the retour, or writes it with -o', async () => {
    const r = await cli('retour', elf);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<Bericht xmlns="http:\/\/www.istandaarden.nl\/iwlz\/2_2\/ca320\/schema"/);
    expect(r.out).toContain('<RetourCode>S002</RetourCode>');
    const target = path.join(dir, 'o');
    fs.mkdirSync(target);
    const w = await cli('retour', good, '-o', target);
    expect(w.code).toBe(0);
    expect(fs.existsSync(path.join(target, 'good.retour.xml'))).toBe(true);
    const single = path.join(dir, 'one', 'x.xml');
    expect((await cli('retour', good, '-o', single)).code).toBe(0);
    expect(fs.readFileSync(single, 'utf8')).toContain('<BerichtCode>411</BerichtCode>');
  });

  it('answers an input that is not a heen message without a retour', async () => {
    const r = await cli('retour', path.join(dir, 'retours', 'good.retour.xml'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });

  it('works through bin/iwlz-bridge from standard input', () => {
    const r = binary(['retour', '-'], CA319);
    expect(r.code).toBe(0);
    expect(r.out).toContain('<BerichtCode>411</BerichtCode>');
  });
});
