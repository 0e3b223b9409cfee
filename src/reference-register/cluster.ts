/**
 * The register on several processes (RegisterOptions.threads > 1): this process (the primary)
 * opens and migrates the SQLite file once, then forks node:cluster workers (cluster-worker.ts)
 * that share the listening port — the primary accepts the connections and hands them out in turn —
 * and each serve every register with their own connection to the file. SQLite in WAL mode lets
 * their reads run side by side. The writes are this process's: a worker sends the execution of
 * each mutation here (forward-writes.ts) and this one connection writes them one after another
 * (writer.ts), so no writer waits for another's lock; each write puts its notifications in the
 * outbox in its own transaction, and the one dispatcher (the caller's startNotifications on
 * `RunningRegister.db`) delivers them. Request lines are written here (forwarded-log.ts). A
 * worker that dies is replaced.
 */
import cluster, { type Worker } from 'node:cluster';
import { KeyObject } from 'node:crypto';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type LogLine, writeForwarded } from './forwarded-log.js';
import { Security } from './security/gate.js';
import { httpsOptions, TlsConfigError } from './security/tls.js';
import { openStore, type RegisterOptions, type RunningRegister } from './server.js';
import type { WriteAnswer, WriteRequest } from './forward-writes.js';
import { writerOf } from './writer.js';
import { batchedSend } from './batched-send.js';

export class ThreadsConfigError extends Error {}

export const MAX_THREADS = 64;

/** The number of serving processes of `opts`, checked once: a thrown ThreadsConfigError names what cannot be shared. */
export function checkThreads(opts: RegisterOptions): number {
  const n = opts.threads ?? 1;
  if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) throw new ThreadsConfigError(`threads must be a whole number from 1 to ${MAX_THREADS}, got ${n}`);
  if (n === 1) return 1;
  if (!opts.db || opts.db === ':memory:') throw new ThreadsConfigError(`threads ${n} needs a database file: a :memory: database lives in one process and cannot be shared`);
  for (const k of ['now', 'newId'] as const) if (opts[k]) throw new ThreadsConfigError(`threads ${n}: the ${k} function cannot be passed to other processes`);
  if (opts.notifier) throw new ThreadsConfigError(`threads ${n}: a notifier object cannot be passed to other processes (each worker loads the default one; null for none)`);
  if (opts.auth?.now) throw new ThreadsConfigError(`threads ${n}: the OAuth2 clock function cannot be passed to other processes`);
  return n;
}

/** What a worker is started with: the options that cross a process boundary (keys as PEM, URLs as text). */
export type WorkerOptions = Omit<RegisterOptions, 'logger' | 'now' | 'newId' | 'notifier' | 'threads'> & { notifier?: null; log: boolean };

export type ToWorker = { t: 'start'; opts: WorkerOptions } | { t: 'close' } | { t: 'written'; answers: WriteAnswer[] };
export type FromWorker = { t: 'loaded' } | { t: 'ready'; url: string } | { t: 'failed'; message: string } | { t: 'log'; lines: LogLine[] } | { t: 'closed' } | { t: 'writes'; requests: WriteRequest[] };

function workerOptions(opts: RegisterOptions): WorkerOptions {
  const { logger, now: _now, newId: _newId, notifier, threads: _threads, auth, ...rest } = opts;
  const out: WorkerOptions = { ...rest, log: logger !== undefined, ...(notifier === null ? { notifier: null } : {}) };
  if (auth) {
    out.auth = {
      ...auth,
      ...(auth.jwks instanceof URL ? { jwks: auth.jwks.href } : {}),
      ...(auth.publicKeys ? { publicKeys: auth.publicKeys.map((k) => (typeof k === 'string' ? k : String((k instanceof KeyObject ? k : KeyObject.from(k)).export({ type: 'spki', format: 'pem' })))) } : {}),
    };
  }
  return out;
}

/** The worker module and node flags: the compiled .js, or the .ts source under tsx (tests running the sources). */
function workerEntry(): { exec: string; execArgv: string[] } {
  const ts = import.meta.url.endsWith('.ts');
  return { exec: fileURLToPath(new URL(`./cluster-worker.${ts ? 'ts' : 'js'}`, import.meta.url)), execArgv: ts ? ['--import', 'tsx'] : process.execArgv };
}

