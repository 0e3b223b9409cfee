/**
 * The embedded reference registers over GraphQL-over-HTTP (graphql-http on node:http): one
 * endpoint per register, each serving its official SDL with generic resolvers over SQLite.
 * Optional mTLS (node:https) and OAuth2 bearer JWTs (security/), one pino line per request
 * (request-log.ts), zendMelding on every register and `/meldingen/graphql` (meldingen/).
 * Without mTLS-required and without OAuth2 it is an insecure development server.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../config/root.js';
import { createHandler, type Handler } from 'graphql-http';
import { buildExecutable, type ExecutableRegister, type RegisterContext } from './executable.js';
import { cachedParse, cachedValidate } from './document-cache.js';
import { endpointsOf } from './endpoints.js';
import type { WriteForwarder } from './forward-writes.js';
import { REGISTERS, type RegisterDef } from './registers.js';
import { readSdl } from './schema-files.js';
import { type Db, migrate, openDb } from './storage.js';
import { CodeLists } from './write/codes.js';
import { migrateWrite } from './write/migrations.js';
import { randomUuid, type WriteEnv } from './write/mutations.js';
import { loadNotifier, type Notifier } from './write/notify.js';
import type { Logger } from 'pino';
import { migrateMeldingen } from './meldingen/migrations.js';
import { RequestPipeline } from './pipeline.js';
import { Security } from './security/gate.js';
import type { OAuthOptions } from './security/oauth.js';
import { httpsOptions, TlsConfigError, type TlsOptions } from './security/tls.js';
import { checkThreads, startCluster } from './cluster.js';

export interface RegisterOptions {
  port?: number;
  host?: string;
  /** SQLite file or ':memory:'. */
  db?: string;
  /** Folder with the installed SDLs (`xsd/graphql`). */
  schemaDir: string;
  /** Folder of installed XSD packs whose enumerations are the code lists (default `<project>/xsd`). */
  xsdDir?: string;
  /** Clock of the writes (vaststellingMoment, write log); default the system clock. */
  now?: () => Date;
  /** Id generator of new records; default crypto.randomUUID (v4). */
  newId?: () => string;
  /** Notifications hook; default the src/notifications modules when present, `null` for none. */
  notifier?: Notifier | null;
  /** Serve HTTPS; with `requireClientCert` only peers with a certificate signed by `ca` (mTLS), whose subject names the writing party. */
  tls?: TlsOptions;
  /** Require an OAuth2 bearer JWT with the scopes of each operation (BRIEF §8). */
  auth?: OAuthOptions;
  /** One structured line per request on this pino logger (src/log.ts createLogger); none without it. */
  logger?: Logger;
  /**
   * Serving processes (default 1: this thread serves). With N > 1 this process opens and migrates
   * the database, then forks N node:cluster processes that share the listening port, each with its
   * own connection to the SQLite file (WAL: concurrent readers, writers serialised by SQLite);
   * their request lines go to `logger` here. Needs a database file (not `:memory:`), and no
   * `now`/`newId`/`notifier` functions (they cannot cross a process boundary; `notifier: null` can).
   */
  threads?: number;
}

export interface RunningRegister {
  url: string;
  db: Db;
  registers: Map<RegisterDef['id'], ExecutableRegister>;
  /** False in the insecure development mode (neither required client certificates nor OAuth2). */
  secure: boolean;
  /** Ids of the processes answering requests (this one, or the cluster's workers). */
  pids(): number[];
  close(): Promise<void>;
}

/** Opens the database, builds the register schemas and migrates their tables. */
export function openRegisters(db: Db, schemaDir: string, codes?: CodeLists): Map<RegisterDef['id'], ExecutableRegister> {
  const out = new Map<RegisterDef['id'], ExecutableRegister>();
  for (const def of REGISTERS) {
    const sdl = readSdl(schemaDir, def.sdl);
    const ex = buildExecutable(sdl, def.id, { mutations: true, ...(codes ? { codes } : {}) });
    migrate(db, def.id, ex.model, sdl);
    out.set(def.id, ex);
  }
  migrateWrite(db);
  return out;
}

type NodeHandler = Handler<http.IncomingMessage, undefined>;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/**
 * graphql-http does the protocol; one correction on top (GraphQL over HTTP, RFC0040): an
 * application/graphql-response+json answer without `data` (e.g. variables that do not coerce)
 * is a total failure and gets 400, where graphql-http answers 200.
 */
