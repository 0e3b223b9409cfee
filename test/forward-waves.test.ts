/**
 * Waves (docs/forward-sending.md, "Waves"): the executor groups a plan by dependency level and
 * sends each wave to each register as one request with aliased fields, when the register's
 * mutation fields are nullable. Real HTTP on loopback, real SQLite: the embedded register, and
 * the same register served with nullable mutation fields (test/helpers/nullable-register.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { openRegisterClient, type RegisterClient, type RegisterClientConfig } from '../src/forward/client.js';
import { executePlan, type ExecutionOutcome } from '../src/forward/execute.js';
import { IdMap } from '../src/forward/idmap.js';
import { KeyFields } from '../src/forward/keys.js';
import type { Plan, PlannedMutation, PlanValue, RegisterId } from '../src/forward/plan.js';
import { planWaves } from '../src/forward/waves.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';
import { closedPort } from './helpers/http-capture.js';
import { type NullableRegister, startNullableRegister } from './helpers/nullable-register.js';

const m = (register: RegisterId, operation: string, input: Record<string, PlanValue>, extra: Partial<PlannedMutation> = {}): PlannedMutation => ({
  register, operation, entity: operation.replace(/^(registreer|wijzig|verwijder)/, ''), variables: { input }, source: `test:${operation}`, ...extra,
});
const ref = (name: string): PlanValue => ({ $ref: name });
const plan = (messageKey: string, mutations: PlannedMutation[]): Plan => ({ kind: 'AW33', messageKey, mutations, ignored: [] });

describe('planWaves', () => {
  it('a mutation joins the earliest wave after what it $refs', () => {
    const w = planWaves([
      m('br', 'registreerClient', { bsn: '1' }, { as: 'c' }),
      m('ir', 'registreerAdres', { postcode: '1' }, { as: 'a' }),
      m('br', 'registreerBemiddeling', { clientID: ref('c') }, { as: 'b' }),
      m('ir', 'registreerContactGegevens', { adresID: ref('a') }),
      m('br', 'registreerBemiddelingspecificatie', { bemiddelingID: ref('b') }),
      m('br', 'registreerRegiehouder', { bemiddelingID: ref('b') }),
    ]);
    expect(w.waves).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(w.refs[4]).toEqual(new Map([['b', 2]]));
  });

  it('a $ref names the latest earlier mutation of that name; a later one does not count', () => {
    const w = planWaves([
      m('br', 'registreerClient', { bsn: '1' }, { as: 'c' }),
      m('br', 'registreerBemiddeling', { clientID: ref('c') }),
      m('br', 'registreerClient', { bsn: '2' }, { as: 'c' }),
      m('br', 'registreerBemiddeling', { clientID: ref('c') }),
      m('br', 'registreerBemiddeling', { clientID: ref('later') }),
      m('br', 'registreerClient', { bsn: '3' }, { as: 'later' }),
    ]);
    expect(w.refs.map((r) => Object.fromEntries(r))).toEqual([{}, { c: 0 }, {}, { c: 2 }, {}, {}]);
    expect(w.waves).toEqual([[0, 2, 4, 5], [1, 3]]);
  });

  it('keeps order where it matters: same natural key, verwijder before registreer, a $lookup after the key is created, wijzig/verwijder of one type', () => {
    const nk = (key: string): Partial<PlannedMutation> => ({ naturalKey: { entity: 'Client', key } });
    const spec = (key: string): PlanValue => ({ $lookup: { register: 'br', entity: 'Bemiddelingspecificatie', key } });
    const w = planWaves([
      m('br', 'registreerClient', { bsn: '1' }, nk('1')), // 0
      m('br', 'registreerClient', { bsn: '1', taal: 'EN' }, nk('1')), // 1: same key → after 0
      { register: 'lr', operation: 'verwijderClient', entity: 'Client', variables: { id: { $lookup: { register: 'lr', entity: 'Client', key: '2' } } }, source: 't' }, // 2
      m('lr', 'registreerClient', { bsn: '2' }, nk('2')), // 3: after the verwijder of key 2
      m('lr', 'registreerLevering', { bemiddelingspecificatieID: spec('S') }), // 4
      m('br', 'registreerBemiddelingspecificatie', { zzpCode: '1' }, { naturalKey: { entity: 'Bemiddelingspecificatie', key: 'S' } }), // 5: writes what 4 read → after 4
      m('br', 'registreerBemiddelingspecificatie', { zzpCode: '2' }, { naturalKey: { entity: 'Bemiddelingspecificatie', key: 'T' } }), // 6: independent
      m('lr', 'wijzigLevering', { leveringID: '00000000-0000-4000-8000-000000000001', x: '1' }), // 7: after 4 (a wijzig of the same type)
      m('ir', 'registreerAdres', { postcode: '9' }), // 8: independent
      m('lr', 'registreerLevering', { bemiddelingspecificatieID: spec('T') }), // 9: after 6 (creates T) and 7 (a wijzig of the same type)
    ]);
    expect(w.deps).toEqual([[], [0], [], [2], [], [4], [], [4], [], [6, 7]]);
    expect(w.waves).toEqual([[0, 2, 4, 6, 8], [1, 3, 5, 7], [9]]);
  });
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-waves-'));
const schemaDir = testSchemaDir();
const keys = KeyFields.fromSchemaDir(schemaDir);
let reg: RunningRegister;
let nullable: NullableRegister;
let idmap: IdMap;
const clients: RegisterClient[] = [];

function client(cfg: Partial<RegisterClientConfig>): RegisterClient {
  const r = openRegisterClient({ party: 'UZOVI:5507', ...cfg });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  clients.push(r.client);
  return r.client;
}

beforeAll(async () => {
  reg = await startRegister({ port: 0, db: path.join(dir, 'register.sqlite'), schemaDir, notifier: null });
  nullable = await startNullableRegister(reg);
  idmap = IdMap.open(path.join(dir, 'forward.sqlite'));
});
afterAll(async () => {
  for (const c of clients) await c.close();
  idmap.close();
  await nullable.close();
  await reg.close();
});

const count = (table: string, where = '1', ...args: unknown[]): number => (reg.db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get(...args) as { n: number }).n;
const statuses = (o: ExecutionOutcome): string[] => o.mutations.map((x) => x.status);

/**
 * Three levels over two registers:
 * wave 0: br Client A, br Client B | lr Client A; wave 1: br Bemiddeling A, B | lr Levering;
 * wave 2: br Regiehouder A, Bemiddelingspecificatie A, Bemiddelingspecificatie B | lr Leveringperiode.
 */