type Write = (m: WriteRequest) => Promise<WriteAnswer>;

function fork(opts: WorkerOptions, onLog: (lines: LogLine[], id: number) => void, write: Write): { worker: Worker; ready: Promise<string> } {
  cluster.setupPrimary({ ...workerEntry(), serialization: 'advanced' });
  const worker = cluster.fork();
  const answer = batchedSend<WriteAnswer>((answers) => { if (worker.isConnected()) worker.send({ t: 'written', answers } satisfies ToWorker); });
  const ready = new Promise<string>((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`register worker ${worker.id} exited (${code}) before serving`));
    worker.once('exit', onExit);
    worker.on('message', (m: FromWorker) => {
      if (m.t === 'writes') for (const r of m.requests) void write(r).then(answer);
      else if (m.t === 'log') onLog(m.lines, worker.id);
      else if (m.t === 'loaded') worker.send({ t: 'start', opts } satisfies ToWorker);
      else if (m.t === 'ready') { worker.off('exit', onExit); resolve(m.url); }
      else if (m.t === 'failed') { worker.off('exit', onExit); worker.kill(); reject(new Error(`register worker ${worker.id}: ${m.message}`)); }
    });
  });
  return { worker, ready };
}

/** Asks a worker to close its server and database, and waits for it to exit (killed after `ms`). */
function stop(worker: Worker, ms = 10_000): Promise<void> {
  if (worker.isDead()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => worker.kill('SIGKILL'), ms);
    worker.once('exit', () => { clearTimeout(timer); resolve(); });
    if (worker.isConnected()) worker.send({ t: 'close' } satisfies ToWorker);
    else worker.kill();
  });
}

/**
 * A free port for `port: 0`: the cluster keys the listening sockets it shares by address and port,
 * so workers of two registers in one process that both asked for port 0 would share the first's.
 */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function startCluster(opts: RegisterOptions, threads: number): Promise<RunningRegister> {
  // The configuration fails here, once, with its own error (the workers build the same from it).
  const security = await Security.create({ tls: opts.tls, auth: opts.auth });
  if (opts.tls) {
    try {
      https.createServer(httpsOptions(opts.tls));
    } catch (e) {
      throw new TlsConfigError(`TLS: ${(e as Error).message}`);
    }
  }
  const store = await openStore(opts);
  const { db, registers } = store;
  let wire: WorkerOptions;
  let write: Write;
  try {
    write = writerOf(store, opts.schemaDir);
    wire = { ...workerOptions(opts), port: opts.port ? opts.port : await freePort(opts.host ?? '127.0.0.1') };
  } catch (e) {
    db.close();
    throw e;
  }
  const onLog = (lines: LogLine[], id: number): void => { if (opts.logger) writeForwarded(opts.logger, lines, id); };
  const workers = new Set<Worker>();
  let closing = false;
  const start = (): { worker: Worker; ready: Promise<string> } => {
    const w = fork(wire, onLog, write);
    let served = false;
    w.ready.then(() => (served = true), () => undefined);
    workers.add(w.worker);
    w.worker.once('exit', (code, signal) => {
      workers.delete(w.worker);
      if (closing) return;
      // Only a worker that served is replaced: one that cannot start would fail again and again.
      if (!served) return;
      process.stderr.write(`register: worker ${w.worker.id} exited (${signal ?? code}); starting another\n`);
      start().ready.catch((e: Error) => process.stderr.write(`register: ${e.message}\n`));
    });
    return w;
  };
  let url: string;
  try {
    const started = Array.from({ length: threads }, start);
    url = (await Promise.all(started.map((w) => w.ready)))[0]!;
  } catch (e) {
    closing = true;
    await Promise.all([...workers].map((w) => stop(w)));
    db.close();
    throw e;
  }
  return {
    url,
    db,
    registers,
    secure: security.secure,
    pids: () => [...workers].map((w) => w.process.pid!),
    close: async () => {
      closing = true;
      await Promise.all([...workers].map((w) => stop(w)));
      db.close();
    },
  };
}
