/**
 * The embedded reference register under load (issue #4): writes/s, filtered queries/s and the
 * notification delivery rate, over loopback with concurrent clients (an undici Pool), beside the
 * targets and beside two baselines measured in the same run: a bare node:http echo server on the
 * same client pool (the HTTP floor) and raw better-sqlite3 doing the same rows without GraphQL or
 * HTTP (the storage floor).
 *
 * The register runs on its own worker thread, on a temp SQLite file (WAL), with its default
 * notifier (the outbox); the load generator and the notification receivers run on the main
 * thread. Sizes: BENCH_REGISTER_SECONDS (per phase, default 5), BENCH_REGISTER_CONCURRENCY (16),
 * BENCH_REGISTER_FIXTURES (records the queries and writes spread over, 100); for profiling one
 * load phase, BENCH_REGISTER_ONLY=writes|queries shortens the other to a fraction of a second, and
 * BENCH_REGISTER_PROFILE=<dir> writes the register thread's CPU profile of each load phase there
 * (and the N-process register's primary thread's, `register-<phase>-threads.cpuprofile`).
 *
 * Each load phase runs twice, on the same file: on the one-thread register, then on a second one
 * with BENCH_REGISTER_THREADS serving processes (startRegister's `threads`; default the number of
 * cores), each after BENCH_REGISTER_WARMUP seconds (default 1) of the same load unmeasured, in
 * BENCH_REGISTER_ROUNDS (5) alternating slices per phase (profiles: of the last slice). CPU per request is that of the serving threads (the register thread; the primary's
 * thread plus each worker process's main thread).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Pool } from 'undici';
import { loadConfig } from '../src/config/config.js';
import { nextMessage } from '../src/core/next-message.js';
import { threadCpuNs } from '../src/core/thread-cpu.js';
import { projectRoot } from '../src/config/root.js';
import { migrateOutbox } from '../src/notifications/outbox.js';
import { startTestReceiver } from '../src/notifications/test-receiver.js';
import { readQueryTemplates, installSchemas, sameInstall, schemaDirOf } from '../src/reference-register/schema-files.js';
import { openRegisters } from '../src/reference-register/server.js';
import { openDb } from '../src/reference-register/storage.js';
import type { WorkerCommand, WorkerInit } from './register-worker.js';
import { fmt } from './measure.js';

const TARGET_WRITES = 1000;
const TARGET_QUERIES = 2000;

interface Phase { n: number; ms: number; errors: number; perSecond: number; bytesPerAnswer?: number; serverBusy?: number; serverUsPerRequest?: number; serverCpuUsPerRequest?: number; serverCores?: number; clientCpuUsPerRequest?: number; processCores?: number[] }
type Elu = ReturnType<typeof performance.eventLoopUtilization> & { cpuNs?: number; perProcessNs?: (number | undefined)[] };
interface Req { path: string; body: string; party?: string }

class ServerThread {
  private constructor(private readonly worker: Worker, readonly url: string) {}

  static async start(init: WorkerInit): Promise<ServerThread> {
    const worker = new Worker(new URL('./register-worker.js', import.meta.url), { workerData: init });
    const { url } = await nextMessage<{ url: string }>(worker);
    return new ServerThread(worker, url);
  }

  ask<T>(cmd: WorkerCommand): Promise<T> {
    return nextMessage<T>(this.worker, cmd);
  }

  async close(): Promise<void> {
    await this.ask({ cmd: 'close' });
    await this.worker.terminate();
  }
}

async function post(pool: Pool, r: Req): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (r.party) headers['x-party'] = r.party;
  const res = await pool.request({ path: r.path, method: 'POST', headers, body: r.body });
  return { status: res.statusCode, text: await res.body.text() };
}

/** `concurrency` clients in a loop for `seconds`; a request counts when it is a 200 without errors. */
async function drive(pool: Pool, seconds: number, concurrency: number, next: (i: number) => Req, onOk?: (text: string, i: number) => void, complain?: (s: string) => void): Promise<Phase> {
  let n = 0;
  let errors = 0;
  let i = 0;
  let bytes = 0;
  const cpu0 = threadCpuNs();
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      const k = i++;
      const r = await post(pool, next(k));
      if (r.status === 200 && !r.text.includes('"errors"')) {
        n += 1;
        bytes += r.text.length;
        onOk?.(r.text, k);
      } else if (++errors <= 3) complain?.(`  error ${r.status}: ${r.text.slice(0, 300)}`);
    }
  }));
  const ms = performance.now() - t0;
  const cpu1 = threadCpuNs();
  const client = cpu0 !== undefined && cpu1 !== undefined ? { clientCpuUsPerRequest: (cpu1 - cpu0) / 1000 / Math.max(1, n + errors) } : {};
  return { n, ms, errors, perSecond: (n / ms) * 1000, bytesPerAnswer: n ? bytes / n : 0, ...client };
}

