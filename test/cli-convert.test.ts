/**
 * `iwlz-bridge convert` as a user runs it (bin/iwlz-bridge in a child process): dry run as
 * NDJSON, --embedded on the sample scenarios, --out, --retour-dir, exit codes 0 / 1 / 2.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binary } from './helpers/cli.js';
import { FIXTURES, ROOT } from './helpers/paths.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-cli-convert-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const fixture = (kind: string, name: string): string => path.join('fixtures', 'iwlz-2.2', kind, name, 'input.xml');
const SCENARIOS = path.join('fixtures', 'scenarios');
const scenarioFiles = (name?: string): string[] => {
  const dirs = name ? [name] : fs.readdirSync(path.join(ROOT, SCENARIOS)).sort();
  return dirs.flatMap((d) => fs.readdirSync(path.join(ROOT, SCENARIOS, d)).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(SCENARIOS, d, f)));
};
const summary = (err: string): string | undefined => /^\d+ converted, \d+ rejected, \d+ failed.*$/m.exec(err)?.[0];

interface Line {
  file: string;
  kind: string;
  valid: boolean;
  status: string;
  reason?: string;
  mutations: { register: string; operation: string; variables: Record<string, Record<string, unknown>>; status: string; ids: Record<string, string> }[];
  records: string[];
  retour: string | null;
}

describe('convert --dry-run --format ndjson', () => {
  it('prints one JSON line per input with the planned mutations; nothing is sent', () => {
    const inputs = [fixture('AW33', 'valid__minimal_single_client'), fixture('AW35', 'valid__minimal_single_client'), fixture('CA317', 'valid__minimal_single_client_mpt')];
    const r = binary(['convert', '--dry-run', '--format', 'ndjson', ...inputs]);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => [l.file, l.kind, l.valid, l.status])).toEqual([
      [inputs[0], 'AW33', true, 'converted'], [inputs[1], 'AW35', true, 'converted'], [inputs[2], 'CA317', true, 'converted'],
    ]);
    const [aw33, aw35, ca317] = lines as [Line, Line, Line];
    expect(aw33.mutations.every((m) => m.status === 'planned' && Object.keys(m.ids).length === 0)).toBe(true);
    const spec = aw33.mutations.find((m) => m.operation === 'registreerBemiddelingspecificatie')!;
    expect(spec.variables['input']).toMatchObject({ zzpCode: '753', leveringsvorm: '7', toewijzingIngangsdatum: '2026-10-01', instelling: '07301234', bemiddelingID: { $ref: expect.any(String) } });
    // The AW35 names its toewijzing by natural key; a dry run has no id map to resolve it.
    expect(aw35.mutations.map((m) => m.operation)).toEqual(['registreerClient', 'registreerLevering', 'registreerLeveringperiode']);
    expect(aw35.mutations[1]!.variables['input']!['bemiddelingspecificatieID']).toEqual({ $lookup: { register: 'br', entity: 'Bemiddelingspecificatie', key: '100200301|753|07301234|7|2026-10-01' } });
    expect(ca317.mutations).toEqual([]);
    expect(ca317.reason).toMatch(/^no register target: /);
    expect(summary(r.err)).toBe('3 converted, 0 rejected, 0 failed (dry run: nothing sent)');
  });

  it('an invalid input is rejected: exit 1, its issues in the result', () => {
    const r = binary(['convert', '--dry-run', '--format', 'ndjson', fixture('AW33', 'rule__TR016_toewijzing_starts_before_indicatie'), fixture('AW33', 'valid__minimal_single_client')]);
    expect(r.code).toBe(1);
    const [bad, good] = r.out.trim().split('\n').map((l) => JSON.parse(l) as Line & { issues: { rule?: string }[] });
    expect(bad).toMatchObject({ status: 'rejected', valid: false, mutations: [] });
    expect(bad!.issues.map((i) => i.rule)).toContain('TR016');
    expect(good!.status).toBe('converted');
    expect(summary(r.err)).toBe('1 converted, 1 rejected, 0 failed (dry run: nothing sent)');
  });
});

describe('convert --embedded', () => {
  it('converts every scenario message in order: exit 0, summary on stderr', () => {
    const files = scenarioFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    const r = binary(['convert', '--embedded', '--format', 'ndjson', SCENARIOS]);
    expect(r.code, `${r.err}\n${r.out}`).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines.every((l) => l.status === 'converted')).toBe(true);
    expect(summary(r.err)).toBe(`${files.length} converted, 0 rejected, 0 failed`);
    expect(r.err).toMatch(/^register now holds: .*br Bemiddelingspecificatie \d+.*lr Leveringperiode \d+/m);
  });

  it('--threads 1 and --threads 3 --concurrency 8 send the same mutations, with the same statuses, in input order', () => {
    const shape = (out: string): unknown[] => out.trim().split('\n').map((l) => JSON.parse(l) as Line).map((l) => [l.file, l.status, l.mutations.map((m) => `${m.register} ${m.operation} ${m.status}`)]);
    const one = binary(['convert', '--embedded', '--format', 'ndjson', '--threads', '1', SCENARIOS]);
    const three = binary(['convert', '--embedded', '--format', 'ndjson', '--threads', '3', '--concurrency', '8', SCENARIOS]);
    expect(one.code, one.err).toBe(0);
    expect(three.code, three.err).toBe(0);
    expect(shape(three.out)).toEqual(shape(one.out));
    expect(three.err.match(/^register now holds: .*$/m)?.[0]).toBe(one.err.match(/^register now holds: .*$/m)?.[0]);
  });

  it('--out writes every mutation as one JSON line, --retour-dir the retour of each input', () => {
    const out = path.join(tmp, 'mutations.ndjson');
    const retours = path.join(tmp, 'retours');
    const files = scenarioFiles('delete-and-resubmit');
    const r = binary(['convert', '--embedded', '--out', out, '--retour-dir', retours, ...files]);
    expect(r.code, r.err).toBe(0);
    const mutations = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; register: string; operation: string; variables: Record<string, unknown>; status: string; ids: Record<string, string> });
    for (const m of mutations) expect(Object.keys(m).sort()).toEqual(['file', 'ids', 'operation', 'register', 'status', 'variables']);
    expect(new Set(mutations.map((m) => m.file))).toEqual(new Set(files));
    const last = mutations.filter((m) => m.file === files[2]).map((m) => `${m.operation}:${m.status}`);
    expect(last).toEqual(['registreerClient:unchanged', 'verwijderBehandelingPeriode:sent', 'verwijderLeveringperiode:sent', 'registreerLevering:unchanged', 'registreerLeveringperiode:sent']);
    for (const m of mutations.filter((x) => x.status === 'sent')) expect(Object.values(m.ids)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(fs.readdirSync(retours).sort()).toEqual(['01-AW33.retour.xml', '02-AW35.retour.xml', '03-AW35.retour.xml']);
    expect(fs.readFileSync(path.join(retours, '01-AW33.retour.xml'), 'utf8')).toMatch(/xmlns="http:\/\/www\.istandaarden\.nl\/iwlz\/2_2\/aw34\/schema"[\s\S]*<RetourCode>0200<\/RetourCode>/);
    expect(fs.readFileSync(path.join(retours, '03-AW35.retour.xml'), 'utf8')).toMatch(/aw36\/schema[\s\S]*<RetourCode>0200<\/RetourCode>/);
  });

  it('a message whose toewijzing no earlier message created fails: exit 1, no retour written', () => {
    const retours = path.join(tmp, 'retours-failed');
    const r = binary(['convert', '--embedded', '--retour-dir', retours, fixture('AW35', 'valid__minimal_single_client')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^failed +\S+ \(AW35\): permanent failure at mutation \d+ \(registreerLevering\): .*\$lookup br\/Bemiddelingspecificatie/m);
    expect(summary(r.err)).toBe('0 converted, 0 rejected, 1 failed');
    expect(fs.existsSync(retours) ? fs.readdirSync(retours) : []).toEqual([]);
  });
});

describe('usage errors exit 2', () => {
  const input = fixture('AW33', 'valid__minimal_single_client');
  it.each([
    ['no mode', [input], /exactly one of --register URL, --embedded, --dry-run$/m],
    ['two modes', ['--embedded', '--dry-run', input], /exactly one of .* \(got --embedded and --dry-run\)/],
    ['--concurrency 0', ['--dry-run', '--concurrency', '0', input], /--concurrency must be a whole number from 1 to 256, not 0/],
    ['--concurrency x', ['--dry-run', '--concurrency', 'x', input], /--concurrency must be a whole number from 1 to 256, not x/],
    ['--threads 0', ['--dry-run', '--threads', '0', input], /--threads must be a whole number from 1 to 256, not 0/],
    ['--register not a URL', ['--register', 'localhost:4000', input], /--register must be an http\(s\) URL/],
    ['a missing input', ['--dry-run', path.join(FIXTURES, 'AW33', 'no_such_case', 'input.xml')], /not found: /],
  ])('%s', (_label, args, message) => {
    const r = binary(['convert', ...args]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });
});
