/**
 * The forward half end to end (issue #5): estafette XML → convertBatch (validate, retour, plan,
 * send) → the embedded reference register on loopback (real HTTP, real SQLite files) → read back
 * over the register's official query side.
 *
 * - every valid heen fixture converts, each into a fresh register and id map after its
 *   prerequisites (fixtures/…/prerequisites/NN-KIND.xml);
 * - every mutation sent is read back over GraphQL: every input field equals the stored value;
 *   a few fields are also compared with the XML itself;
 * - an AW35 links its Levering to the Bemiddelingspecificatie the AW33 created for its key, not
 *   to the other toewijzing of the same AW33;
 * - a duplicate sends nothing and answers with the first retour, byte for byte;
 * - register down (from the start, or mid-message) → failed/retryable, no retour, nothing
 *   half-written, not marked processed; the same input converts once the register is back;
 * - an invalid message → rejected, its retour carries the rule code, nothing sent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../src/core/message-core.js';
import { openRegisterClient, type RegisterClient } from '../src/forward/client.js';
import { convertBatch, type ConvertResult, prepareMessage } from '../src/forward/convert.js';
import { IdMap } from '../src/forward/idmap.js';
import { loadMappings } from '../src/forward/mapping.js';
import { HEEN_KINDS } from '../src/messages/catalog.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';
import { fixtureCases } from './helpers/fixtures.js';
import { type FlakyProxy, startFlakyProxy } from './helpers/flaky-proxy.js';
import { ROOT, XSD_DIR } from './helpers/paths.js';
import { type RegisterId, RegisterReader } from './helpers/register-read.js';

let retourIds = 0;
// A new IdentificatieRetour per validation: a duplicate's retour equal to the first proves it was stored, not rebuilt.
const core = new MessageCore({ xsdDir: XSD_DIR, stamp: { now: () => new Date('2026-11-25T12:00:00Z'), newId: () => `R${String(++retourIds).padStart(11, '0')}` } });
const { set: mappings, problems } = loadMappings(path.join(ROOT, 'mappings'));
const schemaDir = testSchemaDir();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-convert-e2e-'));
const SCENARIOS = path.join(ROOT, 'fixtures', 'scenarios');

/** Valid cases that cannot convert on their own, with the reason (docs/fixtures.md § Prerequisites). */
const NOT_CONVERTIBLE: Record<string, RegExp> = {
  // Besluitnummer 0 (type Nummer in AW35) cannot be carried by any AW33/ZK33/ZK31 (type Besluitnummer ≥ 1).
  'AW35/valid__besluitnummer_zero_functie_and_vpt': /\$lookup br\/Bemiddelingspecificatie "0\|822\|/,
  'ZK35/valid__besluitnummer_zero_functie_and_vpt': /\$lookup br\/Bemiddelingspecificatie "0\|822\|/,
};

