/**
 * The register on two processes (startRegister threads: 2) over real HTTP on loopback and a real
 * SQLite file: new connections are answered by both processes (their request lines name them),
 * a write through one is read through every one, and its notifications go out once each through
 * the primary's one dispatcher.
 */
import path from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { Client } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { AddressBook } from '../src/notifications/address-book.js';
import { NotificationDispatcher } from '../src/notifications/dispatcher.js';
import { listOutbox } from '../src/notifications/outbox.js';
import type { TestReceiver } from '../src/notifications/test-receiver.js';
import { ThreadsConfigError } from '../src/reference-register/cluster.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';
import { registerWithReceivers, type RegisterWithReceivers } from './helpers/register-receivers.js';

const BR = '/bemiddelingsregister/graphql';
let setup: RegisterWithReceivers;
let dir: string;
let reg: RunningRegister;
let zk: TestReceiver;
let aanbieder: TestReceiver;
const lines: string[] = [];

beforeAll(async () => {
  const logger = createLogger({ destination: { write: (l: string) => void lines.push(l) } });
  setup = await registerWithReceivers('iwlz-reg-threads-', 2, { threads: 2, logger });
  dir = setup.dir;
  reg = setup.reg;
  zk = setup.receivers[0]!;
  aanbieder = setup.receivers[1]!;
});
afterAll(async () => {
  await setup?.close();
});

/** One request on a connection of its own (the cluster hands new connections to its processes in turn). */
async function send(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown } }> {
  const c = new Client(url);
  try {
    const res = await c.request({ path: BR, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.statusCode, body: (await res.body.json()) as { data?: Record<string, unknown>; errors?: unknown } };
  } finally {
    await c.close();
  }
}

async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  const r = await send(reg.url, query, variables, { 'x-party': 'UZOVI:5501' });
  expect(r.status).toBe(200);
  return r.body;
}

async function create(type: string, pk: string, input: Record<string, unknown>): Promise<string> {
  const body = await post(`mutation($input: Registreer${type}Input!) { r: registreer${type}(input: $input) { ${pk} } }`, { input });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return (body.data!['r'] as Record<string, string>)[pk]!;
}

interface Line { event?: string; thread?: number; operation?: string; status: number; partyVia?: string }
/** The request lines so far (the processes send theirs in batches: waits until `enough` holds, bounded). */
async function requestLines(enough: (l: Line[]) => boolean, from = lines): Promise<Line[]> {
  for (let i = 0; i < 500; i++) {
    const l = from.map((x) => JSON.parse(x) as Line).filter((x) => x.event === 'register.request');
    if (enough(l)) return l;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`request lines: ${lines.join('\n')}`);
}

