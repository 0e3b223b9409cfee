/**
 * The embedded reference registers over GraphQL-over-HTTP (graphql-http on node:http): one
 * endpoint per register, each serving its official SDL with generic resolvers over SQLite.
 * No mTLS or OAuth yet: development use only.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler, type Handler } from 'graphql-http';
import { buildExecutable, type ExecutableRegister, type RegisterContext } from './executable.js';
import { REGISTERS, type RegisterDef } from './registers.js';
import { readSdl } from './schema-files.js';
import { type Db, migrate, openDb } from './storage.js';

export interface RegisterOptions {
  port?: number;
  host?: string;
  /** SQLite file or ':memory:'. */
  db?: string;
  /** Folder with the installed SDLs (`xsd/graphql`). */
  schemaDir: string;
}

export interface RunningRegister {
  url: string;
  db: Db;
  registers: Map<RegisterDef['id'], ExecutableRegister>;
  close(): Promise<void>;
}

/** Opens the database, builds the register schemas and migrates their tables. */
export function openRegisters(db: Db, schemaDir: string): Map<RegisterDef['id'], ExecutableRegister> {
  const out = new Map<RegisterDef['id'], ExecutableRegister>();
  for (const def of REGISTERS) {
    const sdl = readSdl(schemaDir, def.sdl);
    const ex = buildExecutable(sdl, def.id);
    migrate(db, def.id, ex.model, sdl);
    out.set(def.id, ex);
  }
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
  if (status === 200 && type.startsWith('application/graphql-response+json') && typeof body === 'string' && !('data' in (JSON.parse(body) as object))) status = 400;
  res.writeHead(status, init.statusText, init.headers).end(body);
}

export async function startRegister(opts: RegisterOptions): Promise<RunningRegister> {
  const db = openDb(opts.db ?? ':memory:');
  let registers: Map<RegisterDef['id'], ExecutableRegister>;
  try {
    registers = openRegisters(db, opts.schemaDir);
  } catch (e) {
    db.close();
    throw e;
  }
  const context: Record<PropertyKey, unknown> = { db } satisfies RegisterContext;
  const handlers = new Map(REGISTERS.map((def) => [def.path, createHandler({ schema: registers.get(def.id)!.schema, context })]));
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = handlers.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: `no register at ${path}` }] }));
      return;
    }
    serve(handler, req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    db,
    registers,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => {
        db.close();
        if (err) reject(err); else resolve();
      });
    }),
  };
}
