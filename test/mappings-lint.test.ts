import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unsupportedKeywords } from '../src/forward/schema-check.js';
import { cli } from './helpers/cli.js';
import { FIXTURES, ROOT } from './helpers/paths.js';

const MAPPINGS = path.join(ROOT, 'mappings');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-mappings-lint-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A copy of the shipped mappings with one file edited; returns the folder and the edited line. */
function broken(file: string, from: string, to: string): { dir: string; line: number; file: string } {
  const dir = path.join(tmp, `m${++n}`);
  fs.cpSync(MAPPINGS, dir, { recursive: true });
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
  fs.writeFileSync(full, text.replace(from, to));
  const line = text.slice(0, text.indexOf(from)).split('\n').length + (from.startsWith('\n') ? 1 : 0);
  return { dir, line, file: path.join(dir, file) };
}

const lineOf = (file: string, text: string): number => fs.readFileSync(path.join(MAPPINGS, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
const shown = (file: string): string => path.relative(process.cwd(), file);

describe('mappings lint', () => {
  it('passes on the shipped mappings', async () => {
    const r = await cli('mappings', 'lint');
    expect(r.err).toMatch(/ok$/);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('the schema uses only keywords the validator implements', () => {
    expect(unsupportedKeywords(JSON.parse(fs.readFileSync(path.join(MAPPINGS, 'mapping.schema.json'), 'utf8')))).toEqual([]);
  });

  it('fails, located, on an unknown source path', async () => {
    const b = broken('AW35.forward.yaml', 'sleuteldatum: date(Sleuteldatum)', 'sleuteldatum: date(Sleuteldatumm)');
    const r = await cli('mappings', 'lint', '--dir', b.dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${shown(b.file)}:${b.line}: sleuteldatum: Sleuteldatumm: no element Sleuteldatumm in Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket of AW35`);
  });

  it('fails, located, on an unknown target field and on a type mismatch', async () => {
    const b = broken('AW35.forward.yaml', 'sleuteldatum: date(Sleuteldatum)', 'sleuteldatumm: date(Sleuteldatum)');
    const r = await cli('mappings', 'lint', '--dir', b.dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${shown(b.file)}:${b.line}: sleuteldatumm: RegistreerLeveringperiodeInput has no field sleuteldatumm`);
    const t = broken('fragments/ir-client.yaml', 'besluitnummer: int(Indicatie/Besluitnummer)', 'besluitnummer: Indicatie/Besluitnummer');
    const rt = await cli('mappings', 'lint', '--dir', t.dir);
    expect(rt.out).toContain(`${shown(t.file)}:${t.line}: besluitnummer: RegistreerWlzIndicatieInput.besluitnummer is Int, the expression gives text: convert with int(...)`);
  });

  it('fails, located, on a schema violation', async () => {
    const b = broken('ZK35.forward.yaml', '\nparty:', '\npartij:');
    const r = await cli('mappings', 'lint', '--dir', b.dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${shown(b.file)}:${b.line}: partij: schema: "partij" is not allowed here`);
  });

  it('fails on a required register field left unmapped, an unknown $ref and an element neither mapped nor ignored', async () => {
    const b = broken('AW35.forward.yaml', '              clientID: $ref(lrClient)\n', '');
    const r = await cli('mappings', 'lint', '--dir', b.dir);
    expect(r.out).toMatch(/AW35\.forward\.yaml:\d+: fields: RegistreerLeveringInput\.clientID is required but not mapped/);
    const u = broken('AW35.forward.yaml', '$ref(lrClient)', '$ref(lrClientt)');
    expect((await cli('mappings', 'lint', '--dir', u.dir)).out).toContain(`${shown(u.file)}:${u.line}: clientID: $ref(lrClientt): no earlier record rule named lrClientt in scope`);
    const c = broken('AW33.forward.yaml', '  - path: Clienten/Client/Partneropname\n', '  - path: Clienten/Client/Commentaar\n');
    expect((await cli('mappings', 'lint', '--dir', c.dir)).out).toContain('Clienten/Client/Partneropname is neither mapped nor ignored');
  });

  it('fails, located, on an expression it cannot parse and on an unknown function', async () => {
    const b = broken('AW35.forward.yaml', 'sleuteldatum: date(Sleuteldatum)', 'sleuteldatum: date(Sleuteldatum');
    expect((await cli('mappings', 'lint', '--dir', b.dir)).out).toContain(`${shown(b.file)}:${b.line}: records[0].records[1].records[2].records[0].fields.sleuteldatum: expression "date(Sleuteldatum": expected ")" at the end`);
    const f = broken('AW35.forward.yaml', 'sleuteldatum: date(Sleuteldatum)', 'sleuteldatum: datum(Sleuteldatum)');
    expect((await cli('mappings', 'lint', '--dir', f.dir)).out).toContain(`${shown(f.file)}:${f.line}: sleuteldatum: unknown function datum`);
  });

  it('exits 2 on a folder that is not a mappings folder', async () => {
    expect((await cli('mappings', 'lint', '--dir', path.join(tmp, 'nope'))).code).toBe(2);
  });
});

describe('explain', () => {
  const aw33 = path.join(FIXTURES, 'AW33', 'valid__minimal_single_client', 'input.xml');

  it('prints per element the mapping line and the mutation field, and the ignored ones with the reason, no BSN', async () => {
    const r = await cli('explain', aw33);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const after = (el: string): string[] => {
      const i = lines.indexOf(el);
      expect(i, el).toBeGreaterThan(-1);
      const out: string[] = [];
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('    '); j++) out.push(lines[j]!.trim());
      return out;
    };
    expect(after('/Bericht/Clienten/Client[1]/Bsn')).toContain(`mappings/fragments/br-client.yaml:${lineOf('fragments/br-client.yaml', 'bsn: Bsn')} → br registreerClient brClient#1 input.bsn`);
    expect(after('/Bericht/Clienten/Client[1]/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[1]/ZzpCode')).toContain(`mappings/AW33.forward.yaml:${lineOf('AW33.forward.yaml', 'zzpCode: ZzpCode')} → br registreerBemiddelingspecificatie toewijzing#1 input.zzpCode`);
    expect(after('/Bericht/Clienten/Client[1]/Partneropname')[0]).toMatch(/^ignored \(mappings\/AW33\.forward\.yaml:\d+\): \[\?\] BRIEF §5\.2: no register field for Partneropname$/);
    expect(lines.filter((l) => l.trim() === 'not mapped')).toEqual([]);
    expect(r.out).not.toContain('192837461');
  });

  it('explains a kind without register target', async () => {
    const r = await cli('explain', '--format', 'json', path.join(FIXTURES, 'CA317', 'valid__minimal_single_client_mpt', 'input.xml'));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { noTarget: string; mutations: number };
    expect(j.mutations).toBe(0);
    expect(j.noTarget).toMatch(/CAK/);
  });

  it('refuses an invalid message with its issues (exit 1) and a bad --default (exit 2)', async () => {
    const bad = path.join(tmp, 'bad.xml');
    fs.writeFileSync(bad, fs.readFileSync(aw33, 'utf8').replace('<Bsn>192837461</Bsn>', '<Bsn>1</Bsn>'));
    const r = await cli('explain', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not a valid message');
    expect((await cli('explain', '--default', 'novalue', aw33)).code).toBe(2);
    expect((await cli('explain', '--default', 'nope=1', aw33)).code).toBe(1);
  });
});
