/** `iwlz-bridge register …`: install the register schemas, serve the embedded registers. */
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { type Io, UsageError } from '../cli/io.js';
import { installSchemas, RegisterSchemaError, schemaDirOf } from './schema-files.js';
import { REGISTERS, VIEWS } from './registers.js';
import { startRegister } from './server.js';
import { MAX_THREADS, ThreadsConfigError } from './cluster.js';
import { securityOptions, type SecurityFlags, securitySummary } from './security/cli-options.js';
import { MELDINGEN_PATH } from './meldingen/schema.js';
import { OAuthConfigError } from './security/oauth.js';
import { TlsConfigError } from './security/tls.js';
import { createLogger } from '../log.js';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { migrateOutbox, type NotificationDispatcher, outboxStatus, startNotifications, type StatusFilter } from '../notifications/index.js';

export const INSECURE_WARNING =
  'WARNING: the reference register runs WITHOUT mTLS and WITHOUT OAuth2: insecure development mode. Anyone who can reach the port can read every register. Do not expose it.';

const served = new Set<{ close(): Promise<void> }>();

/** Stops every register `register serve` started in this process (tests; signals do it otherwise). */
export async function stopServed(): Promise<void> {
  await Promise.all([...served].map((r) => r.close()));
  served.clear();
}

