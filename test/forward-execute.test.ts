/** executePlan against the embedded register on loopback (real HTTP, real SQLite files): refs, lookups, idempotency, wijzig, failure and compensation. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegisterClient, type RegisterClient, type RegisterClientConfig } from '../src/forward/client.js';
import { executePlan, type ExecutionOutcome } from '../src/forward/execute.js';
import { IdMap } from '../src/forward/idmap.js';
import { KeyFields } from '../src/forward/keys.js';
import type { Plan, PlannedMutation, PlanValue, RegisterId } from '../src/forward/plan.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';
import { closedPort } from './helpers/http-capture.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-forward-'));
const regFile = path.join(dir, 'register.sqlite');
const schemaDir = testSchemaDir();
const keys = KeyFields.fromSchemaDir(schemaDir);
let reg: RunningRegister;
let idmap: IdMap;
const clients: RegisterClient[] = [];

function client(cfg: Partial<RegisterClientConfig> = {}): RegisterClient {
  const r = openRegisterClient({ base: reg.url, party: 'UZOVI:5507', ...cfg });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  clients.push(r.client);
  return r.client;
}

beforeAll(async () => {
  reg = await startRegister({ port: 0, db: regFile, schemaDir, notifier: null });
  idmap = IdMap.open(path.join(dir, 'forward.sqlite'));
});
afterAll(async () => {
  for (const c of clients) await c.close();
  idmap.close();
  await reg.close();
});

const BR = '/bemiddelingsregister/graphql';
const LR = '/leveringsregister/graphql';
async function query(p: string, q: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${reg.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: q, variables }) });
  const body = (await res.json()) as { data: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}
const writes = (): number => (reg.db.prepare('SELECT count(*) AS n FROM register_write_log').get() as { n: number }).n;
const count = (table: string, where = '1', ...args: unknown[]): number => (reg.db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get(...args) as { n: number }).n;

const m = (register: RegisterId, operation: string, input: Record<string, PlanValue>, extra: Partial<PlannedMutation> = {}): PlannedMutation => ({
  register, operation, entity: operation.replace(/^(registreer|wijzig|verwijder)/, ''), variables: { input }, source: `test:${operation}`, ...extra,
});
const lookup = (register: RegisterId, entity: string, key: string): PlanValue => ({ $lookup: { register, entity, key } });
const plan = (messageKey: string, mutations: PlannedMutation[], kind: Plan['kind'] = 'AW33'): Plan => ({ kind, messageKey, mutations, ignored: [] });

const SPEC_KEY = '2025000001|750|01234567|4|2026-01-01';
function aw33(messageKey: string, bsn: string, spec: Record<string, PlanValue> = {}, specKey = `${bsn}|${SPEC_KEY}`): Plan {
  return plan(messageKey, [
    m('br', 'registreerClient', { bsn, leefeenheid: '1', communicatievorm: '1', taal: 'NL' }, { as: 'client', naturalKey: { entity: 'Client', key: bsn } }),
    m('br', 'registreerBemiddeling', { clientID: { $ref: 'client' }, wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01' },
      { as: 'bem', naturalKey: { entity: 'Bemiddeling', key: `${bsn}|2025000001|5501` } }),
    m('br', 'registreerBemiddelingspecificatie', {
      bemiddelingID: { $ref: 'bem' }, leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507', soortToewijzing: '1', opname: '1', ...spec,
    }, { as: 'spec', naturalKey: { entity: 'Bemiddelingspecificatie', key: specKey } }),
  ]);
}
function aw35(messageKey: string, bsn: string, specKey = `${bsn}|${SPEC_KEY}`): Plan {
  return plan(messageKey, [
    m('lr', 'registreerClient', { bsn }, { as: 'client', naturalKey: { entity: 'Client', key: bsn } }),
    m('lr', 'registreerLevering', { clientID: { $ref: 'client' }, bemiddelingspecificatieID: lookup('br', 'Bemiddelingspecificatie', specKey) }, { as: 'lev', naturalKey: { entity: 'Levering', key: specKey } }),
    m('lr', 'registreerLeveringperiode', { leveringID: { $ref: 'lev' }, ingangsdatum: '2026-02-01' }, { naturalKey: { entity: 'Leveringperiode', key: `${specKey}|2026-02-01` } }),
  ], 'AW35');
}
const statuses = (o: ExecutionOutcome): string[] => o.mutations.map((x) => `${x.operation}:${x.status}`);

describe('executePlan', () => {
  let first: ExecutionOutcome;
  const bsn = '012345672';

  it('a Client → Bemiddeling → Bemiddelingspecificatie plan with $ref: written, ids returned, read back equal', async () => {
    const c = client();
    first = await executePlan(aw33('AW33|5507|1', bsn), { client: c, idmap, keys, retour: 'out/AW34-1.xml' });
    expect(first.error).toBeUndefined();
    expect(first.status).toBe('ok');
    expect(statuses(first)).toEqual(['registreerClient:sent', 'registreerBemiddeling:sent', 'registreerBemiddelingspecificatie:sent']);
    const [cl, bem, spec] = first.mutations.map((x) => Object.values(x.ids)[0]!);
    expect(first.mutations.map((x) => Object.keys(x.ids)[0])).toEqual(['clientID', 'bemiddelingID', 'bemiddelingspecificatieID']);
    expect(first.mutations[1]!.variables).toMatchObject({ input: { clientID: cl } });
    expect(first.mutations[2]!.variables).toMatchObject({ input: { bemiddelingID: bem } });
    expect(first.records).toEqual([`Client/${cl}`, `Bemiddeling/${bem}`, `Bemiddelingspecificatie/${spec}`]);
    expect(first.retour).toBe('out/AW34-1.xml');

    const d = await query(BR, `query($id: UUID) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $id}}) {
      leveringsvorm zzpCode toewijzingIngangsdatum instelling uitvoerendZorgkantoor soortToewijzing opname
      bemiddeling { bemiddelingID wlzIndicatieID verantwoordelijkZorgkantoor verantwoordelijkheidIngangsdatum client { clientID bsn leefeenheid communicatievorm taal } } } }`, { id: spec });
    expect(d['bemiddelingspecificatie']).toEqual([{
      leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507', soortToewijzing: '1', opname: '1',
      bemiddeling: { bemiddelingID: bem, wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01',
        client: { clientID: cl, bsn, leefeenheid: '1', communicatievorm: '1', taal: 'NL' } },
    }]);
    expect(reg.db.prepare('SELECT entity, author FROM register_write_log ORDER BY seq').all()).toEqual(['Client', 'Bemiddeling', 'Bemiddelingspecificatie'].map((entity) => ({ entity, author: 'UZOVI:5507' })));
    // Both directions of the id map.
    expect(idmap.get('br', 'Bemiddelingspecificatie', `${bsn}|${SPEC_KEY}`)?.id).toBe(spec);
    expect(idmap.keysOf('br', cl!).map((e) => `${e.entity} ${e.key}`)).toEqual([`Client ${bsn}`]);
  });

  it('a second plan finds the toewijzing with $lookup (AW35 after AW33)', async () => {
    const o = await executePlan(aw35('AW35|01234567|1', bsn), { client: client(), idmap, keys });
    expect(o.status).toBe('ok');
    expect(statuses(o)).toEqual(['registreerClient:sent', 'registreerLevering:sent', 'registreerLeveringperiode:sent']);
    const spec = first.mutations[2]!.ids['bemiddelingspecificatieID'];
    const lev = o.mutations[1]!.ids['leveringID'];
    const d = await query(LR, `query($id: UUID) { levering(where: {leveringID: {eq: $id}}) { bemiddelingspecificatieID client { bsn } leveringperiodes { ingangsdatum } } }`, { id: lev });
    expect(d['levering']).toEqual([{ bemiddelingspecificatieID: spec, client: { bsn }, leveringperiodes: [{ ingangsdatum: '2026-02-01' }] }]);
    // Each register has its own clientID for the same person.
    expect(o.mutations[0]!.ids['clientID']).not.toBe(first.mutations[0]!.ids['clientID']);
  });

  it('the same message key again sends nothing and returns the stored outcome', async () => {
    const c = client();
    const before = writes();
    const again = await executePlan(aw33('AW33|5507|1', bsn), { client: c, idmap, keys });
    expect(c.requests).toBe(0);
    expect(writes()).toBe(before);
    expect(again.duplicate).toEqual({ processedAt: expect.any(String), traceId: first.traceId });
    expect(again.records).toEqual(first.records);
    expect(again.retour).toBe('out/AW34-1.xml');
    expect(again.mutations.map((x) => x.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(again.mutations.map((x) => x.ids)).toEqual(first.mutations.map((x) => x.ids));
  });

  it('the same records under a new message key are unchanged: nothing written', async () => {
    const c = client();
    const before = writes();
    const o = await executePlan(aw33('AW33|5507|2', bsn), { client: c, idmap, keys });
    expect(o.status).toBe('ok');
    expect(statuses(o)).toEqual(['registreerClient:unchanged', 'registreerBemiddeling:unchanged', 'registreerBemiddelingspecificatie:unchanged']);
    expect(o.records).toEqual(first.records);
    expect(c.requests).toBe(0);
    expect(writes()).toBe(before);
  });

  it('changed content of a known record → wijzig of the mapped record with the fields given', async () => {
    const c = client();
    // etmalen added, opname left out.
    const o = await executePlan(aw33('AW33|5507|3', bsn, { etmalen: '3,5', opname: null }), { client: c, idmap, keys });
    expect(statuses(o)).toEqual(['registreerClient:unchanged', 'registreerBemiddeling:unchanged', 'wijzigBemiddelingspecificatie:sent']);
    const spec = first.mutations[2]!.ids['bemiddelingspecificatieID'];
    expect(o.mutations[2]).toMatchObject({ planned: 'registreerBemiddelingspecificatie', ids: { bemiddelingspecificatieID: spec } });
    expect(c.requests).toBe(1);
    const d = await query(BR, `query($id: UUID) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $id}}) { etmalen opname zzpCode } }`, { id: spec });
    expect(d['bemiddelingspecificatie']).toEqual([{ etmalen: '3,5', opname: null, zzpCode: '750' }]);
    expect(idmap.get('br', 'Bemiddelingspecificatie', `${bsn}|${SPEC_KEY}`)?.version).toBe(2);
    expect(count('br_Bemiddelingspecificatie')).toBe(1);
  });

  it('find-or-create: fields left out keep their value; only differing given fields cause a wijzig; the plan party writes', async () => {
    const c = client();
    const only = (k: string, input: Record<string, PlanValue>): Plan => ({ ...plan(k, [m('br', 'registreerClient', input, { naturalKey: { entity: 'Client', key: bsn } })]), party: 'AGB:01234567' });
    const same = await executePlan(only('AW33|01234567|50', { bsn }), { client: c, idmap, keys });
    expect(statuses(same)).toEqual(['registreerClient:unchanged']);
    expect(c.requests).toBe(0);
    const changed = await executePlan(only('AW33|01234567|51', { bsn, taal: 'EN' }), { client: c, idmap, keys });
    expect(statuses(changed)).toEqual(['wijzigClient:sent']);
    const cl = first.mutations[0]!.ids['clientID'];
    expect(changed.mutations[0]!.variables).toEqual({ input: { clientID: cl, bsn, taal: 'EN' } });
    expect((await query(BR, 'query($id: UUID) { client(where: {clientID: {eq: $id}}) { bsn leefeenheid communicatievorm taal } }', { id: cl }))['client'])
      .toEqual([{ bsn, leefeenheid: '1', communicatievorm: '1', taal: 'EN' }]);
    expect(idmap.get('br', 'Client', bsn)!.content).toEqual({ bsn, leefeenheid: '1', communicatievorm: '1', taal: 'EN' });
    expect(reg.db.prepare(`SELECT op, author FROM register_write_log WHERE record_id = ? ORDER BY seq DESC LIMIT 1`).get(cl)).toEqual({ op: 'update', author: 'AGB:01234567' });
  });

  it('find-or-create leaves createOnly fields (a mapping default) alone: only such a difference → unchanged, nothing sent; another difference → wijzig without them', async () => {
    // An IR Adres whose ingangsdatum is the default contactIngangsdatum (the message's Dagtekening).
    const adres = (k: string, dagtekening: string, extra: Record<string, PlanValue> = {}): Plan => plan(k, [
      m('ir', 'registreerAdres', { adresSoort: '01', plaatsnaam: 'Utrecht', ingangsdatum: dagtekening, ...extra }, { naturalKey: { entity: 'Adres', key: '555666777|01|' }, createOnly: ['ingangsdatum'] }),
    ], 'IO31');
    const created = await executePlan(adres('IO31||IO31-60|2026-10-01', '2026-10-01'), { client: client(), idmap, keys });
    expect(statuses(created)).toEqual(['registreerAdres:sent']);
    const id = created.mutations[0]!.ids['adresID']!;
    const row = (): unknown => reg.db.prepare('SELECT plaatsnaam, ingangsdatum FROM ir_Adres WHERE adresID = ?').get(id);
    expect(row()).toEqual({ plaatsnaam: 'Utrecht', ingangsdatum: '2026-10-01' });

    const c = client();
    const before = writes();
    const later = await executePlan(adres('AW33|5507|61', '2026-11-20'), { client: c, idmap, keys });
    expect(statuses(later)).toEqual(['registreerAdres:unchanged']);
    expect(later.mutations[0]).toMatchObject({ ids: { adresID: id }, note: 'identical content already registered (defaulted, kept: ingangsdatum)' });
    expect(c.requests).toBe(0);
    expect(writes()).toBe(before);

    const moved = await executePlan(adres('AW33|5507|62', '2026-12-01', { plaatsnaam: 'Zeist' }), { client: c, idmap, keys });
    expect(statuses(moved)).toEqual(['wijzigAdres:sent']);
    expect(moved.mutations[0]!.variables).toEqual({ input: { adresID: id, adresSoort: '01', plaatsnaam: 'Zeist' } });
    expect(row()).toEqual({ plaatsnaam: 'Zeist', ingangsdatum: '2026-10-01' });
    expect(idmap.get('ir', 'Adres', '555666777|01|')!.content).toEqual({ adresSoort: '01', plaatsnaam: 'Zeist', ingangsdatum: '2026-10-01' });

    // The same difference without createOnly is a change like any other (what the mark prevents).
    const plain = adres('AW33|5507|63', '2026-12-02', { plaatsnaam: 'Zeist' });
    delete plain.mutations[0]!.createOnly;
    const changed = await executePlan(plain, { client: c, idmap, keys });
    expect(statuses(changed)).toEqual(['wijzigAdres:sent']);
    expect(changed.mutations[0]!.variables).toEqual({ input: { adresID: id, adresSoort: '01', plaatsnaam: 'Zeist', ingangsdatum: '2026-12-02' } });
    expect(row()).toEqual({ plaatsnaam: 'Zeist', ingangsdatum: '2026-12-02' });
  });

  it('two messages with the same new client at once register it once', async () => {
    const c = client();
    const [a, b] = await Promise.all([executePlan(aw33('AW33|5507|10', '123456782'), { client: c, idmap, keys }), executePlan(aw33('AW33|5507|11', '123456782'), { client: c, idmap, keys })]);
    expect([a.status, b.status]).toEqual(['ok', 'ok']);
    expect(count('br_Client', 'bsn = ?', '123456782')).toBe(1);
    expect([statuses(a)[0], statuses(b)[0]].sort()).toEqual(['registreerClient:sent', 'registreerClient:unchanged']);
  });

  it('a lookup the id map does not know → permanent, naming the key (BSN masked), and what was written is undone', async () => {
    const before = { writes: count('lr_Client'), levering: count('lr_Levering') };
    const o = await executePlan(aw35('AW35|01234567|2', '111222333', '111222333|2025000009|750|01234567|4|2026-01-01'), { client: client(), idmap, keys });
    expect(o.status).toBe('permanent');
    expect(o.error).toMatchObject({ class: 'permanent', reason: 'lookup', mutation: 1 });
    expect(o.error!.message).toContain('br/Bemiddelingspecificatie "******333|2025000009|750|01234567|4|2026-01-01"');
    expect(o.error!.message).not.toContain('111222333');
    expect(statuses(o)).toEqual(['registreerClient:sent', 'registreerLevering:failed', 'registreerLeveringperiode:skipped']);
    expect(o.compensated).toEqual([`verwijderClient Client/${o.mutations[0]!.ids['clientID']}`]);
    expect(o.uncompensated).toEqual([]);
    expect({ writes: count('lr_Client'), levering: count('lr_Levering') }).toEqual(before);
    expect(idmap.entry('lr', 'Client', '111222333')).toBeUndefined();
    expect(idmap.processed('AW35|01234567|2')).toBeUndefined();
  });

  it('a validation error of the register → permanent with the GraphQL error, earlier writes undone', async () => {
    const o = await executePlan(aw33('AW33|5507|20', '222333444', { leveringsvorm: '3' }), { client: client(), idmap, keys });
    expect(o.status).toBe('permanent');
    expect(o.error).toMatchObject({ reason: 'graphql', mutation: 2, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(o.compensated).toHaveLength(2);
    expect(count('br_Client', 'bsn = ?', '222333444')).toBe(0);
    expect(idmap.get('br', 'Client', '222333444')).toBeUndefined();
  });
});

describe('register down', () => {
  it('one register unreachable mid-plan → retryable, the rest undone, nothing left; the retry succeeds once it is back', async () => {
    const bsn = '333444555';
    const p = plan('AW33|5507|30', [...aw33('x', bsn).mutations, m('lr', 'registreerClient', { bsn }, { naturalKey: { entity: 'Client', key: bsn } })]);
    const down = client({ base: undefined, endpoints: { br: `${reg.url}${BR}`, lr: `http://127.0.0.1:${await closedPort()}${LR}` } });
    const before = writes();
    const o = await executePlan(p, { client: down, idmap, keys });
    expect(o.status).toBe('retryable');
    expect(o.error).toMatchObject({ class: 'retryable', reason: 'network', mutation: 3 });
    expect(o.compensated!.map((s) => s.split(' ')[0])).toEqual(['verwijderBemiddelingspecificatie', 'verwijderBemiddeling', 'verwijderClient']);
    expect(o.uncompensated).toEqual([]);
    expect(count('br_Client', 'bsn = ?', bsn)).toBe(0);
    expect(count('br_Bemiddeling', 'clientID = ?', o.mutations[0]!.ids['clientID'])).toBe(0);
    expect(writes()).toBe(before + 6); // 3 creates, 3 deletes
    expect(idmap.get('br', 'Client', bsn)).toBeUndefined();
    expect(idmap.processed('AW33|5507|30')).toBeUndefined();

    const retry = await executePlan(p, { client: client(), idmap, keys });
    expect(retry.status).toBe('ok');
    expect(retry.mutations.every((x) => x.status === 'sent')).toBe(true);
    expect(count('br_Client', 'bsn = ?', bsn)).toBe(1);
    expect(count('lr_Client', 'bsn = ?', bsn)).toBe(1);
  });

  it('a change is undone by restoring the previous content', async () => {
    const specKey = `012345672|${SPEC_KEY}`;
    const lp = `${specKey}|2026-02-01`;
    const p = plan('AW39|01234567|1', [
      m('lr', 'wijzigLeveringperiode', { leveringperiodeID: lookup('lr', 'Leveringperiode', lp), einddatum: '2026-06-30', beeindigingReden: '01' }),
      m('br', 'registreerRegiehouder', { bemiddelingID: lookup('br', 'Bemiddeling', '012345672|2025000001|5501'), instelling: '01234567', ingangsdatum: '2026-01-01', regierol: 'DH' }),
    ], 'AW39');
    const down = client({ base: undefined, endpoints: { lr: `${reg.url}${LR}`, br: `http://127.0.0.1:${await closedPort()}${BR}` } });
    const o = await executePlan(p, { client: down, idmap, keys });
    expect(o.status).toBe('retryable');
    expect(o.compensated).toEqual([`wijzigLeveringperiode Leveringperiode/${idmap.get('lr', 'Leveringperiode', lp)!.id}`]);
    const d = await query(LR, '{ leveringperiode { ingangsdatum einddatum beeindigingReden } }');
    expect(d['leveringperiode']).toEqual([{ ingangsdatum: '2026-02-01', einddatum: null, beeindigingReden: null }]);
    expect(idmap.get('lr', 'Leveringperiode', lp)!.content).toEqual({ leveringID: expect.any(String), ingangsdatum: '2026-02-01' });

    const retry = await executePlan(p, { client: client(), idmap, keys });
    expect(statuses(retry)).toEqual(['wijzigLeveringperiode:sent', 'registreerRegiehouder:sent']);
    expect((await query(LR, '{ leveringperiode { einddatum } }'))['leveringperiode']).toEqual([{ einddatum: '2026-06-30' }]);
  });

  it('the whole register gone mid-plan: the undo cannot reach it, the id map keeps what exists, and the retry resumes without duplicates', async () => {
    const bsn = '444555666';
    const port = Number(new URL(reg.url).port);
    const c = client();
    const o = await executePlan(aw33('AW33|5507|40', bsn), {
      client: c, idmap, keys,
      afterMutation: async (i) => { if (i === 0) await reg.close(); },
    });
    expect(o.status).toBe('retryable');
    expect(o.error).toMatchObject({ reason: 'network', mutation: 1 });
    expect(o.compensated).toEqual([]);
    expect(o.uncompensated).toHaveLength(1);
    const clientId = o.mutations[0]!.ids['clientID'];
    expect(idmap.get('br', 'Client', bsn)?.id).toBe(clientId);

    reg = await startRegister({ port, db: regFile, schemaDir, notifier: null });
    const retry = await executePlan(aw33('AW33|5507|40', bsn), { client: c, idmap, keys });
    expect(retry.status).toBe('ok');
    expect(statuses(retry)).toEqual(['registreerClient:unchanged', 'registreerBemiddeling:sent', 'registreerBemiddelingspecificatie:sent']);
    expect(retry.mutations[1]!.variables).toMatchObject({ input: { clientID: clientId } });
    expect(count('br_Client', 'bsn = ?', bsn)).toBe(1);
  });
});

describe('verwijder and no-target', () => {
  it('verwijder marks the id-map entry removed; removing it again is unchanged', async () => {
    const lp = `012345672|${SPEC_KEY}|2026-02-01`;
    const id = idmap.get('lr', 'Leveringperiode', lp)!.id;
    const del = (k: string): Plan => plan(k, [{ register: 'lr', operation: 'verwijderLeveringperiode', entity: 'Leveringperiode', variables: { id: lookup('lr', 'Leveringperiode', lp) }, source: 'test' }], 'AW39');
    const o = await executePlan(del('AW39|01234567|9'), { client: client(), idmap, keys });
    expect(statuses(o)).toEqual(['verwijderLeveringperiode:sent']);
    expect(o.records).toEqual([]);
    expect(count('lr_Leveringperiode', 'leveringperiodeID = ?', id)).toBe(0);
    expect(idmap.get('lr', 'Leveringperiode', lp)).toBeUndefined();
    expect(idmap.keysOf('lr', id, { all: true })[0]).toMatchObject({ key: lp, deletedAt: expect.any(String) });
    const again = await executePlan(del('AW39|01234567|10'), { client: client(), idmap, keys });
    expect(again.status).toBe('ok');
    expect(again.mutations[0]).toMatchObject({ status: 'unchanged', note: 'already removed' });
  });

  it('a kind without register target is recorded processed and sends nothing', async () => {
    const c = client();
    const o = await executePlan({ kind: 'AW317', messageKey: 'AW317|01234567|1', mutations: [], ignored: [], noTarget: 'AW317 is a request to the zorgkantoor' }, { client: c, idmap, keys });
    expect(o).toMatchObject({ status: 'no-target', noTarget: 'AW317 is a request to the zorgkantoor', mutations: [], records: [] });
    expect(c.requests).toBe(0);
    expect(idmap.processed('AW317|01234567|1')).toBeDefined();
  });
});
