/**
 * The mapping engine, tested as data: fixtures/mappings/<KIND>/<behaviour>/ holds a message and
 * the plan the shipped mappings must make of it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../src/core/message-core.js';
import { planMessage } from '../src/forward/engine.js';
import { loadMappings } from '../src/forward/mapping.js';
import type { Plan } from '../src/forward/plan.js';
import { HEEN_KINDS, type HeenKind } from '../src/messages/catalog.js';
import type { XmlRecord } from '../src/messages/model-types.js';
import { FIXTURES, ROOT, XSD_DIR } from './helpers/paths.js';

const MAPPINGS = path.join(ROOT, 'mappings');
const CASES = path.join(ROOT, 'fixtures', 'mappings');
const core = new MessageCore({ xsdDir: XSD_DIR });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-mappings-'));
afterAll(() => {
  core.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const { set, problems } = loadMappings(MAPPINGS);

function read(file: string): { kind: HeenKind; message: XmlRecord } {
  const r = core.validate(fs.readFileSync(file), { read: true, file });
  if (!r.valid || !r.message) throw new Error(`${file}: ${r.issues.map((i) => i.message).join('; ')}`);
  return { kind: r.kind as HeenKind, message: r.message };
}

function plan(file: string, mappings = set, defaults?: Record<string, string>): Plan {
  const { kind, message } = read(file);
  const res = planMessage(mappings, kind, message, defaults ? { defaults } : {});
  if (!res.plan) throw new Error(JSON.stringify(res.problems));
  return res.plan;
}

const cases = fs.readdirSync(CASES).flatMap((kind) => fs.readdirSync(path.join(CASES, kind)).map((behaviour) => ({ kind, behaviour, dir: path.join(CASES, kind, behaviour) })));

describe('shipped mappings', () => {
  it('load without problems', () => {
    expect(problems).toEqual([]);
    expect([...set.kinds.keys()].sort()).toEqual([...HEEN_KINDS].sort());
  });

  it('have a behaviour case for every heen kind', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(HEEN_KINDS));
  });
});

describe.each(cases)('$kind / $behaviour', ({ kind, dir }) => {
  it('plans exactly the expected mutations and ignored fields', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected-plan.json'), 'utf8')) as Plan;
    const actual = plan(path.join(dir, 'message.xml'));
    expect(actual.kind).toBe(kind);
    expect(actual).toEqual(expected);
  });
});

describe('engine behaviour', () => {
  const aw33 = path.join(FIXTURES, 'AW33', 'valid__minimal_single_client', 'input.xml');
  const aw35 = path.join(FIXTURES, 'AW35', 'valid__minimal_single_client', 'input.xml');

  it('plans parents before children: every $ref names an earlier mutation', () => {
    for (const c of cases) {
      const p = plan(path.join(c.dir, 'message.xml'));
      const seen = new Set<string>();
      for (const m of p.mutations) {
        for (const ref of JSON.stringify(m.variables).matchAll(/"\$ref":"([^"]+)"/g)) expect(seen.has(ref[1]!), `${c.behaviour}: ${m.as} refers to ${ref[1]}`).toBe(true);
        seen.add(m.as!);
      }
    }
  });

  it('an AW35 finds the toewijzing by the natural key the AW33 registered it under (BRIEF §5.1)', () => {
    const spec = plan(aw33).mutations.find((m) => m.entity === 'Bemiddelingspecificatie')!;
    const levering = plan(aw35).mutations.find((m) => m.entity === 'Levering')!;
    expect(levering.variables['input']).toMatchObject({ bemiddelingspecificatieID: { $lookup: { register: 'br', entity: 'Bemiddelingspecificatie', key: spec.naturalKey!.key } } });
    expect(spec.naturalKey!.key).toBe('100200301|753|07301234|7|2026-10-01');
  });

  it('plans the client of each register as find-or-create (registreer with the BSN as natural key)', () => {
    const p = plan(aw33);
    const clients = p.mutations.filter((m) => m.entity === 'Client');
    expect(clients.map((m) => [m.register, m.naturalKey])).toEqual([['ir', { entity: 'Client', key: '192837461' }], ['br', { entity: 'Client', key: '192837461' }]]);
    expect(p.party).toBe('UZOVI:5504');
    expect(p.messageKey).toBe('5504|AW33|AW33-000001|2026-10-01');
  });

  it('applies default overrides: literal values and =expressions; unknown names are problems', () => {
    const input = (p: Plan, entity: string) => p.mutations.find((m) => m.entity === entity)!.variables['input'] as Record<string, unknown>;
    expect(input(plan(aw33), 'ClientContactgegevens')['ingangsdatum']).toBe('2026-10-01');
    expect(input(plan(aw33, set, { contactIngangsdatum: '1900-01-01' }), 'ClientContactgegevens')['ingangsdatum']).toBe('1900-01-01');
    expect(input(plan(aw33, set, { verantwoordelijkheidIngangsdatum: '=Indicatie/Afgiftedatum' }), 'Bemiddeling')['verantwoordelijkheidIngangsdatum']).toBe('2026-09-15');
    expect(input(plan(aw33, set, { regierolCoordinatorZorgThuis: 'CO' }), 'Regiehouder')['regierol']).toBe('CO');
    const { kind, message } = read(aw33);
    const res = planMessage(set, kind, message, { defaults: { noSuchDefault: 'x' } });
    expect(res.plan).toBeUndefined();
    expect(res.problems[0]!.message).toMatch(/AW33 has no default noSuchDefault/);
  });

  it('marks a field whose value comes from a default createOnly; a value from the message is not', () => {
    const find = (p: Plan, register: string, entity: string) => p.mutations.find((m) => m.register === register && m.entity === entity)!;
    const p = plan(aw33);
    // The contact has no Periode/Begindatum: its ingangsdatum is contactIngangsdatum (the Dagtekening).
    for (const [register, entity] of [['ir', 'Adres'], ['ir', 'Telefoon'], ['br', 'ClientContactgegevens']] as const) {
      expect(find(p, register, entity).variables['input'], `${register} ${entity}`).toMatchObject({ ingangsdatum: '2026-10-01' });
      expect(find(p, register, entity).createOnly, `${register} ${entity}`).toEqual(['ingangsdatum']);
    }
    expect(find(p, 'br', 'Bemiddeling').createOnly).toEqual(['verantwoordelijkheidIngangsdatum']);
    expect(find(p, 'ir', 'WlzIndicatie').createOnly).toEqual(['initieelVerantwoordelijkZorgkantoor']);
    expect(find(p, 'ir', 'Client').createOnly).toBeUndefined();
    expect(find(p, 'br', 'Bemiddelingspecificatie').createOnly).toBeUndefined();
    // An overridden default is still a default.
    expect(find(plan(aw33, set, { contactIngangsdatum: '1900-01-01' }), 'ir', 'Adres').createOnly).toEqual(['ingangsdatum']);
    // With a Begindatum the same field comes from the message: compared and changed as any other.
    const withPeriode = path.join(tmp, 'aw33-contact-periode.xml');
    const xml = fs.readFileSync(aw33, 'utf8');
    expect(xml).toContain('</Telefoon>\n        </Contact>');
    fs.writeFileSync(withPeriode, xml.replace('</Telefoon>\n        </Contact>', '</Telefoon>\n          <Periode>\n            <iwlz:Begindatum>2026-09-01</iwlz:Begindatum>\n          </Periode>\n        </Contact>'));
    const q = plan(withPeriode);
    for (const [register, entity] of [['ir', 'Adres'], ['ir', 'Telefoon'], ['br', 'ClientContactgegevens']] as const) {
      expect(find(q, register, entity).variables['input'], `${register} ${entity}`).toMatchObject({ ingangsdatum: '2026-09-01' });
      expect(find(q, register, entity).createOnly, `${register} ${entity}`).toBeUndefined();
    }
    // Only a registreer (find-or-create) carries createOnly, in every behaviour case.
    for (const c of cases) for (const m of plan(path.join(c.dir, 'message.xml')).mutations) if (m.createOnly) expect(m.operation, c.behaviour).toMatch(/^registreer/);
  });

  it('plans one record once when a message names it twice', () => {
    const xml = fs.readFileSync(aw35, 'utf8');
    const item = /<GeleverdZorgzwaartepakket>[\s\S]*?<\/GeleverdZorgzwaartepakket>/.exec(xml)![0];
    const twice = path.join(tmp, 'twice.xml');
    fs.writeFileSync(twice, xml.replace(item, item + item.replace(/<Begindatum>(\d{4})-(\d\d)-(\d\d)<\/Begindatum>/, '<Begindatum>$1-12-$3</Begindatum>')));
    const p = plan(twice);
    expect(p.mutations.map((m) => m.operation)).toEqual(['registreerClient', 'registreerLevering', 'registreerLeveringperiode', 'registreerLeveringperiode']);
    expect(p.mutations[3]!.variables['input']).toMatchObject({ leveringID: { $ref: 'levering#1' } });
  });

  it('adding a field mapping is an edit of a mapping file, no code', () => {
    const copy = path.join(tmp, 'mappings-extra');
    fs.cpSync(MAPPINGS, copy, { recursive: true });
    const file = path.join(copy, 'fragments', 'ir-client.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('      # roepnaam: no XSD field (BRIEF §5.2)\n', "      roepnaam: concat('Roep ', Naam/Geslachtsnaam/Achternaam)\n"));
    const loaded = loadMappings(copy);
    expect(loaded.problems).toEqual([]);
    const client = plan(aw33, loaded.set).mutations.find((m) => m.register === 'ir' && m.entity === 'Client')!;
    expect(client.variables['input']).toMatchObject({ roepnaam: 'Roep Hendriks' });
    expect(plan(aw33).mutations.find((m) => m.register === 'ir' && m.entity === 'Client')!.variables['input']).not.toHaveProperty('roepnaam');
  });

  it('reports a value a converter refuses as a problem located at the mapping line and the message element', () => {
    const copy = path.join(tmp, 'mappings-bad-converter');
    fs.cpSync(MAPPINGS, copy, { recursive: true });
    const file = path.join(copy, 'AW35.forward.yaml');
    const text = fs.readFileSync(file, 'utf8').replace('sleuteldatum: date(Sleuteldatum)', 'sleuteldatum: date(Instelling)');
    fs.writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('date(Instelling)')) + 1;
    const { kind, message } = read(aw35);
    const res = planMessage(loadMappings(copy, { display: 'm' }).set, kind, message);
    expect(res.plan).toBeUndefined();
    expect(res.problems).toEqual([{ source: `m/AW35.forward.yaml:${line}`, path: '/Bericht/Clienten/Client[1]/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket[1]', message: 'sleuteldatum: "07301234" is not a date YYYY-MM-DD' }]);
  });

  it('a kind without register target plans nothing and says why', () => {
    const p = plan(path.join(FIXTURES, 'CA319', 'valid__minimal_single_client_einde_zorg', 'input.xml'));
    expect(p.mutations).toEqual([]);
    expect(p.noTarget).toMatch(/CAK/);
  });
});