describe('register on two processes', () => {
  it('serves from two processes; a write through one is read through each; notifications go out once', async () => {
    expect(reg.pids()).toHaveLength(2);
    expect(reg.pids()).not.toContain(process.pid);
    const client = await create('Client', 'clientID', { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' });
    const bem = await create('Bemiddeling', 'bemiddelingID', { clientID: client, wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01' });
    const specs: string[] = [];
    for (let i = 0; i < 3; i++) {
      specs.push(await create('Bemiddelingspecificatie', 'bemiddelingspecificatieID', {
        bemiddelingID: bem, leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507',
        soortToewijzing: '1', opname: '1', percentage: 10000,
      }));
    }
    // every process reads what the writes (through both) committed
    for (let i = 0; i < 4; i++) {
      const q = await post('query($id: UUID) { bemiddeling(where: {bemiddelingID: {eq: $id}}) { bemiddelingID bemiddelingspecificatie { bemiddelingspecificatieID } } }', { id: bem });
      expect(q.errors).toBeUndefined();
      const rows = q.data!['bemiddeling'] as { bemiddelingspecificatie: { bemiddelingspecificatieID: string }[] }[];
      expect(rows[0]!.bemiddelingspecificatie.map((s) => s.bemiddelingspecificatieID).sort()).toEqual([...specs].sort());
    }
    const logged = await requestLines((l) => l.length >= 9);
    expect(logged.every((l) => l.status === 200)).toBe(true);
    expect(new Set(logged.map((l) => l.thread)).size).toBe(2);
    expect(lines.join('\n')).not.toContain('012345672');

    const d = new NotificationDispatcher({ db: reg.db, addressBook: AddressBook.fromObject({ 'UZOVI:5507': zk.url, 'AGB:01234567': aanbieder.url }) });
    await d.drain();
    await d.stop();
    const recordIds = (r: TestReceiver): string[] => r.accepted.flatMap((n) => (n['subjectList'] as { recordID: string }[]).map((s) => s.recordID)).sort();
    const expected = specs.map((s) => `Bemiddelingspecificatie/${s}`).sort();
    expect(recordIds(aanbieder)).toEqual(expected);
    expect(recordIds(zk)).toEqual(expected);
    expect(listOutbox(reg.db).map((e) => e.state)).toEqual(Array(6).fill('delivered'));
  });

  it('a worker that dies is replaced, and the register keeps answering', async () => {
    const [victim] = reg.pids();
    process.kill(victim!, 'SIGKILL');
    for (let i = 0; i < 1000 && (reg.pids().includes(victim!) || reg.pids().length < 2); i++) await new Promise((r) => setTimeout(r, 20));
    expect(reg.pids()).not.toContain(victim);
    expect(reg.pids()).toHaveLength(2);
    for (let i = 0; i < 4; i++) expect((await post('{ client { clientID } }')).errors).toBeUndefined();
  });

  it('refuses threads > 1 on :memory: (nothing to share) with a clear error', async () => {
    await expect(startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), threads: 2 })).rejects.toThrow(ThreadsConfigError);
    await expect(startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), threads: 2 })).rejects.toThrow(/:memory:/);
    await expect(startRegister({ port: 0, db: path.join(dir, 'x.sqlite'), schemaDir: testSchemaDir(), threads: 0 })).rejects.toThrow(ThreadsConfigError);
  });
});

describe('register on two processes with OAuth2', () => {
  it('every process checks the bearer token: refused without one, served with one', async () => {
    const keys = await generateKeyPair('ES256');
    const authLines: string[] = [];
    const logger = createLogger({ destination: { write: (l: string) => void authLines.push(l) } });
    const secured = await startRegister({ port: 0, db: path.join(dir, 'oauth.sqlite'), schemaDir: testSchemaDir(), threads: 2, notifier: null, logger,
      auth: { publicKeys: [keys.publicKey], issuer: 'https://auth.test.example/nid', audience: 'https://register.test.example' } });
    try {
      expect(secured.secure).toBe(true);
      const jwt = await new SignJWT({ client_id: 'c', scope: 'registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read' }).setProtectedHeader({ alg: 'ES256' })
        .setIssuedAt().setIssuer('https://auth.test.example/nid').setAudience('https://register.test.example').setExpirationTime('10m').setSubject('UZOVI:5501').sign(keys.privateKey);
      for (let i = 0; i < 4; i++) expect((await send(secured.url, '{ client { clientID } }', {}, { 'x-party': 'UZOVI:5501' })).status).toBe(401);
      for (let i = 0; i < 4; i++) {
        const ok = await send(secured.url, '{ client { clientID } }', {}, { authorization: `Bearer ${jwt}` });
        expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      }
      const logged = await requestLines((l) => l.length >= 8, authLines);
      expect(logged.filter((l) => l.status === 401)).toHaveLength(4);
      expect(new Set(logged.filter((l) => l.status === 401).map((l) => l.thread)).size).toBe(2);
      expect(new Set(logged.filter((l) => l.status === 200 && l.partyVia === 'token').map((l) => l.thread)).size).toBe(2);
    } finally {
      await secured.close();
    }
  });
});