async function serve(handler: NodeHandler, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const [body, init] = await handler({ url: req.url ?? '/', method: req.method ?? 'GET', headers: req.headers, body: () => readBody(req), raw: req, context: undefined });
  let status = init.status;
  const type = String(init.headers?.['content-type'] ?? '');
  // An answer with data starts with it (graphql-http writes the execution result as is): only
  // other answers are parsed to look for it.
  if (status === 200 && type.startsWith('application/graphql-response+json') && typeof body === 'string' && !body.startsWith('{"data":') && !('data' in (JSON.parse(body) as object))) status = 400;
  // With its length the body goes in one piece: without it node sends it chunked (writeHead fixes
  // the headers before end sees the body), which costs bytes and a write of several buffers.
  const headers = typeof body === 'string' ? { ...init.headers, 'content-length': String(Buffer.byteLength(body)) } : init.headers;
  res.writeHead(status, init.statusText, headers).end(body);
}

export interface Store {
  db: Db;
  registers: Map<RegisterDef['id'], ExecutableRegister>;
  codes: CodeLists;
  notifier: Notifier | undefined;
}

/**
 * The write environment of the mutations executed on `store` (all but the writing party): the
 * options' clock and ids, else the system's. The serving thread's and a cluster's one writer's.
 */
export function writeEnvOf(store: Store, opts: Pick<RegisterOptions, 'now' | 'newId'> = {}): Omit<WriteEnv, 'party'> {
  return { now: opts.now ?? (() => new Date()), newId: opts.newId ?? randomUuid, codes: store.codes, notifier: store.notifier };
}

/** Opens the database and migrates every table the registers write (register tables, write log, meldingen, outbox). */
export async function openStore(opts: RegisterOptions, quiet = false): Promise<Store> {
  const db = openDb(opts.db ?? ':memory:');
  const codes = CodeLists.load(opts.xsdDir ?? path.join(projectRoot(), 'xsd'));
  if (codes.size === 0 && !quiet) process.stderr.write('register: no XSD pack installed: code values of writes are NOT checked (install one with `iwlz-bridge xsd install`)\n');
  try {
    const notifier = opts.notifier === null ? undefined : opts.notifier ?? (await loadNotifier());
    const registers = openRegisters(db, opts.schemaDir, codes);
    migrateMeldingen(db);
    notifier?.migrate?.(db);
    return { db, registers, codes, notifier };
  } catch (e) {
    db.close();
    throw e;
  }
}

/** The registers over HTTP: on this thread, or (`threads` > 1) on a cluster of processes (cluster.ts). */
export async function startRegister(opts: RegisterOptions): Promise<RunningRegister> {
  const threads = checkThreads(opts);
  return threads > 1 ? startCluster(opts, threads) : serveRegister(opts);
}

/**
 * The registers served by this thread. With `forwarder` (a worker of a cluster) its mutations are
 * executed by the cluster's one writer (forward-writes.ts); everything before and after the
 * execution (security, validation, answer, request line) stays here.
 */
export async function serveRegister(opts: RegisterOptions, quiet = false, forwarder?: WriteForwarder): Promise<RunningRegister> {
  const security = await Security.create({ tls: opts.tls, auth: opts.auth });
  const tlsOptions = opts.tls ? httpsOptions(opts.tls) : undefined;
  const store = await openStore(opts, quiet);
  const { db, registers } = store;
  const writeBase = writeEnvOf(store, opts);
  const labels = new Map<string, string>(REGISTERS.map((d) => [d.path, d.id]));
  const pipeline = new RequestPipeline(security, cachedParse, opts.logger, (p: string): string | undefined => (handlers.has(p) ? labels.get(p) ?? p.replace(/^\/|\/graphql$/g, '') : undefined));
  const context = (req: { raw: http.IncomingMessage }): Record<PropertyKey, unknown> => {
    return { db, write: { ...writeBase, party: pipeline.partyOf(req.raw) } } satisfies RegisterContext;
  };
  const onSubscribe = pipeline.onSubscribe;
  const parse = forwarder ? forwarder.parse : cachedParse;
  const handlers = new Map<string, NodeHandler>();
  for (const [p, { schema, execute, onOperation }] of endpointsOf({ db, registers }, opts.schemaDir)) {
    handlers.set(p, createHandler<http.IncomingMessage, undefined, Record<PropertyKey, unknown>>({ schema, context, parse, validate: cachedValidate, execute: forwarder ? forwarder.execute(p, execute) : execute, onSubscribe, ...(onOperation ? { onOperation } : {}) }));
  }
  const listener = pipeline.listener(handlers, serve);
  let server: http.Server;
  try {
    server = tlsOptions ? https.createServer(tlsOptions, listener) : http.createServer(listener);
  } catch (e) {
    db.close();
    throw new TlsConfigError(`TLS: ${(e as Error).message}`);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  return {
    url: `${tlsOptions ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    db,
    registers,
    secure: security.secure,
    pids: () => [process.pid],
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => {
        db.close();
        if (err) reject(err); else resolve();
      });
    }),
  };
}