/** Slices of one phase as one: counts and times summed, per-request figures weighted by requests, shares by time. */
function sumOf(parts: Phase[]): Phase {
  const n = parts.reduce((a, p) => a + p.n, 0);
  const errors = parts.reduce((a, p) => a + p.errors, 0);
  const ms = parts.reduce((a, p) => a + p.ms, 0);
  const requests = Math.max(1, n + errors);
  const perRequest = (k: keyof Phase): number | undefined => (parts.every((p) => p[k] !== undefined) ? parts.reduce((a, p) => a + (p[k] as number) * Math.max(1, p.n + p.errors), 0) / requests : undefined);
  const byTime = (k: keyof Phase): number | undefined => (parts.every((p) => p[k] !== undefined) ? parts.reduce((a, p) => a + (p[k] as number) * p.ms, 0) / ms : undefined);
  const out: Phase = { n, ms, errors, perSecond: (n / ms) * 1000, bytesPerAnswer: parts.reduce((a, p) => a + (p.bytesPerAnswer ?? 0) * p.n, 0) / Math.max(1, n) };
  const widths = new Set(parts.map((p) => p.processCores?.length ?? 0));
  if (widths.size === 1 && !widths.has(0)) out.processCores = parts[0]!.processCores!.map((_, k) => parts.reduce((a, p) => a + p.processCores![k]! * p.ms, 0) / ms);
  for (const k of ['serverUsPerRequest', 'serverCpuUsPerRequest', 'clientCpuUsPerRequest'] as const) { const v = perRequest(k); if (v !== undefined) out[k] = v; }
  for (const k of ['serverBusy', 'serverCores'] as const) { const v = byTime(k); if (v !== undefined) out[k] = v; }
  return out;
}

/** Runs `fn` in parallel `concurrency` at a time over `items`. */
async function inParallel<T>(items: T[], concurrency: number, fn: (t: T) => Promise<void>): Promise<void> {
  let at = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (at < items.length) await fn(items[at++]!);
  }));
}

const BR = '/bemiddelingsregister/graphql';
const IR = '/indicatieregister/graphql';
const ZK = '5501';
const ZK_UITVOEREND = '5507';
const ZK_NIEUW = '5502';
const AGB = '01234567';

interface Fixture { wlz: string; bemiddeling: string; spec: string; regie: string; overdracht: string }

function schemaDir(): string {
  const { xsdDir } = loadConfig();
  const dir = schemaDirOf(xsdDir);
  const source = path.resolve(projectRoot(), '..', 'shared', 'iwlz', 'graphql');
  if (!sameInstall(source, dir)) installSchemas(source, dir);
  return dir;
}

