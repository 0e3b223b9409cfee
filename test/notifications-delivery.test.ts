import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddressBook, AddressBookError } from '../src/notifications/address-book.js';
import { NotificationDispatcher, classifyAnswer } from '../src/notifications/dispatcher.js';
import { eventsFor } from '../src/notifications/events.js';
import { createNotifier, outboxStatus, startNotifications } from '../src/notifications/index.js';
import {
  DEFAULT_RETRY, backoffDelay, claim, deliveryLog, enqueueNotifications, listOutbox, migrateOutbox, requeue,
} from '../src/notifications/outbox.js';
import { startTestReceiver, type TestReceiver } from '../src/notifications/test-receiver.js';
import type { RegisterChange } from '../src/notifications/types.js';

const BEM = 'ef88ce35-58fa-4e6d-ac7a-6e298dd211d6';
const SPEC = '76f17bb6-31b3-4042-9417-6e6bb101ce30';
const T0 = new Date('2026-11-25T10:00:00.000Z');

let dir: string;
let now: Date;
const clock = (): Date => now;
const cleanups: (() => Promise<void> | void)[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-notif-'));
  now = new Date(T0);
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  fs.rmSync(dir, { recursive: true, force: true });
});

function openDb(file = path.join(dir, 'register.sqlite')): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS data (id TEXT PRIMARY KEY)');
  migrateOutbox(db);
  cleanups.push(() => { if (db.open) db.close(); });
  return db;
}

async function receiver(opts: Parameters<typeof startTestReceiver>[0] = {}): Promise<TestReceiver> {
  const r = await startTestReceiver(opts);
  cleanups.push(() => r.close().catch(() => undefined));
  return r;
}

function dispatcher(db: Database.Database, book: Record<string, string>, extra: Partial<ConstructorParameters<typeof NotificationDispatcher>[0]> = {}): NotificationDispatcher {
  const d = new NotificationDispatcher({ db, addressBook: AddressBook.fromObject(book), clock, random: () => 0, timeoutMs: 2_000, ...extra });
  cleanups.push(() => d.stop());
  return d;
}

const specChange = (instelling = '01234567', id = SPEC): RegisterChange => ({
  register: 'bemiddelingsregister', entity: 'Bemiddelingspecificatie', op: 'create', id, parentId: BEM,
  parties: { verantwoordelijkZorgkantoor: '5501', uitvoerendZorgkantoor: '5501', instelling }, author: 'UZOVI:5501',
});

/** A write as the write side does it: data and outbox in one transaction. */
function write(db: Database.Database, change: RegisterChange): number[] {
  return db.transaction(() => {
    db.prepare('INSERT INTO data (id) VALUES (?)').run(change.id);
    return enqueueNotifications(db, eventsFor(change), now);
  })();
}

const EXPECTED_INPUT = {
  timestamp: '2026-11-25T10:00:00.000Z', afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'AGB', ontvangerID: '01234567',
  ontvangerKenmerk: null, eventType: 'NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER',
  subjectList: [{ subject: `Bemiddeling/${BEM}`, recordID: `Bemiddelingspecificatie/${SPEC}` }],
};