function threeLevels(messageKey: string, n: number, specA: Record<string, PlanValue> = {}): Plan {
  const bsnA = `5${String(n).padStart(7, '0')}1`;
  const bsnB = `5${String(n).padStart(7, '0')}2`;
  const nk = (entity: string, key: string): Partial<PlannedMutation> => ({ naturalKey: { entity, key } });
  const bem = (c: string): Record<string, PlanValue> => ({ clientID: ref(c), wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01' });
  const spec = (b: string): Record<string, PlanValue> => ({
    bemiddelingID: ref(b), leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507', soortToewijzing: '1', opname: '1',
  });
  return plan(messageKey, [
    m('br', 'registreerClient', { bsn: bsnA }, { as: 'bcA', ...nk('Client', bsnA) }), // 0
    m('br', 'registreerClient', { bsn: bsnB }, { as: 'bcB', ...nk('Client', bsnB) }), // 1
    m('lr', 'registreerClient', { bsn: bsnA }, { as: 'lcA', ...nk('Client', bsnA) }), // 2
    m('br', 'registreerBemiddeling', bem('bcA'), { as: 'bemA', ...nk('Bemiddeling', `${bsnA}|1`) }), // 3
    m('br', 'registreerBemiddeling', bem('bcB'), { as: 'bemB', ...nk('Bemiddeling', `${bsnB}|1`) }), // 4
    m('lr', 'registreerLevering', { clientID: ref('lcA'), bemiddelingspecificatieID: '00000000-0000-4000-8000-000000000043' }, { as: 'lev', ...nk('Levering', `${bsnA}|1`) }), // 5
    m('br', 'registreerRegiehouder', { bemiddelingID: ref('bemA'), instelling: '01234567', ingangsdatum: '2026-01-01', regierol: 'DH' }, nk('Regiehouder', `${bsnA}|1`)), // 6
    m('br', 'registreerBemiddelingspecificatie', { ...spec('bemA'), ...specA }, nk('Bemiddelingspecificatie', `${bsnA}|1`)), // 7
    m('br', 'registreerBemiddelingspecificatie', spec('bemB'), nk('Bemiddelingspecificatie', `${bsnB}|1`)), // 8
    m('lr', 'registreerLeveringperiode', { leveringID: ref('lev'), ingangsdatum: '2026-02-01' }, nk('Leveringperiode', `${bsnA}|1`)), // 9
  ]);
}

/** (wave, register) groups of a plan: the requests batching makes. */
const groups = (p: Plan): { register: string; fields: number }[][] =>
  planWaves(p.mutations).waves.map((w) => [...new Set(w.map((i) => p.mutations[i]!.register))].sort().map((r) => ({ register: r, fields: w.filter((i) => p.mutations[i]!.register === r).length })));
const served = (from: number): { register: string; fields: number }[] =>
  nullable.mutationRequests.slice(from).map((r) => ({ register: r.path.startsWith('/bemiddelings') ? 'br' : r.path.startsWith('/leverings') ? 'lr' : 'ir', fields: r.fields }));
const byWave = (flat: { register: string; fields: number }[], shape: unknown[][]): { register: string; fields: number }[][] => {
  let k = 0;
  return shape.map((w) => flat.slice(k, (k += w.length)).sort((a, b) => a.register.localeCompare(b.register)));
};

describe('waves against a register with nullable mutation fields', () => {
  it('a three-level plan: one request per (wave × register), every mutation written', async () => {
    const p = threeLevels('W|1', 1);
    const expected = groups(p);
    expect(expected).toEqual([
      [{ register: 'br', fields: 2 }, { register: 'lr', fields: 1 }],
      [{ register: 'br', fields: 2 }, { register: 'lr', fields: 1 }],
      [{ register: 'br', fields: 3 }, { register: 'lr', fields: 1 }],
    ]);
    const from = nullable.mutationRequests.length;
    const o = await executePlan(p, { client: client({ base: nullable.url }), idmap, keys });
    expect(o.error).toBeUndefined();
    expect(statuses(o)).toEqual(Array(10).fill('sent'));
    expect(served(from)).toHaveLength(6);
    expect(byWave(served(from), expected)).toEqual(expected);
    // The ids went to the right mutations: every $ref resolved to the record its `as` wrote.
    const id = (i: number, k: string): string => o.mutations[i]!.ids[k]!;
    expect(o.mutations[3]!.variables).toMatchObject({ input: { clientID: id(0, 'clientID') } });
    expect(o.mutations[4]!.variables).toMatchObject({ input: { clientID: id(1, 'clientID') } });
    expect(o.mutations[8]!.variables).toMatchObject({ input: { bemiddelingID: id(4, 'bemiddelingID') } });
    expect(reg.db.prepare('SELECT c.bsn FROM br_Bemiddelingspecificatie s JOIN br_Bemiddeling b ON b.bemiddelingID = s.bemiddelingID JOIN br_Client c ON c.clientID = b.clientID WHERE s.bemiddelingspecificatieID = ?').get(id(8, 'bemiddelingspecificatieID'))).toEqual({ bsn: '500000012' });
    expect(idmap.get('lr', 'Leveringperiode', '500000011|1')?.id).toBe(id(9, 'leveringperiodeID'));
    expect(o.records).toHaveLength(10);
  });

  it('the middle mutation of a batched request fails validation: reported at that mutation, the others of the wave succeeded, everything undone', async () => {
    const p = threeLevels('W|2', 2, { leveringsvorm: '3' });
    const from = nullable.mutationRequests.length;
    const o = await executePlan(p, { client: client({ base: nullable.url }), idmap, keys });
    expect(o.status).toBe('permanent');
    expect(o.error).toMatchObject({ class: 'permanent', reason: 'graphql', mutation: 7, errors: [{ path: ['m1'], extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(o.error!.message).toMatch(/^registreerBemiddelingspecificatie: .*leveringsvorm/);
    // Wave 2 went as one br request (Regiehouder, the bad specificatie, the good one) and one lr request.
    expect(served(from).slice(4, 6).map((r) => r.fields).sort()).toEqual([1, 3]);
    expect(statuses(o)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'sent', 'sent', 'failed', 'sent', 'sent']);
    expect(o.compensated).toHaveLength(9);
    expect(o.uncompensated).toEqual([]);
    // Children undone before their parents (the register refuses to remove a record in use).
    expect(o.compensated!.indexOf(`verwijderBemiddeling Bemiddeling/${o.mutations[4]!.ids['bemiddelingID']}`)).toBeGreaterThan(o.compensated!.indexOf(`verwijderBemiddelingspecificatie Bemiddelingspecificatie/${o.mutations[8]!.ids['bemiddelingspecificatieID']}`));
    for (const [t, w] of [['br_Client', "bsn LIKE '50000002%'"], ['lr_Client', "bsn LIKE '50000002%'"]] as const) expect(count(t, w)).toBe(0);
    for (const i of [0, 1, 2, 3, 4, 5, 6, 8, 9]) {
      const nk = p.mutations[i]!.naturalKey!;
      expect(idmap.get(p.mutations[i]!.register, nk.entity, nk.key)).toBeUndefined();
    }
    expect(idmap.processed('W|2')).toBeUndefined();
    // The retry with the mistake fixed writes everything once.
    const retry = await executePlan(threeLevels('W|2', 2), { client: client({ base: nullable.url }), idmap, keys });
    expect(retry.status).toBe('ok');
    expect(count('br_Client', "bsn LIKE '50000002%'")).toBe(2);
  });

  it('a request refused as a whole (a variable that does not coerce): each mutation is sent alone, and fails or succeeds as it would have', async () => {
    const p = threeLevels('W|3', 3, { zzpCode: null });
    const o = await executePlan(p, { client: client({ base: nullable.url }), idmap, keys });
    expect(o.status).toBe('permanent');
    expect(o.error).toMatchObject({ reason: 'graphql', mutation: 7 });
    expect(o.error!.message).toContain('zzpCode');
    expect(statuses(o)[6]).toBe('sent');
    expect(statuses(o)[8]).toBe('sent');
    expect(o.uncompensated).toEqual([]);
    expect(count('br_Client', "bsn LIKE '50000003%'")).toBe(0);
  });

  it('a batched request that gets no answer fails every mutation in it (retryable)', async () => {
    const other = await startNullableRegister(reg);
    const lr = `http://127.0.0.1:${await closedPort()}/leveringsregister/graphql`;
    const c = client({ endpoints: { br: `${other.url}/bemiddelingsregister/graphql`, lr } });
    const p = plan('W|4', threeLevels('x', 4).mutations.filter((x) => x.register === 'br'));
    const o = await executePlan(p, { client: c, idmap, keys, afterMutation: async (i) => { if (i === 1) await other.close(); } });
    expect(o.status).toBe('retryable');
    expect(o.error).toMatchObject({ class: 'retryable', reason: 'network', mutation: 2 });
    expect(statuses(o)).toEqual(['sent', 'sent', 'failed', 'failed', 'skipped', 'skipped', 'skipped']);
    expect(other.mutationRequests.map((r) => r.fields)).toEqual([2]);
    // The register is gone: the two clients cannot be undone and stay known for the retry.
    expect(o.uncompensated).toHaveLength(2);
    expect(idmap.get('br', 'Client', '500000041')?.id).toBe(o.mutations[0]!.ids['clientID']);
  });
});

describe('waves against a register whose mutation fields are non-null', () => {
  it('is not batched: a failing field would null the answer and lose the ids written before it; each mutation goes alone', async () => {
    const nonNull = await startNullableRegister(reg, undefined, { nonNull: true });
    onTestFinished(() => nonNull.close());
    const c = client({ base: nonNull.url });
    const p = threeLevels('W|5', 5, { leveringsvorm: '3' });
    const o = await executePlan(p, { client: c, idmap, keys });
    expect(o.error).toMatchObject({ reason: 'graphql', mutation: 7 });
    expect(o.uncompensated).toEqual([]);
    expect(o.compensated).toHaveLength(9);
    expect(count('br_Client', "bsn LIKE '50000005%'")).toBe(0);
    // 10 mutations, 1 schema question (br has a wave with two fields), 9 undo requests.
    expect(c.requests).toBe(10 + 1 + 9);
  });
});

describe('the processed mark (docs/forward-sending.md, "Failure semantics")', () => {
  it('is written in the same transaction as the last wave\'s id-map updates: one commit, atomic together', async () => {
    const during: boolean[] = [];
    const mark = vi.spyOn(idmap, 'markProcessed').mockImplementation(function (this: IdMap, ...args) {
      during.push(idmap.db.inTransaction);
      IdMap.prototype.markProcessed.apply(this, args);
    });
    onTestFinished(() => mark.mockRestore());
    const o = await executePlan(threeLevels('W|6', 6), { client: client({ base: nullable.url }), idmap, keys });
    expect(o.status).toBe('ok');
    expect(during).toEqual([true]);
    // Both are there: the last wave's ids and the stored outcome (a second run sends nothing).
    expect(idmap.get('lr', 'Leveringperiode', '500000061|1')?.id).toBe(o.mutations[9]!.ids['leveringperiodeID']);
    expect(idmap.processed<ExecutionOutcome>('W|6')?.outcome).toEqual(o);
  });

  it('a mark that fails inside that transaction does not take the wave\'s ids with it: they are committed, and the mark is written after', async () => {
    let calls = 0;
    const mark = vi.spyOn(idmap, 'markProcessed').mockImplementation(function (this: IdMap, ...args) {
      if (calls++ === 0) throw new Error('disk trouble');
      return IdMap.prototype.markProcessed.apply(this, args);
    });
    onTestFinished(() => mark.mockRestore());
    const o = await executePlan(threeLevels('W|7', 7), { client: client({ base: nullable.url }), idmap, keys });
    expect(o.status).toBe('ok');
    expect(calls).toBe(2);
    expect(idmap.get('lr', 'Leveringperiode', '500000071|1')?.id).toBe(o.mutations[9]!.ids['leveringperiodeID']);
    expect(idmap.processed<ExecutionOutcome>('W|7')?.outcome).toEqual(o);
  });
});
