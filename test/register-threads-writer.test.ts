/**
 * The one writer of a register on two processes (cluster.ts, forward-writes.ts, writer.ts), over
 * real HTTP on loopback: the same requests, each on a connection of its own (so the two worker
 * processes take turns), to a one-thread register and to a two-process one, on files of their
 * own. Every answer (status, media type, body) is the same but for the new ids; every mutation
 * lands once, written by the primary's connection (its change count grows by exactly what the
 * one-thread register's does); and both workers received mutations. With OAuth2, the worker
 * refuses a mutation without a token or without the write scope before it reaches the writer,
 * and the writer writes as the token's party.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { Client } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';
import type { Db } from '../src/reference-register/storage.js';

const BR = '/bemiddelingsregister/graphql';
let dir: string;
let one: RunningRegister;
let two: RunningRegister;
const lines: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-reg-writer-'));
  const logger = createLogger({ destination: { write: (l: string) => void lines.push(l) } });
  one = await startRegister({ port: 0, db: path.join(dir, 'one.sqlite'), schemaDir: testSchemaDir() });
  two = await startRegister({ port: 0, db: path.join(dir, 'two.sqlite'), schemaDir: testSchemaDir(), threads: 2, logger });
});
afterAll(async () => {
  await one?.close();
  await two?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer { status: number; type: string | undefined; body: string }

/** One request on a connection of its own (the cluster hands new connections to its workers in turn). */
async function send(url: string, p: string, body: unknown, headers: Record<string, string> = {}, method: 'POST' | 'GET' = 'POST'): Promise<Answer> {
  const c = new Client(url);
  try {
    const h = { accept: 'application/graphql-response+json', 'x-party': 'UZOVI:5501', ...headers };
    const res = method === 'POST'
      ? await c.request({ path: p, method, headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify(body) })
      : await c.request({ path: `${p}?query=${encodeURIComponent((body as { query: string }).query)}`, method, headers: h });
    return { status: res.statusCode, type: res.headers['content-type'] as string | undefined, body: await res.body.text() };
  } finally {
    await c.close();
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The answer with each new id replaced by its number in order of appearance (ids are random in each register). */
function normalised(a: Answer, ids: Map<string, string>): Answer {
  return { ...a, body: a.body.replace(UUID, (id) => { if (!ids.has(id)) ids.set(id, `id${ids.size}`); return ids.get(id)!; }) };
}

const changes = (db: Db): number => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
const rows = (db: Db): Record<string, number> => Object.fromEntries(['br_Client', 'br_Bemiddeling', 'br_Bemiddelingspecificatie', 'br_Regiehouder', 'register_write_log', 'outbox', 'meldingen']
  .map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

/** The request sequence on one register: every id it writes with is one of its own answers. */
async function scenario(reg: RunningRegister): Promise<Answer[]> {
  const out: Answer[] = [];
  const ask = async (p: string, body: unknown, headers?: Record<string, string>, method?: 'POST' | 'GET'): Promise<string> => {
    const a = await send(reg.url, p, body, headers, method);
    out.push(a);
    return a.body;
  };
  const idOf = (body: string, key: string): string => { const m = new RegExp(`"${key}":"([^"]+)"`).exec(body); if (!m) throw new Error(body); return m[1]!; };
  const client = idOf(await ask(BR, { query: 'mutation($i: RegistreerClientInput!) { r: registreerClient(input: $i) { clientID } }', variables: { i: { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' } } }), 'clientID');
  const bem = idOf(await ask(BR, { query: 'mutation($i: RegistreerBemiddelingInput!) { r: registreerBemiddeling(input: $i) { bemiddelingID verantwoordelijkZorgkantoor } }',
    variables: { i: { clientID: client, wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01' } } }), 'bemiddelingID');
  const spec = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ bemiddelingID: bem, leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507', soortToewijzing: '1', opname: '1', percentage: 10000, ...over });
  const SPEC = 'mutation($i: RegistreerBemiddelingspecificatieInput!) { r: registreerBemiddelingspecificatie(input: $i) { bemiddelingspecificatieID zzpCode instelling } }';
  for (let k = 0; k < 6; k++) await ask(BR, { query: SPEC, variables: { i: spec() } });
  // refused by a rule (no such bemiddeling): an answer with errors, nothing written
  const none = '00000000-0000-4000-8000-000000000999';
  await ask(BR, { query: SPEC, variables: { i: spec({ bemiddelingID: none }) } });
  // the same with application/json
  await ask(BR, { query: SPEC, variables: { i: spec({ bemiddelingID: none }) } }, { accept: 'application/json' });
  // variables that do not coerce: refused before execution
  await ask(BR, { query: SPEC, variables: { i: spec({ percentage: 'veel' }) } });
  // two fields in one request (one transaction), one of them refused
  await ask(BR, { query: `mutation($a: RegistreerRegiehouderInput!, $b: RegistreerRegiehouderInput!) { a: registreerRegiehouder(input: $a) { regiehouderID instelling } b: registreerRegiehouder(input: $b) { regiehouderID } }`,
    variables: { a: { bemiddelingID: bem, instelling: '01234567', ingangsdatum: '2026-01-01', regierol: 'DH' }, b: { bemiddelingID: none, instelling: '01234567', ingangsdatum: '2026-01-01', regierol: 'DH' } } });
  // a named operation among two
  await ask(BR, { query: `query Q { client { clientID } } mutation M($i: RegistreerClientInput!) { r: registreerClient(input: $i) { clientID } }`, operationName: 'M',
    variables: { i: { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' } } });
  // a mutation over GET is refused (405); a query after the writes reads them all
  await ask(BR, { query: 'mutation { registreerClient(input: {bsn: "012345672"}) { clientID } }' }, {}, 'GET');
  await ask(BR, { query: 'query($id: UUID) { bemiddeling(where: {bemiddelingID: {eq: $id}}) { bemiddelingID bemiddelingspecificatie { zzpCode } regiehouder { instelling } } }', variables: { id: bem } });
  // zendMelding on a register and on /meldingen/graphql
  const melding = { timestamp: '2026-05-01T09:59:00+02:00', afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'AGBCODE', ontvangerID: '01234567', ontvangerKenmerk: null,
    eventType: 'IWLZFOUTMELDING', subjectList: [{ subject: 'GGR0001', recordID: 'Bemiddelingspecificatie/00000000-0000-4000-8000-000300000001' }] };
  const ZEND = 'mutation zendMelding($m: MeldingInput!) { zendMelding(meldingInput: $m) { meldingID } }';
  await ask(BR, { query: ZEND, variables: { m: melding } });
  await ask('/meldingen/graphql', { query: ZEND, variables: { m: melding } });
  await ask('/meldingen/graphql', { query: ZEND, variables: { m: { ...melding, eventType: 'IWLZ FOUT' } } });
  return out;
}

describe('register on two processes: one writer', () => {
  it('answers every mutation as one thread does; each lands once, written by the primary; both workers forward', async () => {
    const before = [changes(one.db), changes(two.db)] as const;
    const a = await scenario(one);
    const b = await scenario(two);
    expect(a.length).toBe(b.length);
    const idsA = new Map<string, string>();
    const idsB = new Map<string, string>();
    for (let k = 0; k < a.length; k++) expect(normalised(b[k]!, idsB), `request ${k}`).toEqual(normalised(a[k]!, idsA));
    // the answers are not all alike: writes, refusals (400 and 200 with errors), a 405, a read
    expect(new Set(a.map((x) => x.status))).toEqual(new Set([200, 400, 405]));
    expect(idsA.size).toBeGreaterThan(10);

    const counted = rows(one.db);
    expect(counted['br_Bemiddelingspecificatie']).toBe(6);
    expect(counted['meldingen']).toBe(2);
    expect(rows(two.db)).toEqual(counted);
    // every row changed in the two-process register was changed by the primary's connection, as many as one thread changed
    expect(changes(two.db) - before[1]).toBe(changes(one.db) - before[0]);
    expect(changes(two.db) - before[1]).toBeGreaterThan(20);

    // the mutations came in through both workers (request lines name the process)
    let logged: { thread?: number; operationType?: string; status: number }[] = [];
    for (let i = 0; i < 500; i++) {
      logged = lines.map((l) => JSON.parse(l) as { event?: string; thread?: number; operationType?: string; status: number }).filter((l) => l.event === 'register.request' && l.operationType === 'mutation');
      if (logged.length >= b.length - 2) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(new Set(logged.filter((l) => l.status === 200).map((l) => l.thread)).size).toBe(2);
    expect(lines.join('\n')).not.toContain('012345672');
  });
});

describe('register on two processes with OAuth2: one writer', () => {
  it('the worker checks the token and its scopes before anything is forwarded; the writer writes as the token\'s party', async () => {
    const keys = await generateKeyPair('ES256');
    const secured = await startRegister({ port: 0, db: path.join(dir, 'oauth.sqlite'), schemaDir: testSchemaDir(), threads: 2, notifier: null,
      auth: { publicKeys: [keys.publicKey], issuer: 'https://auth.test.example/nid', audience: 'https://register.test.example' } });
    try {
      const token = (scope: string): Promise<string> => new SignJWT({ client_id: 'c', scope }).setProtectedHeader({ alg: 'ES256' }).setIssuedAt().setIssuer('https://auth.test.example/nid')
        .setAudience('https://register.test.example').setExpirationTime('10m').setSubject('UZOVI:5507').sign(keys.privateKey);
      const read = await token('registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read');
      const create = await token('registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:create');
      const body = { query: 'mutation($i: RegistreerClientInput!) { r: registreerClient(input: $i) { clientID } }', variables: { i: { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' } } };
      const author = (): string[] => (secured.db.prepare('SELECT author FROM register_write_log').all() as { author: string }[]).map((r) => r.author);
      for (let i = 0; i < 4; i++) {
        expect((await send(secured.url, BR, body, { 'x-party': 'UZOVI:5501' })).status).toBe(401);
        const denied = await send(secured.url, BR, body, { authorization: `Bearer ${read}`, 'x-party': 'UZOVI:5501' });
        expect(denied.status).toBe(403);
        expect(denied.body).toContain('scope');
      }
      expect(author()).toEqual([]);
      for (let i = 0; i < 4; i++) expect((await send(secured.url, BR, body, { authorization: `Bearer ${create}`, 'x-party': 'UZOVI:5501' })).status).toBe(200);
      expect(author()).toEqual(Array(4).fill('UZOVI:5507'));
    } finally {
      await secured.close();
    }
  });
});