describe('notification delivery over HTTP', () => {
  it('delivers a notification exactly once, with the exact zendNotificatie payload and B3 headers', async () => {
    const r = await receiver();
    const db = openDb();
    const [id] = write(db, specChange());
    const d = dispatcher(db, { 'AGBCODE:01234567': r.url });
    expect(await d.drain()).toBe(1);
    expect(await d.drain()).toBe(0);

    expect(r.received).toHaveLength(1);
    const req = r.received[0]!;
    expect(req.body!.variables).toEqual({ notificatieInput: EXPECTED_INPUT });
    expect(req.body!.query).toMatch(/mutation zendNotificatie\(\$notificatieInput: NotificatieInput!\)\s*\{\s*zendNotificatie\(notificatieInput: \$notificatieInput\)/);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['x-b3-traceid']).toMatch(/^[0-9a-f]{32}$/);
    expect(req.headers['x-b3-spanid']).toMatch(/^[0-9a-f]{16}$/);

    const [entry] = listOutbox(db);
    expect(entry).toMatchObject({ id, state: 'delivered', attempts: 1, notificatieID: req.notificatieID, lastError: null });
    const log = deliveryLog(db, id);
    expect(log).toEqual([expect.objectContaining({ attempt: 1, outcome: 'ok', httpStatus: 200, url: r.url, notificatieID: req.notificatieID, traceId: req.headers['x-b3-traceid'] })]);
  });

  it('start() polls and delivers what is written while it runs', async () => {
    const r = await receiver();
    const db = openDb();
    const d = dispatcher(db, { 'AGB:01234567': r.url }, { clock: () => new Date(), pollIntervalMs: 20 });
    d.start();
    now = new Date();
    write(db, specChange());
    await vi.waitFor(() => expect(r.accepted).toHaveLength(1), { timeout: 5_000, interval: 20 });
    await d.stop();
    expect(listOutbox(db, { status: 'delivered' })).toHaveLength(1);
    expect(r.received).toHaveLength(1);
  });

  it('a write that rolls back leaves no notification', () => {
    const db = openDb();
    expect(() => db.transaction(() => {
      enqueueNotifications(db, eventsFor(specChange()), now);
      throw new Error('validation failed');
    })()).toThrow('validation failed');
    expect(listOutbox(db)).toEqual([]);
  });

  it('receiver down, then up: retried with backoff and delivered once it is back', async () => {
    const probe = await startTestReceiver();
    const { port, url } = probe;
    await probe.close();
    const db = openDb();
    const [id] = write(db, specChange());
    const d = dispatcher(db, { 'AGB:01234567': url });

    expect(await d.drain()).toBe(1);
    let [entry] = listOutbox(db);
    expect(entry).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: '2026-11-25T10:00:01.000Z' });
    expect(entry!.lastError).toMatch(/^network: ECONNREFUSED/);

    const r = await receiver({ port });
    expect(await d.drain()).toBe(0); // not due yet
    now = new Date(T0.getTime() + 1_000);
    expect(await d.drain()).toBe(1);
    [entry] = listOutbox(db);
    expect(entry).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(r.accepted).toEqual([{ ...EXPECTED_INPUT }]);
    expect(deliveryLog(db, id).map((l) => [l.attempt, l.outcome, l.httpStatus])).toEqual([[1, 'retryable', null], [2, 'ok', 200]]);
  });

  it('5xx and 429 are retried (Retry-After respected); retries exhausted → dead letter', async () => {
    const r = await receiver({ respond: (_req, n) => (n === 1 ? { status: 429, body: 'slow down', headers: { 'retry-after': '30' } } : { status: 503, body: { errors: [{ message: 'busy' }] } }) });
    const db = openDb();
    const [id] = write(db, specChange());
    const d = dispatcher(db, { 'AGB:01234567': r.url }, { retry: { maxAttempts: 3 } });
    await d.drain();
    expect(listOutbox(db)[0]).toMatchObject({ state: 'pending', nextAttemptAt: '2026-11-25T10:00:30.000Z', lastError: 'HTTP 429: slow down' });
    now = new Date(T0.getTime() + 30_000);
    await d.drain();
    expect(listOutbox(db)[0]).toMatchObject({ state: 'pending', nextAttemptAt: '2026-11-25T10:00:32.000Z', lastError: 'HTTP 503: busy' });
    now = new Date(T0.getTime() + 60_000);
    await d.drain();
    expect(listOutbox(db)[0]).toMatchObject({ state: 'dead', attempts: 3, lastError: 'gave up after 3 attempts: HTTP 503: busy' });
    now = new Date(T0.getTime() + 3_600_000);
    expect(await d.drain()).toBe(0);
    expect(r.received).toHaveLength(3);
    expect(listOutbox(db, { status: 'failed' }).map((e) => e.id)).toEqual([id]);
  });

  it('a permanent failure (GraphQL validation, 400) goes to the dead letter with the reason, not retried', async () => {
    const r = await receiver({ respond: () => ({ status: 400, body: { errors: [{ message: 'ontvanger is not valid', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } }) });
    const db = openDb();
    const [id] = write(db, specChange());
    const d = dispatcher(db, { 'AGB:01234567': r.url });
    await d.drain();
    now = new Date(T0.getTime() + 3_600_000);
    expect(await d.drain()).toBe(0);
    expect(r.received).toHaveLength(1);
    expect(listOutbox(db)[0]).toMatchObject({ id, state: 'dead', attempts: 1, lastError: 'HTTP 400 (GRAPHQL_VALIDATION_FAILED): ontvanger is not valid' });
    expect(deliveryLog(db, id)).toEqual([expect.objectContaining({ outcome: 'permanent', httpStatus: 400 })]);
  });

  it('an unknown receiver fails with a clear reason, without a request, and can be requeued once the book knows it', async () => {
    const r = await receiver();
    const db = openDb();
    const [id] = write(db, specChange('99999999'));
    const d = dispatcher(db, { 'AGB:01234567': r.url });
    await d.drain();
    expect(r.received).toHaveLength(0);
    expect(listOutbox(db, { status: 'failed' })[0]).toMatchObject({ id, state: 'dead', attempts: 1, lastError: 'receiver AGB:99999999 is not in the address book' });
    expect(deliveryLog(db, id)).toEqual([expect.objectContaining({ outcome: 'permanent', url: null, error: 'receiver AGB:99999999 is not in the address book' })]);

    expect(requeue(db, id!, now)).toBe(true);
    const d2 = dispatcher(db, { 'agb:99999999': r.url });
    await d2.drain();
    expect(listOutbox(db)[0]).toMatchObject({ state: 'delivered', attempts: 1 });
    expect(r.accepted).toHaveLength(1);
  });

  it('restart: notifications written (or left in flight) before a restart are delivered after it', async () => {
    const r = await receiver();
    const file = path.join(dir, 'restart.sqlite');
    let db = openDb(file);
    write(db, specChange('01234567', '11111111-1111-4111-8111-111111111111'));
    write(db, specChange('01234567', '22222222-2222-4222-8222-222222222222'));
    write(db, specChange('01234567', '33333333-3333-4333-8333-333333333333'));
    // a dispatcher that claimed one and "crashed" before it could send
    expect(claim(db, now, { limit: 1, leaseMs: 3_600_000 })).toHaveLength(1);
    db.close();

    db = openDb(file);
    expect(listOutbox(db).map((e) => e.state).sort()).toEqual(['in_flight', 'pending', 'pending']);
    const d = dispatcher(db, { 'AGB:01234567': r.url }, { clock: () => new Date(), pollIntervalMs: 20 });
    d.start();
    await vi.waitFor(() => expect(listOutbox(db, { status: 'delivered' })).toHaveLength(3), { timeout: 5_000, interval: 20 });
    await d.stop();
    expect(r.accepted.map((i) => (i.subjectList as { recordID: string }[])[0]!.recordID).sort()).toEqual([
      'Bemiddelingspecificatie/11111111-1111-4111-8111-111111111111',
      'Bemiddelingspecificatie/22222222-2222-4222-8222-222222222222',
      'Bemiddelingspecificatie/33333333-3333-4333-8333-333333333333',
    ]);
  });
});