export function register(program: Command, io: Io): void {
  const reg = program.command('register').description('embedded reference registers (Indicatie-, Bemiddelings-, Leveringsregister) over GraphQL');
  const schemas = reg.command('schemas').description('the official register SDLs and query templates');
  schemas
    .command('install')
    .description('copy the official register .graphql files (and queries/) into <xsd-dir>/graphql')
    .argument('<dir>', 'folder holding Indicatieregister-2.graphql, Bemiddelingsregister.graphql, … (e.g. ../shared/iwlz/graphql)')
    .option('--xsd-dir <dir>', 'folder of installed schemas')
    .action((dir: string, opts: { xsdDir?: string }) => {
      const target = schemaDirOf(loadConfig({ xsdDir: opts.xsdDir }).xsdDir);
      try {
        const m = installSchemas(dir, target);
        io.out(`installed ${Object.keys(m.files).length} register schema files in ${target}`);
      } catch (e) {
        if (e instanceof RegisterSchemaError) throw new UsageError(`register schemas install: ${e.message}`);
        throw e;
      }
    });
  reg
    .command('serve')
    .description('serve the registers over GraphQL-over-HTTP(S); without --require-client-cert or OAuth2 (--jwt-*) in insecure development mode')
    .option('--port <port>', 'TCP port (0: any free one)', '4000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <file>', 'SQLite file, or :memory:', 'register.sqlite')
    .option('--xsd-dir <dir>', 'folder of installed schemas (the SDLs are in its graphql/)')
    .option('--address-book <file>', 'deliver notifications (zendNotificatie) to the endpoints in this JSON file ("UZOVI:5501": URL, "AGB:01234567": URL, …); without it they wait in the outbox')
    .option('--tls-cert <file>', 'serve HTTPS with this certificate (PEM, with its chain)')
    .option('--tls-key <file>', 'private key of --tls-cert (PEM)')
    .option('--tls-ca <file>', 'CA certificates (PEM) that client certificates must chain to; clients are asked for one')
    .option('--tls-crl <file>', 'certificate revocation list (PEM) for client certificates')
    .option('--require-client-cert', 'mTLS: refuse clients without a certificate signed by --tls-ca; the writing party comes from its subject')
    .option('--jwt-jwks <file|url>', 'OAuth2: verify bearer JWTs with this JWKS (a file, or an http(s) URL)')
    .option('--jwt-public-key <file>', 'OAuth2: verify bearer JWTs with this public key (PEM) instead of a JWKS')
    .option('--jwt-issuer <iss>', 'OAuth2: the expected iss')
    .option('--jwt-audience <aud>', "OAuth2: the expected aud (this register's URL)")
    .option('--log-level <level>', 'request log level on stderr (trace, debug, info, warn, error, silent)', 'info')
    .option('--threads <n>', `serving processes sharing the port (node:cluster), each with its own connection to the --db file (not :memory:); 1..${MAX_THREADS}, e.g. the number of cores`, '1')
    .action(async (opts: { port: string; host: string; db: string; xsdDir?: string; addressBook?: string; logLevel: string; threads: string } & SecurityFlags) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0..65535, got ${opts.port}`);
      const threads = Number(opts.threads);
      if (!/^\d+$/.test(opts.threads) || threads < 1 || threads > MAX_THREADS) throw new UsageError(`--threads must be 1..${MAX_THREADS}, got ${opts.threads}`);
      if (threads > 1 && opts.db === ':memory:') throw new UsageError(`--threads ${threads} needs a --db file: a :memory: database cannot be shared between processes`);
      const { xsdDir } = loadConfig({ xsdDir: opts.xsdDir });
      const schemaDir = schemaDirOf(xsdDir);
      if (!['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'].includes(opts.logLevel)) throw new UsageError(`--log-level must be trace, debug, info, warn, error, fatal or silent, got ${opts.logLevel}`);
      const security = securityOptions(opts);
      let running;
      try {
        running = await startRegister({ port, host: opts.host, db: opts.db, schemaDir, xsdDir, ...security, logger: createLogger({ level: opts.logLevel }), threads });
      } catch (e) {
        if (e instanceof RegisterSchemaError || e instanceof ThreadsConfigError) throw new UsageError(e.message);
        if (e instanceof TlsConfigError || e instanceof OAuthConfigError) throw new UsageError(e.message);
        throw e;
      }
      served.add(running);
      if (opts.addressBook) {
        let dispatcher: NotificationDispatcher;
        try {
          dispatcher = startNotifications({ db: running.db, addressBook: opts.addressBook });
        } catch (e) {
          await running.close();
          served.delete(running);
          throw new UsageError(`--address-book: ${(e as Error).message}`);
        }
        served.add({ close: async () => dispatcher.stop() });
        io.err(`notifications: delivering from the outbox in ${opts.db} to the endpoints in ${opts.addressBook}`);
      } else io.err('notifications: no --address-book, so they are kept in the outbox undelivered');
      io.err(running.secure ? securitySummary(security) : INSECURE_WARNING);
      if (threads > 1) io.err(`serving on ${threads} processes (${running.pids().join(', ')}) sharing the port`);
      for (const def of [...REGISTERS, ...VIEWS]) io.out(`${def.title}: ${running.url}${def.path}`);
      io.out(`Meldingen (RFC0018): ${running.url}${MELDINGEN_PATH}`);
      const stop = (): void => void stopServed();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  reg
    .command('notifications')
    .description('list the notification outbox of a register file: state, receiver, attempts, last error')
    .option('--db <file>', 'SQLite file of the register', 'register.sqlite')
    .option('--status <status>', 'pending, in_flight, delivered, dead, or failed (dead plus pending that failed before)')
    .option('--limit <n>', 'at most this many rows, newest first', '100')
    .action((opts: { db: string; status?: string; limit: string }) => {
      const states = ['pending', 'in_flight', 'delivered', 'dead', 'failed'];
      if (opts.status && !states.includes(opts.status)) throw new UsageError(`--status must be one of ${states.join(', ')}`);
      if (!fs.existsSync(opts.db)) throw new UsageError(`${opts.db} does not exist`);
      const db = new Database(opts.db, { readonly: false });
      try {
        migrateOutbox(db);
        const lines = outboxStatus(db, opts.status as StatusFilter | undefined, Number(opts.limit));
        for (const l of lines) io.out(l);
        if (lines.length === 0) io.err(`no notifications${opts.status ? ` with status ${opts.status}` : ''} in ${opts.db}`);
      } finally {
        db.close();
      }
    });
}