afterAll(() => {
  core.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Env {
  reg: RunningRegister;
  client: RegisterClient;
  idmap: IdMap;
  stateFile: string;
  reader: RegisterReader;
  /** Retours handed to writeRetour, by input file (last one wins). */
  retours: Map<string, string>;
  close(): Promise<void>;
}

/** Messages that registered an LR Client the LR query side cannot reach (no Levering under it): none expected. */
const orphanLrClients: string[] = [];
/** Per valid fixture converted: how many LR Clients its own message (not a prerequisite) sent. */
const lrClientsSent = new Map<string, number>();
let envs = 0;
let schemas: RegisterReader | undefined;
/** A fresh register (own SQLite file) and id map; the client talks to `via(url)` (a proxy) or the register itself. */
async function fresh(via?: (url: string) => Promise<string>): Promise<Env> {
  const dir = path.join(tmp, `env${++envs}`);
  fs.mkdirSync(dir);
  const reg = await startRegister({ port: 0, db: path.join(dir, 'register.sqlite'), schemaDir, notifier: null });
  const base = via ? await via(reg.url) : reg.url;
  const opened = openRegisterClient({ base });
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  const stateFile = path.join(dir, 'state.sqlite');
  const idmap = IdMap.open(stateFile);
  schemas ??= await RegisterReader.open(reg.url);
  const reader = schemas.at(reg.url);
  return {
    reg, client: opened.client, idmap, stateFile, reader, retours: new Map(),
    close: async () => {
      await opened.client.close();
      idmap.close();
      await reg.close();
    },
  };
}

async function convert(env: Env, files: string[]): Promise<ConvertResult[]> {
  const out: ConvertResult[] = [];
  await convertBatch(files.map((file) => ({ file, bytes: fs.readFileSync(file) })), {
    core, mappings, concurrency: 1,
    target: { client: env.client, idmap: env.idmap },
    writeRetour: (file, xml) => {
      env.retours.set(file, xml);
      return `${file}.retour.xml`;
    },
  }, (r) => out.push(r));
  return out;
}

const entityOf = (operation: string): { kind: string; entity: string } => {
  const m = /^(registreer|wijzig|verwijder)(.+)$/.exec(operation);
  if (!m) throw new Error(`not a register write: ${operation}`);
  return { kind: m[1]!, entity: m[2]! };
};

/**
 * Every record a result's `sent` mutations wrote, read back over GraphQL: the input fields (the
 * last value given in the message, in order) equal the stored values; a removed record is gone.
 * Returns how many fields were compared.
 */
async function expectRegisterHolds(env: Env, r: ConvertResult): Promise<number> {
  const records = new Map<string, { register: RegisterId; entity: string; id: string; fields: Record<string, unknown>; removed: boolean }>();
  for (const m of r.mutations) {
    if (m.status !== 'sent') continue;
    const { kind, entity } = entityOf(m.operation);
    const [keyField, id] = Object.entries(m.ids)[0] ?? [];
    expect(id, `${m.operation} sent without an id`).toBeTypeOf('string');
    const k = `${m.register}/${entity}/${id}`;
    const rec = records.get(k) ?? { register: m.register as RegisterId, entity, id: id!, fields: {}, removed: false };
    if (kind === 'verwijder') rec.removed = true;
    else {
      const { [keyField!]: _key, ...input } = (m.variables['input'] ?? {}) as Record<string, unknown>;
      Object.assign(rec.fields, input);
    }
    records.set(k, rec);
  }
  let compared = 0;
  for (const rec of records.values()) {
    const label = `${r.file}: ${rec.register} ${rec.entity} ${rec.id}`;
    const back = await env.reader.read(rec.register, rec.entity, rec.id, Object.keys(rec.fields), rec.fields);
    if (rec.removed) {
      expect(back.found, `${label} was removed`).toBe(false);
      continue;
    }
    if (!back.found && rec.register === 'lr' && rec.entity === 'Client') {
      // The Leveringsregister's query side reaches a Client only through Levering.client (Query has
      // no client root). The mappings register an LR Client only for a client with zorgzwaartepakket
      // lines, so this must not happen; if it does, read it from the table and record it (failed below).
      expect(env.reg.db.prepare('SELECT count(*) AS n FROM lr_Levering WHERE clientID = ?').get(rec.id), `${label}: unreachable only without a Levering`).toEqual({ n: 0 });
      expect(env.reg.db.prepare('SELECT bsn FROM lr_Client WHERE clientID = ?').get(rec.id), label).toEqual(rec.fields);
      orphanLrClients.push(`${path.relative(ROOT, r.file)}`);
      compared += Object.keys(rec.fields).length;
      continue;
    }
    expect(back.found, `${label} is in the register`).toBe(true);
    expect(back.unreadable, `${label}: fields the query side does not reach`).toEqual([]);
    expect(back.values, label).toEqual(rec.fields);
    compared += Object.keys(rec.fields).length;
  }
  return compared;
}

const xml = new XMLParser({ removeNSPrefix: true, parseTagValue: false, isArray: (n) => ['Client', 'ToegewezenZorgzwaartepakket', 'GeleverdZorgzwaartepakket'].includes(n) });
type X = Record<string, unknown>;
const clientsOf = (file: string): X[] => {
  const b = (xml.parse(fs.readFileSync(file, 'utf8')) as { Bericht: X }).Bericht;
  return ((b['Clienten'] as X | undefined)?.['Client'] ?? b['Client']) as X[];
};
const sorted = (rows: string[][]): string[] => rows.map((r) => r.join('|')).sort();

/**
 * A few fields straight from the XML (not through the mapping): the toewijzingen of an
 * AW33/ZK33/ZK31, the indicatie of an IO31, the begindatum of an AW35/ZK35 leveringperiode.
 */
async function expectXmlInRegister(env: Env, kind: string, file: string): Promise<number> {
  if (['AW33', 'ZK33', 'ZK31'].includes(kind)) {
    const want = clientsOf(file).flatMap((c) => (((c['Indicatie'] as X)['ToegewezenZorgzwaartepakketten'] as X | undefined)?.['ToegewezenZorgzwaartepakket'] as X[] | undefined ?? [])
      .map((t) => [t['ZzpCode'], t['Leveringsvorm'], t['Ingangsdatum'], t['Instelling'] ?? null].map(String)));
    const data = await env.reader.query('br', '{ bemiddelingspecificatie { zzpCode leveringsvorm toewijzingIngangsdatum instelling } }');
    const got = (data['bemiddelingspecificatie'] as X[]).map((s) => [s['zzpCode'], s['leveringsvorm'], s['toewijzingIngangsdatum'], s['instelling'] ?? null].map(String));
    for (const w of sorted(want)) expect(sorted(got), `${file}: toewijzing ${w}`).toContain(w);
    return want.length;
  }
  if (kind === 'IO31') {
    const want = clientsOf(file).map((c) => { const i = c['Indicatie'] as X; return [c['Bsn'], i['Besluitnummer'], i['Afgiftedatum'], i['Ingangsdatum']].map(String); });
    const data = await env.reader.query('ir', '{ wlzIndicatie { bsn besluitnummer afgiftedatum ingangsdatum } }');
    const got = (data['wlzIndicatie'] as X[]).map((i) => [i['bsn'], i['besluitnummer'], i['afgiftedatum'], i['ingangsdatum']].map(String));
    expect(sorted(got)).toEqual(sorted(want));
    return want.length;
  }
  if (kind === 'AW35' || kind === 'ZK35') {
    const geleverd = clientsOf(file).flatMap((c) => ((c['GeleverdeZorgzwaartepakketten'] as X | undefined)?.['GeleverdZorgzwaartepakket'] as X[] | undefined) ?? []);
    const data = await env.reader.query('lr', '{ leveringperiode { ingangsdatum } }');
    const got = (data['leveringperiode'] as X[]).map((p) => String(p['ingangsdatum']));
    for (const g of geleverd) {
      const begin = String(g['Begindatum']);
      if (g['StatusAanlevering'] === '1') expect(got, `${file}: leveringperiode from ${begin}`).toContain(begin);
    }
    return geleverd.length;
  }
  return 0;
}

const prerequisites = (dir: string): string[] => {
  const p = path.join(dir, 'prerequisites');
  return fs.existsSync(p) ? fs.readdirSync(p).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(p, f)) : [];
};

describe('setup', () => {
  it('loads the shipped mappings without problems', () => expect(problems).toEqual([]));
});

const valid = fixtureCases().filter((c) => (HEEN_KINDS as readonly string[]).includes(c.kind) && c.name.startsWith('valid__'));

describe('every valid heen fixture converts into a fresh register, and the register holds what was sent', () => {
  it('has valid cases of every heen kind', () => {
    expect(new Set(valid.map((c) => c.kind))).toEqual(new Set(HEEN_KINDS));
  });

  it.each(valid.map((c) => [`${c.kind}/${c.name}`, c] as const))('%s', async (label, c) => {
    const env = await fresh();
    try {
      const files = [...prerequisites(c.dir), c.input];
      let compared = 0;
      let sent = 0;
      for (const file of files) {
        // One message at a time, its writes checked right after it (a later one may change a record).
        const [r] = await convert(env, [file]);
        const cannot = file === c.input ? NOT_CONVERTIBLE[label] : undefined;
        if (cannot) {
          expect(r).toMatchObject({ status: 'failed', failure: 'permanent', retour: null });
          expect(r!.reason).toMatch(cannot);
          return;
        }
        expect(r!.status, `${path.relative(ROOT, file)}: ${r!.reason}`).toBe('converted');
        expect(r!.retour).toBe(`${file}.retour.xml`);
        sent += r!.mutations.filter((m) => m.status === 'sent').length;
        if (file === c.input) lrClientsSent.set(label, r!.mutations.filter((m) => m.status === 'sent' && m.register === 'lr' && m.operation === 'registreerClient').length);
        compared += await expectRegisterHolds(env, r!);
        compared += await expectXmlInRegister(env, r!.kind!, file);
      }
      if (sent > 0) expect(compared).toBeGreaterThan(0);
    } finally {
      await env.close();
    }
  });
});

const lifecycle = (f: string): string => path.join(SCENARIOS, 'client-lifecycle', f);
const writeLog = (env: Env): number => (env.reg.db.prepare('SELECT count(*) AS n FROM register_write_log').get() as { n: number }).n;
/** Every row of every register table (ir_, br_, lr_), to compare the register before and after. */
function snapshot(env: Env): Record<string, unknown[]> {
  const tables = env.reg.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND (name GLOB 'ir_*' OR name GLOB 'br_*' OR name GLOB 'lr_*') ORDER BY name").all() as { name: string }[];
  expect(tables.length).toBeGreaterThan(10);
  return Object.fromEntries(tables.map(({ name }) => [name, env.reg.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}
const processedCount = (env: Env): number => {
  const db = new Database(env.stateFile, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM processed_messages').get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const messageKeyOf = (file: string): string => prepareMessage(file, fs.readFileSync(file), { core, mappings }).plan!.messageKey;

describe('an AW35 after the AW33 links to the right Bemiddelingspecificatie', () => {
  it('each Levering refers to the toewijzing with its key, not to the other toewijzing of the same AW33', async () => {
    const env = await fresh();
    try {
      const [io31, aw33, first, second] = await convert(env, ['01-IO31.xml', '02-AW33.xml', '03-AW35.xml', '04-AW35.xml'].map(lifecycle));
      for (const r of [io31, aw33, first, second]) expect(r!.status, r!.reason).toBe('converted');
      // The contacts carry no Periode: their ingangsdatum is the default (the Dagtekening, 2026-08-20
      // in the IO31, 2026-08-25 in the AW33), set on create only. The AW33 finds them unchanged.
      const contacts = aw33!.mutations.filter((m) => /^(registreer|wijzig)(Adres|Telefoon|Email|ContactGegevens|ClientContactgegevens)$/.test(m.operation));
      expect(contacts.filter((m) => m.operation.startsWith('wijzig')).map((m) => m.operation)).toEqual([]);
      const found = contacts.filter((m) => m.register === 'ir' && ['registreerAdres', 'registreerTelefoon'].includes(m.operation));
      expect(found.map((m) => `${m.operation}:${m.status}:${m.note}`)).toEqual(['registreerAdres', 'registreerTelefoon'].map((op) => `${op}:unchanged:identical content already registered (defaulted, kept: ingangsdatum)`));
      const adres = io31!.mutations.find((m) => m.operation === 'registreerAdres')!;
      expect(env.reg.db.prepare('SELECT ingangsdatum FROM ir_Adres WHERE adresID = ?').get(adres.ids['adresID'])).toEqual({ ingangsdatum: '2026-08-20' });
      // The AW33 made two toewijzingen (same client, ZZP and date; instelling 07301234 and 06505566).
      const specs = aw33!.mutations.filter((m) => m.operation === 'registreerBemiddelingspecificatie' && m.status === 'sent');
      expect(specs).toHaveLength(2);
      const specOf = (instelling: string): string => specs.find((m) => (m.variables['input'] as Record<string, unknown>)['instelling'] === instelling)!.ids['bemiddelingspecificatieID']!;
      expect(specOf('07301234')).not.toBe(specOf('06505566'));
      for (const [r, instelling] of [[first!, '07301234'], [second!, '06505566']] as const) {
        const levering = r.mutations.find((m) => m.operation === 'registreerLevering')!;
        expect(levering.status).toBe('sent');
        const data = await env.reader.query('lr', 'query($id: UUID) { levering(where: { leveringID: { eq: $id } }) { bemiddelingspecificatieID client { bsn } leveringperiodes { ingangsdatum } } }', { id: levering.ids['leveringID'] });
        expect(data['levering']).toEqual([{ bemiddelingspecificatieID: specOf(instelling), client: { bsn: '500600703' }, leveringperiodes: [{ ingangsdatum: instelling === '07301234' ? '2026-09-02' : '2026-09-08' }] }]);
      }
      // And the toewijzing it names is the one of that instelling, over the Bemiddelingsregister.
      const br = await env.reader.query('br', 'query($id: UUID) { bemiddelingspecificatie(where: { bemiddelingspecificatieID: { eq: $id } }) { instelling zzpCode leveringsvorm toewijzingIngangsdatum } }', { id: specOf('07301234') });
      expect(br['bemiddelingspecificatie']).toEqual([{ instelling: '07301234', zzpCode: '753', leveringsvorm: '7', toewijzingIngangsdatum: '2026-09-01' }]);
    } finally {
      await env.close();
    }
  });
});

describe('a duplicate sends nothing twice', () => {
  it('the second conversion writes nothing and answers with the first retour, byte for byte', async () => {
    const env = await fresh();
    try {
      const file = lifecycle('02-AW33.xml');
      const [first] = await convert(env, [file]);
      expect(first!.status).toBe('converted');
      const firstRetour = env.retours.get(file)!;
      expect(firstRetour).toContain('<RetourCode>0200</RetourCode>');
      const writes = writeLog(env);
      expect(writes).toBeGreaterThan(0);
      const tables = snapshot(env);
      // A new validation builds another retour (new IdentificatieRetour): the duplicate must not use it.
      expect(core.validate(fs.readFileSync(file), { retour: true }).retour!.xml).not.toBe(firstRetour);

      const [second] = await convert(env, [file]);
      expect(second).toMatchObject({ status: 'converted', duplicate: { processedAt: expect.any(String) } });
      expect(second!.mutations.map((m) => m.status)).toEqual(first!.mutations.map(() => 'skipped'));
      expect(second!.records).toEqual(first!.records);
      expect(writeLog(env)).toBe(writes);
      expect(snapshot(env)).toEqual(tables);
      expect(Buffer.from(env.retours.get(file)!).equals(Buffer.from(firstRetour))).toBe(true);
    } finally {
      await env.close();
    }
  });
});

describe('register down: a retryable failure, nothing half-written', () => {
  let proxy: FlakyProxy | undefined;
  const proxies: FlakyProxy[] = [];
  const behindProxy = async (url: string): Promise<string> => {
    proxy = await startFlakyProxy(url);
    proxies.push(proxy);
    return proxy.url;
  };
  afterAll(async () => {
    for (const p of proxies) await p.close();
  });

  it('down from the start: failed/retryable, no retour, nothing written, not processed; converts once it is back', async () => {
    const env = await fresh(behindProxy);
    try {
      const [io31] = await convert(env, [lifecycle('01-IO31.xml')]);
      expect(io31!.status).toBe('converted');
      const before = snapshot(env);
      const writes = writeLog(env);
      const file = lifecycle('02-AW33.xml');

      proxy!.down = true;
      const [r] = await convert(env, [file]);
      expect(r).toMatchObject({ status: 'failed', failure: 'retryable', retour: null });
      expect(r!.reason).toMatch(/^retryable failure at mutation \d+ /);
      expect(r!.mutations.filter((m) => m.status === 'sent')).toEqual([]);
      expect(r!.mutations.some((m) => m.status === 'failed')).toBe(true);
      expect(proxy!.dropped).toBeGreaterThan(0);
      expect(env.retours.has(file)).toBe(false);
      expect(snapshot(env)).toEqual(before);
      expect(writeLog(env)).toBe(writes);
      expect(env.idmap.processed(messageKeyOf(file))).toBeUndefined();

      proxy!.down = false;
      const [again] = await convert(env, [file]);
      expect(again!.status, again!.reason).toBe('converted');
      expect(again!.duplicate).toBeUndefined();
      expect(env.retours.get(file)).toContain('<RetourCode>0200</RetourCode>');
      expect(env.idmap.processed(messageKeyOf(file))).toBeDefined();
      await expectRegisterHolds(env, again!);
    } finally {
      await env.close();
    }
  });

  it('gone in the middle of a message: what it wrote is undone, nothing left, not processed; the retry converts', async () => {
    const env = await fresh(behindProxy);
    try {
      // An IO31 with an older telephone number than the AW33 carries (the defaulted contact
      // ingangsdatum alone changes nothing): the AW33 first changes the IR Telefoon the IO31 made,
      // then creates BR records: the request with its Bemiddelingspecificatie never reaches the register.
      const io31File = path.join(tmp, 'io31-older-telefoon.xml');
      const io31Xml = fs.readFileSync(lifecycle('01-IO31.xml'), 'utf8');
      expect(io31Xml).toContain('<iwlz:Telefoonnummer>0302345678</iwlz:Telefoonnummer>');
      fs.writeFileSync(io31File, io31Xml.replace('<iwlz:Telefoonnummer>0302345678</iwlz:Telefoonnummer>', '<iwlz:Telefoonnummer>0301111111</iwlz:Telefoonnummer>'));
      const [io31] = await convert(env, [io31File]);
      expect(io31!.status, io31!.reason).toBe('converted');
      const before = snapshot(env);
      const file = lifecycle('02-AW33.xml');

      proxy!.dropNext = (body) => body.includes('registreerBemiddelingspecificatie');
      const [r] = await convert(env, [file]);
      expect(proxy!.dropNext).toBeUndefined();
      expect(r).toMatchObject({ status: 'failed', failure: 'retryable', retour: null });
      expect(r!.reason).toMatch(/undone: \d+ write\(s\)/);
      expect(r!.reason).not.toMatch(/NOT undone/);
      const sentBefore = r!.mutations.filter((m) => m.status === 'sent');
      expect(sentBefore.length).toBeGreaterThanOrEqual(2);
      expect(sentBefore.filter((m) => m.operation.startsWith('wijzig')).map((m) => m.operation)).toEqual(['wijzigTelefoon']);
      expect(sentBefore.some((m) => m.operation.startsWith('registreer'))).toBe(true);
      expect(env.retours.has(file)).toBe(false);
      expect(snapshot(env)).toEqual(before);
      expect(env.idmap.processed(messageKeyOf(file))).toBeUndefined();

      const [again] = await convert(env, [file]);
      expect(again!.status, again!.reason).toBe('converted');
      await expectRegisterHolds(env, again!);
    } finally {
      await env.close();
    }
  });
});

describe('an invalid message', () => {
  it('is rejected with a retour carrying the rule code, and nothing is sent', async () => {
    const env = await fresh();
    try {
      const file = path.join(ROOT, 'fixtures', 'iwlz-2.2', 'AW33', 'rule__TR016_toewijzing_starts_before_indicatie', 'input.xml');
      const [r] = await convert(env, [file]);
      expect(r).toMatchObject({ status: 'rejected', valid: false, mutations: [], records: [], retour: `${file}.retour.xml` });
      expect(r!.issues.map((i) => i.rule)).toContain('TR016');
      expect(env.retours.get(file)).toContain('<RetourCode>9016</RetourCode>');
      expect(writeLog(env)).toBe(0);
      expect(processedCount(env)).toBe(0);
    } finally {
      await env.close();
    }
  });
});

describe('the scenarios', () => {
  it('convert in one register, in order, every write read back', async () => {
    const env = await fresh();
    try {
      const files = fs.readdirSync(SCENARIOS).sort().flatMap((s) => fs.readdirSync(path.join(SCENARIOS, s)).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(SCENARIOS, s, f)));
      expect(files.length).toBeGreaterThanOrEqual(10);
      for (const file of files) {
        const [r] = await convert(env, [file]);
        expect(r!.status, `${file}: ${r!.reason}`).toBe('converted');
        await expectRegisterHolds(env, r!);
        await expectXmlInRegister(env, r!.kind!, file);
      }
    } finally {
      await env.close();
    }
  });
});

describe('no Leveringsregister Client without anything under it', () => {
  it('a client with only functies or aanvragen gets no LR Client; every LR Client sent has a Levering', () => {
    // Filled by the fixture runs above (vitest runs a file's tests in order).
    for (const label of ['AW35/valid__geleverde_functies_only', 'ZK35/valid__geleverde_functies_only', 'AW39/valid__three_clients_functies_overdracht_and_zzp_codes_12_20', 'ZK39/valid__aanvraag_verblijf_with_opname']) {
      expect(lrClientsSent.has(label), `${label} converted`).toBe(true);
    }
    expect(lrClientsSent.get('AW35/valid__geleverde_functies_only')).toBe(0);
    expect(lrClientsSent.get('ZK35/valid__geleverde_functies_only')).toBe(0);
    expect([...lrClientsSent.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(orphanLrClients).toEqual([]);
  });
});