describe('timeouts and the convenience API', () => {
  it('a receiver that does not answer times out and is retried', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(() => { silent.closeAllConnections(); silent.close(); });
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    const db = openDb();
    write(db, specChange());
    const d = dispatcher(db, { 'AGB:01234567': url }, { timeoutMs: 200 });
    await d.drain();
    expect(listOutbox(db)[0]).toMatchObject({ state: 'pending', attempts: 1 });
    expect(listOutbox(db)[0]!.lastError).toMatch(/^network: UND_ERR_HEADERS_TIMEOUT/);
  });

  it('createNotifier binds the options; startNotifications loads the book and delivers; outboxStatus lists', async () => {
    const r = await receiver();
    const db = openDb();
    const n = createNotifier({ agbIdType: 'AGBCODE' });
    db.transaction(() => n.enqueueNotifications(db, n.eventsFor(specChange()), now))();
    db.transaction(() => n.enqueueNotifications(db, n.eventsFor(specChange('99999999', '44444444-4444-4444-8444-444444444444')), now))();
    const book = path.join(dir, 'book.json');
    fs.writeFileSync(book, JSON.stringify({ 'AGBCODE:01234567': r.url }));
    const d = startNotifications({ db, addressBook: book, clock: () => new Date(), pollIntervalMs: 20 });
    cleanups.push(() => d.stop());
    await vi.waitFor(() => expect(listOutbox(db, { status: 'pending' })).toHaveLength(0), { timeout: 5_000, interval: 20 });
    await d.stop();
    expect(r.accepted).toEqual([{ ...EXPECTED_INPUT, ontvangerIDType: 'AGBCODE' }]);
    const failed = outboxStatus(db, 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^#2 dead +NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER UZOVI:5501 → AGBCODE:99999999 .* reason: receiver AGBCODE:99999999 is not in the address book$/);
  });
});