/** Raw better-sqlite3 on the same tables: the rows one registreerBemiddelingspecificatie writes, and the rows QBR-0001 reads. */
function rawSqlite(dir: string, schemas: string, seconds: number): { writes: Phase; reads: Phase } {
  const db = openDb(path.join(dir, 'raw.sqlite'));
  openRegisters(db, schemas);
  migrateOutbox(db);
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO br_Client (clientID, bsn) VALUES ('c', '012345672')`).run();
  db.prepare(`INSERT INTO br_Bemiddeling (bemiddelingID, clientID, wlzIndicatieID, verantwoordelijkZorgkantoor, verantwoordelijkheidIngangsdatum) VALUES ('b', 'c', 'w', ?, '2026-01-01')`).run(ZK);
  const spec = db.prepare(`INSERT INTO br_Bemiddelingspecificatie (bemiddelingspecificatieID, bemiddelingID, leveringsvorm, zzpCode, toewijzingIngangsdatum, instelling, uitvoerendZorgkantoor, vaststellingMoment, soortToewijzing, opname, percentage)
    VALUES (?, 'b', '4', '750', '2026-01-01', ?, ?, ?, '1', '1', 10000)`);
  const log = db.prepare(`INSERT INTO register_write_log (at, register, entity, op, record_id, parent_id, author, vaststelling_moment) VALUES (?, 'bemiddelingsregister', 'Bemiddelingspecificatie', 'create', ?, 'b', ?, ?)`);
  const outbox = db.prepare(`INSERT INTO outbox (uid, timestamp, event_type, afzender_id_type, afzender_id, ontvanger_id_type, ontvanger_id, ontvanger_kenmerk, subject_list, state, attempts, next_attempt_at, updated_at)
    VALUES (?, ?, ?, 'UZOVI', ?, ?, ?, NULL, ?, 'pending', 0, ?, ?)`);
  const write = db.transaction((id: string) => {
    spec.run(id, AGB, ZK_UITVOEREND, now);
    log.run(now, id, `UZOVI:${ZK}`, now);
    const subjects = JSON.stringify([{ subject: 'Bemiddeling/b', recordID: `Bemiddelingspecificatie/${id}` }]);
    outbox.run(crypto.randomUUID(), now, 'NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER', ZK, 'AGB', AGB, subjects, now, now);
    outbox.run(crypto.randomUUID(), now, 'NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR', ZK, 'UZOVI', ZK_UITVOEREND, subjects, now, now);
  });
  const loop = (fn: (i: number) => void): Phase => {
    const t0 = performance.now();
    const deadline = t0 + seconds * 1000;
    let n = 0;
    while (performance.now() < deadline) for (let k = 0; k < 100; k++) fn(n++);
    const ms = performance.now() - t0;
    return { n, ms, errors: 0, perSecond: (n / ms) * 1000 };
  };
  const ids: string[] = [];
  const writes = loop(() => { const id = crypto.randomUUID(); ids.push(id); write(id); });
  const bySpec = db.prepare('SELECT * FROM br_Bemiddelingspecificatie WHERE bemiddelingspecificatieID = ? AND instelling = ?');
  const byPk = db.prepare('SELECT * FROM br_Bemiddeling WHERE bemiddelingID = ?');
  const client = db.prepare('SELECT * FROM br_Client WHERE clientID = ?');
  const reads = loop((i) => {
    const s = bySpec.get(ids[i % ids.length], AGB) as { bemiddelingID: string };
    const b = byPk.get(s.bemiddelingID) as { clientID: string };
    client.get(b.clientID);
  });
  db.close();
  return { writes, reads };
}

export async function benchRegister(line: (s: string) => void): Promise<Record<string, unknown>> {
  const seconds = Number(process.env.BENCH_REGISTER_SECONDS ?? 5);
  const concurrency = Number(process.env.BENCH_REGISTER_CONCURRENCY ?? 16);
  const nFixtures = Number(process.env.BENCH_REGISTER_FIXTURES ?? 100);
  const warmup = Number(process.env.BENCH_REGISTER_WARMUP ?? 1);
  const rounds = Math.max(1, Number(process.env.BENCH_REGISTER_ROUNDS ?? 5));
  const only = process.env.BENCH_REGISTER_ONLY;
  const secondsOf = (phase: 'writes' | 'queries'): number => (only && only !== phase ? 0.2 : seconds);
  const schemas = schemaDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-bench-register-'));
  line(`\nreference register — loopback, ${concurrency} concurrent clients (undici Pool), ${seconds} s per phase, SQLite file in WAL mode, register on its own thread`);
  try {
    const threads = Number(process.env.BENCH_REGISTER_THREADS ?? os.availableParallelism());
    const dbFile = path.join(dir, 'register.sqlite');
    const server = await ServerThread.start({ kind: 'register', db: dbFile, schemaDir: schemas });
    const pool = new Pool(server.url, { connections: concurrency });
    const ok = async (p: string, query: string, variables: Record<string, unknown>, party = `UZOVI:${ZK}`): Promise<Record<string, Record<string, string>>> => {
      const r = await post(pool, { path: p, body: JSON.stringify({ query, variables }), party });
      const body = JSON.parse(r.text) as { data?: Record<string, Record<string, string>>; errors?: unknown };
      if (r.status !== 200 || body.errors) throw new Error(`bench set-up write failed: ${r.text.slice(0, 300)}`);
      return body.data!;
    };
    const create = async (p: string, type: string, pk: string, input: Record<string, unknown>, party?: string): Promise<string> =>
      (await ok(p, `mutation($i: Registreer${type}Input!) { r: registreer${type}(input: $i) { ${pk} } }`, { i: input }, party))['r']![pk]!;

    // 1. Fixtures, through the write contract: per record an indicatie (IR) and a bemiddeling with a toewijzing, regiehouder and overdracht (BR).
    const makeFixtures = async (count: number, from: number): Promise<Fixture[]> => {
      const fixtures: Fixture[] = [];
      await inParallel([...Array(count).keys()].map((k) => from + k), concurrency, async (k) => {
        const ciz = 'KVK:62253778';
        const irClient = await create(IR, 'Client', 'clientID', { bsn: '012345672', geheimeClient: '2', geboorteDatum: '1940-02-03', geslacht: '2', geslachtsnaam: 'Visser', naamGebruik: '1' }, ciz);
        const wlz = await create(IR, 'WlzIndicatie', 'wlzindicatieID', { clientID: irClient, bsn: '012345672', besluitnummer: 1000 + k, soortWlzindicatie: '1', afgiftedatum: '2025-12-01', ingangsdatum: '2026-01-01', initieelVerantwoordelijkZorgkantoor: ZK }, ciz);
        await create(IR, 'Grondslag', 'grondslagID', { wlzindicatieID: wlz, grondslag: '01', volgorde: 1 }, ciz);
        await create(IR, 'GeindiceerdZorgzwaartepakket', 'geindiceerdZorgzwaartepakketID', { wlzindicatieID: wlz, zzpCode: '750', ingangsdatum: '2026-01-01', financiering: '1' }, ciz);
        const client = await create(BR, 'Client', 'clientID', { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' });
        const bemiddeling = await create(BR, 'Bemiddeling', 'bemiddelingID', { clientID: client, wlzIndicatieID: wlz, verantwoordelijkZorgkantoor: ZK, verantwoordelijkheidIngangsdatum: '2026-01-01' });
        const spec = await create(BR, 'Bemiddelingspecificatie', 'bemiddelingspecificatieID', { bemiddelingID: bemiddeling, leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01',
          toewijzingEinddatum: '2026-12-31', instelling: AGB, uitvoerendZorgkantoor: ZK_UITVOEREND, soortToewijzing: '1', opname: '1', percentage: 10000 });
        const regie = await create(BR, 'Regiehouder', 'regiehouderID', { bemiddelingID: bemiddeling, instelling: AGB, ingangsdatum: '2026-01-01', regierol: 'DH' });
        const overdracht = await create(BR, 'Overdracht', 'overdrachtID', { bemiddelingID: bemiddeling, verantwoordelijkZorgkantoor: ZK_NIEUW, overdrachtDatum: '2026-07-01', verhuisDatum: '2026-06-15' });
        fixtures.push({ wlz, bemiddeling, spec, regie, overdracht });
      });
      return fixtures;
    };
    const tSetup = performance.now();
    const fixtures = await makeFixtures(nFixtures, 0);
    // The N-process register's writes go under fixtures of their own, which no query reads: the
    // queried rows are those of the one-thread write phase, as many as before the second register.
    const fixturesN = await makeFixtures(nFixtures, nFixtures);
    line(`  set-up: 2 × ${nFixtures} × 9 writes (IR + BR fixtures) in ${((performance.now() - tSetup) / 1000).toFixed(1)} s`);

    // 2. Writes: 50 % registreerBemiddelingspecificatie, 30 % wijzigBemiddelingspecificatie (of one written here), 20 % registreerRegiehouder.
    const written: string[] = [];
    const writtenN: string[] = [];
    const REG_SPEC = 'mutation($i: RegistreerBemiddelingspecificatieInput!) { r: registreerBemiddelingspecificatie(input: $i) { bemiddelingspecificatieID vaststellingMoment } }';
    const WIJZIG_SPEC = 'mutation($i: WijzigBemiddelingspecificatieInput!) { r: wijzigBemiddelingspecificatie(input: $i) { bemiddelingspecificatieID toewijzingEinddatum } }';
    const REG_REGIE = 'mutation($i: RegistreerRegiehouderInput!) { r: registreerRegiehouder(input: $i) { regiehouderID } }';
    const writeReqOn = (fixtures: Fixture[], written: string[]) => (i: number): Req => {
      const f = fixtures[i % fixtures.length]!;
      const kind = i % 10;
      let body: string;
      if (kind >= 5 && kind < 8 && written.length > 0) {
        body = JSON.stringify({ query: WIJZIG_SPEC, variables: { i: { bemiddelingspecificatieID: written[(i * 7) % written.length], toewijzingEinddatum: `2026-12-${String(10 + (i % 20)).padStart(2, '0')}` } } });
      } else if (kind >= 8) {
        body = JSON.stringify({ query: REG_REGIE, variables: { i: { bemiddelingID: f.bemiddeling, instelling: AGB, ingangsdatum: '2026-02-01', regierol: 'DH' } } });
      } else {
        body = JSON.stringify({ query: REG_SPEC, variables: { i: { bemiddelingID: f.bemiddeling, leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-02-01',
          instelling: AGB, uitvoerendZorgkantoor: ZK_UITVOEREND, soortToewijzing: '1', opname: '1', percentage: 10000 } } });
      }
      return { path: BR, body, party: `UZOVI:${ZK}` };
    };
    // The same registers on `threads` processes, on the same file (started now: the set-up is done).
    const multi = await ServerThread.start({ kind: 'register', db: dbFile, schemaDir: schemas, threads });
    const multiPool = new Pool(multi.url, { connections: concurrency });
    /** A load phase, with the register thread's event-loop utilisation (its busy share and busy time per request), the serving threads' CPU time per request and cores used (Linux) and optionally the register (or primary) thread's CPU profile. */
    const profiled = async (phase: string, fn: () => Promise<Phase>, on = server): Promise<Phase> => {
      const dirOut = process.env.BENCH_REGISTER_PROFILE;
      if (dirOut) {
        fs.mkdirSync(dirOut, { recursive: true });
        await on.ask({ cmd: 'profile' });
      }
      const before = await on.ask<Elu>({ cmd: 'elu' });
      const r = await fn();
      const after = await on.ask<Elu>({ cmd: 'elu' });
      if (dirOut) await on.ask({ cmd: 'profile', file: path.resolve(dirOut, `register-${phase}.cpuprofile`) });
      const busy = after.active - before.active;
      const requests = Math.max(1, r.n + r.errors);
      const cpu = after.cpuNs !== undefined && before.cpuNs !== undefined ? { serverCpuUsPerRequest: (after.cpuNs - before.cpuNs) / 1000 / requests, serverCores: (after.cpuNs - before.cpuNs) / 1e6 / r.ms } : {};
      const perProcess = before.perProcessNs?.length && before.perProcessNs.length === after.perProcessNs?.length && before.perProcessNs.every((x) => x !== undefined)
        ? { processCores: after.perProcessNs.map((x, k) => ((x ?? 0) - before.perProcessNs![k]!) / 1e6 / r.ms) } : {};
      return { ...r, ...perProcess, serverBusy: busy / (after.active + after.idle - before.active - before.idle), serverUsPerRequest: (busy * 1000) / requests, ...cpu };
    };
    const noteWrittenIn = (written: string[]) => (text: string, i: number): void => {
      if (i % 10 < 5) written.push(/"bemiddelingspecificatieID":"([^"]+)"/.exec(text)![1]!);
    };
    const writeReq = writeReqOn(fixtures, written);
    const writeReqN = writeReqOn(fixturesN, writtenN);
    await drive(multiPool, warmup, concurrency, writeReqN, noteWrittenIn(writtenN), line); // the new processes warm up (the first did in the set-up)
    /** A load phase on both registers, in `rounds` alternating slices (so a change in the machine's load falls on both alike), summed per register. */
    type Load = [next: (i: number) => Req, onOk?: (text: string, i: number) => void];
    const alternated = async (phase: 'writes' | 'queries', [next, onOk]: Load, [nextN, onOkN]: Load = [next, onOk]): Promise<[Phase, Phase]> => {
      const one: Phase[] = [];
      const many: Phase[] = [];
      const slice = secondsOf(phase) / rounds;
      for (let k = 0; k < rounds; k++) {
        one.push(await profiled(phase, () => drive(pool, slice, concurrency, next, onOk, line)));
        many.push(await profiled(`${phase}-threads`, () => drive(multiPool, slice, concurrency, nextN, onOkN, line), multi));
      }
      return [sumOf(one), sumOf(many)];
    };
    const [writes, writesN] = await alternated('writes', [writeReq, noteWrittenIn(written)], [writeReqN, noteWrittenIn(writtenN)]);

    // 3. Filtered queries: every official template with a `where`, variables from the fixtures.
    const templates = [
      ...Object.values(readQueryTemplates(schemas, 'bemiddelingsregister')).map((q) => ({ path: BR, q })),
      ...Object.values(readQueryTemplates(schemas, 'indicatieregister')).map((q) => ({ path: IR, q })),
    ].filter((t) => t.q.includes('where'));
    const vars = (f: Fixture): Record<string, unknown> => ({
      bemiddelingspecificatieid: f.spec, instelling: AGB, toewijzingingangsdatum: '2026-01-01', toewijzingeinddatum: '2026-12-31', toewijzingeinddatum2jaar: '2028-12-31',
      toewijzingeinddatum31mei: '2027-05-31', uitvoerendzorgkantoor: ZK_UITVOEREND, verantwoordelijkzorgkantoor: ZK_NIEUW, overdrachtid: f.overdracht, overdrachtdatum: '2026-07-01',
      regiehouderid: f.regie, wlzindicatieid: f.wlz, initieelverantwoordelijkzorgkantoor: ZK,
    });
    const queryReq = (i: number): Req => {
      const t = templates[i % templates.length]!;
      const v = vars(fixtures[Math.floor(i / templates.length) % fixtures.length]!);
      const names = [...t.q.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]!);
      return { path: t.path, body: JSON.stringify({ query: t.q, variables: Object.fromEntries(names.map((n) => [n, v[n.toLowerCase()]])) }) };
    };
    // every template answers rows for the fixtures (else the rate would measure empty answers)
    for (const p of [pool, multiPool]) {
      for (let k = 0; k < templates.length; k++) {
        const r = await post(p, queryReq(k));
        const root = Object.values((JSON.parse(r.text) as { data: Record<string, unknown[]> }).data ?? {})[0];
        if (r.status !== 200 || !Array.isArray(root) || root.length === 0) throw new Error(`bench query template ${k} returned no rows: ${r.text.slice(0, 300)}`);
      }
    }
    // Each register answers the templates for a while first (unmeasured): the processes of the
    // second one are new, and would otherwise be measured compiling (V8, graphql-jit, statements).
    for (const p of [pool, multiPool]) await drive(p, warmup, concurrency, queryReq, undefined, line);
    const [queries, queriesN] = await alternated('queries', [queryReq]);
    await pool.close();
    await multiPool.close();
    await multi.close();

    // 4. Notification delivery: the outbox of all the writes above, to loopback test receivers.
    const zk = await startTestReceiver();
    const aanbieder = await startTestReceiver();
    const book = { [`UZOVI:${ZK}`]: zk.url, [`UZOVI:${ZK_UITVOEREND}`]: zk.url, [`UZOVI:${ZK_NIEUW}`]: zk.url, [`AGB:${AGB}`]: aanbieder.url };
    const batchSize = 20;
    const d = await server.ask<{ delivered: number; ms: number; dead: number }>({ cmd: 'deliver', book, batchSize });
    const notifications: Phase = { n: d.delivered - d.dead, ms: d.ms, errors: d.dead, perSecond: ((d.delivered - d.dead) / d.ms) * 1000 };
    const received = zk.received.length + aanbieder.received.length;
    await zk.close();
    await aanbieder.close();
    await server.close();

    // 5. Baselines: a bare node:http echo server on the same client pool; raw better-sqlite3 on the same tables.
    const echoServer = await ServerThread.start({ kind: 'echo' });
    const echoPool = new Pool(echoServer.url, { connections: concurrency });
    const sample = queryReq(0);
    const echo = await drive(echoPool, Math.min(seconds, 3), concurrency, () => sample, undefined, line);
    await echoPool.close();
    await echoServer.close();
    const raw = rawSqlite(dir, schemas, Math.min(seconds, 2));

    const pct = (a: Phase, b: Phase): string => `${((a.perSecond / b.perSecond) * 100).toFixed(0)} % of`;
    const cpu = (p: Phase): string => (p.serverCpuUsPerRequest === undefined ? '' : `, ${p.serverCpuUsPerRequest.toFixed(0)} µs CPU/request, ${p.serverCores!.toFixed(2)} cores`);
    const size = (p: Phase): string => `${p.bytesPerAnswer ? `, ${p.bytesPerAnswer.toFixed(0)} B/answer` : ''}${p.clientCpuUsPerRequest === undefined ? '' : `, load generator ${p.clientCpuUsPerRequest.toFixed(0)} µs CPU/request`}`;
    const busy = (p: Phase): string => (p.serverBusy === undefined ? '' : `, register thread ${(p.serverBusy * 100).toFixed(0)} % busy, ${p.serverUsPerRequest!.toFixed(0)} µs/request${cpu(p)}${size(p)}`);
    const busyN = (p: Phase): string => `, ${threads} register processes${cpu(p)}${p.processCores ? ` (${p.processCores.map((c) => c.toFixed(2)).join(' + ')})` : ''}${size(p)}`;
    const row = (label: string, p: Phase, note: string, detail = busy): string => `  ${label.padEnd(58)} ${fmt(p.perSecond).padStart(9)}/s  (${p.n} in ${p.ms.toFixed(0)} ms${p.errors ? `, ${p.errors} errors` : ''}${detail(p)})  ${note}`;
    const target = (p: Phase, t: number): string => `target ≥ ${fmt(t)}/s: ${p.perSecond >= t ? 'met' : 'NOT met'}`;
    line(row('writes (50 % new toewijzing, 30 % change, 20 % regiehouder)', writes, target(writes, TARGET_WRITES)));
    line(row(`  same, threads ${threads}`, writesN, target(writesN, TARGET_WRITES), busyN));
    line(row(`filtered queries (${templates.length} official templates, round robin)`, queries, target(queries, TARGET_QUERIES)));
    line(row(`  same, threads ${threads}`, queriesN, target(queriesN, TARGET_QUERIES), busyN));
    line(row(`notifications delivered (dispatcher batch ${batchSize}, loopback receivers)`, notifications, `${received} requests received`));
    line(row('baseline: bare node:http echo, same pool and body', echo, `queries are ${pct(queries, echo)} it, writes ${pct(writes, echo)} it`));
    line(row('baseline: raw better-sqlite3, rows of one new toewijzing, 1 tx each', raw.writes, `writes over HTTP+GraphQL are ${pct(writes, raw.writes)} it`));
    line(row('baseline: raw better-sqlite3, QBR-0001 rows (3 prepared SELECTs)', raw.reads, `queries over HTTP+GraphQL are ${pct(queries, raw.reads)} it`));
    return { seconds, concurrency, fixtures: nFixtures, threads, writes, queries, writesThreads: writesN, queriesThreads: queriesN, notifications, echo, rawWrites: raw.writes, rawReads: raw.reads, targets: { writes: TARGET_WRITES, queries: TARGET_QUERIES } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
