/** zendMelding (RFC0018) on the embedded registers over real HTTP: stored in SQLite, validated, queryable at /meldingen/graphql. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-melding-'));
const file = path.join(dir, 'register.sqlite');
let seq = 0;
const newId = (): string => `00000000-0000-4000-8000-7777${String(++seq).padStart(8, '0')}`;
let clock = '2026-05-01T10:00:00.000Z';
let reg: RunningRegister;
const start = (): Promise<RunningRegister> => startRegister({ port: 0, db: file, schemaDir: testSchemaDir(), notifier: null, now: () => new Date(clock), newId });

beforeAll(async () => {
  reg = await start();
});
afterAll(async () => {
  await reg.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer { status: number; data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string; violations?: { field: string; rule: string }[] } }[] }
async function post(p: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${reg.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as object) };
}
const ZEND = 'mutation zendMelding($meldingInput: MeldingInput!) { zendMelding(meldingInput: $meldingInput) { meldingID } }';
const melding = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  timestamp: '2026-05-01T09:59:00+02:00', afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'AGBCODE', ontvangerID: '01234567',
  ontvangerKenmerk: null, eventType: 'IWLZFOUTMELDING',
  subjectList: [{ subject: 'GGR0001', recordID: 'Bemiddelingspecificatie/00000000-0000-4000-8000-000300000001' }], ...over,
});
const count = (): number => (reg.db.prepare('SELECT count(*) AS n FROM meldingen').get() as { n: number }).n;
const LIST = `query($t: String, $id: String, $e: String, $since: DateTime) { meldingen(ontvangerIDType: $t, ontvangerID: $id, eventType: $e, since: $since) {
  meldingID ontvangen endpoint ingediendDoor timestamp afzenderIDType afzenderID ontvangerIDType ontvangerID ontvangerKenmerk eventType subjectList { subject recordID } } }`;

describe('zendMelding', () => {
  it('the Bemiddelingsregister accepts an IWLZFOUTMELDING and answers {meldingID}; /meldingen/graphql lists it exactly', async () => {
    const r = await post('/bemiddelingsregister/graphql', ZEND, { meldingInput: melding() }, { 'x-party': 'UZOVI:5501' });
    expect(r).toEqual({ status: 200, data: { zendMelding: { meldingID: '00000000-0000-4000-8000-777700000001' } } });
    const list = await post('/meldingen/graphql', LIST, { t: 'agb', id: '01234567' });
    expect(list.errors).toBeUndefined();
    expect(list.data).toEqual({ meldingen: [{
      meldingID: '00000000-0000-4000-8000-777700000001', ontvangen: '2026-05-01T10:00:00.000Z', endpoint: 'br', ingediendDoor: 'UZOVI:5501',
      timestamp: '2026-05-01T09:59:00+02:00', afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'AGB', ontvangerID: '01234567',
      ontvangerKenmerk: null, eventType: 'IWLZFOUTMELDING', subjectList: [{ subject: 'GGR0001', recordID: 'Bemiddelingspecificatie/00000000-0000-4000-8000-000300000001' }],
    }] });
  });

  it('every register endpoint and /meldingen/graphql accept it; the filters select by receiver, eventType and moment received', async () => {
    clock = '2026-05-02T10:00:00.000Z';
    const ir = await post('/indicatieregister/graphql', ZEND, { meldingInput: melding({ ontvangerIDType: 'KVK', ontvangerID: '62253778', subjectList: [{ subject: 'IRG0012', recordID: 'WlzIndicatie/00000000-0000-4000-8000-001000000001' }] }) });
    const lr = await post('/leveringsregister/graphql', ZEND, { meldingInput: melding({ ontvangerIDType: 'uzovi', ontvangerID: '5507', ontvangerKenmerk: 'AGB:01234567' }) });
    clock = '2026-05-03T10:00:00.000Z';
    const own = await post('/meldingen/graphql', ZEND, { meldingInput: melding({ eventType: 'BRS22', afzenderIDType: 'KVK', afzenderID: '12345678' }) });
    for (const r of [ir, lr, own]) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const ids = async (v: Record<string, unknown>): Promise<string[]> => ((await post('/meldingen/graphql', LIST, v)).data!['meldingen'] as { endpoint: string }[]).map((m) => m.endpoint);
    expect(await ids({})).toEqual(['br', 'ir', 'lr', 'meldingen']);
    expect(await ids({ t: 'AGB', id: '01234567' })).toEqual(['br', 'meldingen']);
    expect(await ids({ t: 'UZOVI', id: '5507' })).toEqual(['lr']);
    expect(await ids({ e: 'iwlzfoutmelding' })).toEqual(['br', 'ir', 'lr']);
    expect(await ids({ since: '2026-05-02T12:00:00+02:00' })).toEqual(['ir', 'lr', 'meldingen']); // inclusive, by instant
    expect(await ids({ since: '2026-05-02T12:00:01+02:00' })).toEqual(['meldingen']);
    const lrRow = (await post('/meldingen/graphql', LIST, { t: 'UZOVI', id: '5507' })).data!['meldingen'] as Record<string, unknown>[];
    expect(lrRow[0]).toMatchObject({ ontvangerKenmerk: 'AGB:01234567', ingediendDoor: null });
  });

  it('bad input is refused with a GraphQL error naming the field, and nothing is stored', async () => {
    const before = count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ subjectList: [] }, 'meldingInput.subjectList', 'required'],
      [{ afzenderIDType: 'FOO' }, 'meldingInput.afzenderIDType', 'code'],
      [{ ontvangerIDType: 'AGBCODE', ontvangerID: '1234' }, 'meldingInput.ontvangerID', 'format'],
      [{ afzenderID: ' ' }, 'meldingInput.afzenderID', 'required'],
      [{ eventType: 'IWLZ FOUT' }, 'meldingInput.eventType', 'format'],
      [{ subjectList: [{ subject: 'GGR0001', recordID: '' }] }, 'meldingInput.subjectList[0].recordID', 'required'],
    ];
    for (const [over, field, rule] of cases) {
      const r = await post('/bemiddelingsregister/graphql', ZEND, { meldingInput: melding(over) });
      expect(r.data ?? null, JSON.stringify(over)).toBeNull();
      expect(r.errors?.[0]?.message).toContain(field);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(r.errors?.[0]?.extensions?.violations).toContainEqual(expect.objectContaining({ field, rule }));
    }
    const missing = await post('/bemiddelingsregister/graphql', ZEND, { meldingInput: { ...melding(), eventType: undefined } });
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0]?.message).toMatch(/eventType/);
    const badTime = await post('/leveringsregister/graphql', ZEND, { meldingInput: melding({ timestamp: '2026-13-01T00:00:00Z' }) });
    expect(badTime.status).toBe(400);
    expect(badTime.errors?.[0]?.message).toMatch(/timestamp|DateTime/);
    expect(count()).toBe(before);
  });

  it('the official Query types are untouched: no meldingen field on a register endpoint', async () => {
    const r = await post('/bemiddelingsregister/graphql', '{ __type(name: "Query") { fields { name } } }');
    const fields = (r.data!['__type'] as { fields: { name: string }[] }).fields.map((f) => f.name);
    expect(fields).not.toContain('meldingen');
    expect(fields).toContain('bemiddelingspecificatie');
    const m = await post('/bemiddelingsregister/graphql', '{ __type(name: "Mutation") { fields { name } } }');
    expect((m.data!['__type'] as { fields: { name: string }[] }).fields.map((f) => f.name)).toContain('zendMelding');
  });

  it('kept in the SQLite file across a restart', async () => {
    const n = count();
    expect(n).toBeGreaterThan(0);
    await reg.close();
    reg = await start();
    expect(count()).toBe(n);
    const r = await post('/meldingen/graphql', '{ meldingen(first: 1) { meldingID } }');
    expect(r.data).toEqual({ meldingen: [{ meldingID: '00000000-0000-4000-8000-777700000001' }] });
  });
});