describe('outbox policy and answers', () => {
  it('backoff doubles up to the cap, jitter takes off up to half', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, DEFAULT_RETRY, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffDelay(30, DEFAULT_RETRY, () => 0)).toBe(15 * 60_000);
    expect(backoffDelay(3, DEFAULT_RETRY, () => 0.999999)).toBe(2_000);
    expect(backoffDelay(3, { ...DEFAULT_RETRY, jitter: 0 }, () => 0.7)).toBe(4_000);
  });
  it('classifies answers', () => {
    expect(classifyAnswer(200, '{"data":{"zendNotificatie":{"notificatieID":"x"}}}')).toEqual({ ok: true, notificatieID: 'x', httpStatus: 200 });
    expect(classifyAnswer(500, '')).toMatchObject({ ok: false, retryable: true, reason: 'HTTP 500: (empty body)' });
    expect(classifyAnswer(403, 'Not Allowed')).toMatchObject({ ok: false, retryable: false, reason: 'HTTP 403: Not Allowed' });
    expect(classifyAnswer(200, '{"errors":[{"message":"event_type is not valid","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}'))
      .toMatchObject({ ok: false, retryable: false });
    expect(classifyAnswer(200, '{"data":null,"errors":[{"message":"db down"}]}')).toMatchObject({ ok: false, retryable: true });
  });
});

describe('address book', () => {
  it('accepts AGB and AGBCODE in any case and validates every entry', () => {
    const book = AddressBook.fromObject({ 'UZOVI:5501': 'https://zk.example/graphql', 'agbcode:12345678': 'http://127.0.0.1:1/graphql' });
    expect(book.lookup('AGB', '12345678')).toBe('http://127.0.0.1:1/graphql');
    expect(book.lookup('AgbCode', '12345678')).toBe('http://127.0.0.1:1/graphql');
    expect(book.lookup('UZOVI', '5501')).toBe('https://zk.example/graphql');
    expect(book.lookup('UZOVI', '5502')).toBeUndefined();
    let err: unknown;
    try {
      AddressBook.fromObject({ 'UZOVI:55': 'https://a', 'FOO:1': 'https://b', 'AGB:12345678': 'ftp://c', 'AGBCODE:12345678': 'https://d', 'agb:12345678': 'https://e' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AddressBookError);
    expect((err as AddressBookError).problems).toEqual([
      '"UZOVI:55": UZOVI id must match ^\\d{4}$',
      '"FOO:1": key must be <IDTYPE>:<id> with IDTYPE one of UZOVI, AGB, AGBCODE, KVK, OIN',
      '"AGB:12345678": value must be an http(s) URL, got "ftp://c"',
      '"agb:12345678": AGB:12345678 is listed twice',
    ]);
  });
  it('loads a file and says what is wrong with it', () => {
    const file = path.join(dir, 'book.json');
    fs.writeFileSync(file, '{"UZOVI:5501": "https://zk.example/graphql"}');
    expect(AddressBook.load(file).size).toBe(1);
    fs.writeFileSync(file, '[1]');
    expect(() => AddressBook.load(file)).toThrow(/expected a JSON object/);
    expect(() => AddressBook.load(path.join(dir, 'missing.json'))).toThrow(/cannot read address book/);
  });
});
