/**
 * The identifier map (BRIEF §5.1) in SQLite: (register, entity, estafette natural key) ↔ register
 * UUID, both ways, with the content last written (hash + JSON), a version and timestamps; plus
 * the processed messages (idempotency). A removed record keeps its row with `deleted_at` set, so
 * the reverse direction still finds its estafette key and a repeated verwijder is recognised.
 * One real file, WAL; migrations in idmap-migrations.ts; the clock is injectable.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import type { RegisterId } from './plan.js';
import { IDMAP_MIGRATIONS } from './idmap-migrations.js';

export type Content = Record<string, unknown>;

export interface IdEntry {
  register: RegisterId;
  entity: string;
  key: string;
  id: string;
  hash: string;
  content: Content;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
  messageKey?: string;
}

export interface Processed<T> {
  messageKey: string;
  kind?: string;
  processedAt: string;
  outcome: T;
}

interface Row {
  register: string; entity: string; natural_key: string; register_id: string; content_hash: string; content: string;
  version: number; created_at: string; updated_at: string; deleted_at: string | null; message_key: string | null;
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}

/** The JSON with sorted keys: the same content gives the same text whatever the field order. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(canonical(v));
}

const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex');

/** sha256 of the JSON with sorted keys: the same content gives the same hash whatever the field order. */
export function contentHash(content: Content): string {
  return sha256(canonicalJson(content));
}

const toEntry = (r: Row): IdEntry => ({
  register: r.register as RegisterId, entity: r.entity, key: r.natural_key, id: r.register_id, hash: r.content_hash,
  content: JSON.parse(r.content) as Content, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at,
  ...(r.deleted_at ? { deletedAt: r.deleted_at } : {}), ...(r.message_key ? { messageKey: r.message_key } : {}),
});

export interface IdMapOptions {
  /** Clock of created_at/updated_at/deleted_at/processed_at; default the system clock. */
  now?: () => Date;
}

export class IdMap {
  private readonly now: () => Date;
  private readonly st;
  private readonly tx: (fn: () => unknown) => unknown;

  private constructor(readonly db: Database.Database, opts: IdMapOptions) {
    this.now = opts.now ?? (() => new Date());
    this.st = {
      get: db.prepare<[string, string, string], Row>('SELECT * FROM id_map WHERE register = ? AND entity = ? AND natural_key = ?'),
      byId: db.prepare<[string, string], Row>('SELECT * FROM id_map WHERE register = ? AND register_id = ? ORDER BY entity, natural_key'),
      upsert: db.prepare(`INSERT INTO id_map (register, entity, natural_key, register_id, content_hash, content, version, created_at, updated_at, deleted_at, message_key)
        VALUES (@register, @entity, @key, @id, @hash, @content, @version, @createdAt, @updatedAt, @deletedAt, @messageKey)
        ON CONFLICT (register, entity, natural_key) DO UPDATE SET register_id = excluded.register_id, content_hash = excluded.content_hash, content = excluded.content,
          version = excluded.version, created_at = excluded.created_at, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, message_key = excluded.message_key`),
      del: db.prepare('DELETE FROM id_map WHERE register = ? AND entity = ? AND natural_key = ?'),
      processed: db.prepare<[string], { message_key: string; kind: string | null; processed_at: string; outcome: string }>('SELECT * FROM processed_messages WHERE message_key = ?'),
      markProcessed: db.prepare('INSERT OR REPLACE INTO processed_messages (message_key, kind, processed_at, outcome) VALUES (?, ?, ?, ?)'),
    };
    this.tx = db.transaction((fn: () => unknown) => fn());
  }

  /** Opens (creating and migrating) the map in a SQLite file; `:memory:` for throw-away use. */
  static open(file: string, opts: IdMapOptions = {}): IdMap {
    const db = new Database(file);
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, (opts.now ?? (() => new Date()))());
    return new IdMap(db, opts);
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** The live entry of a natural key (not removed). */
  get(register: RegisterId, entity: string, key: string): IdEntry | undefined {
    const e = this.entry(register, entity, key);
    return e && !e.deletedAt ? e : undefined;
  }

  /** The entry of a natural key, removed or not. */
  entry(register: RegisterId, entity: string, key: string): IdEntry | undefined {
    const r = this.st.get.get(register, entity, key);
    return r ? toEntry(r) : undefined;
  }

  /** The reverse direction: the estafette keys of a register id (removed ones with `all`). */
  keysOf(register: RegisterId, id: string, opts: { all?: boolean } = {}): IdEntry[] {
    return this.st.byId.all(register, id).map(toEntry).filter((e) => opts.all || !e.deletedAt);
  }

  /**
   * A record the register created for a natural key (a new version when the key had a removed
   * record). `prev`: the key's entry as the caller just read it (`null`: none), saves a look-up.
   */
  created(register: RegisterId, entity: string, key: string, id: string, content: Content, messageKey?: string, prev?: IdEntry | null): IdEntry {
    const before = prev === undefined ? this.entry(register, entity, key) : prev ?? undefined;
    const at = this.stamp();
    const json = canonicalJson(content);
    const e: IdEntry = { register, entity, key, id, hash: sha256(json), content, version: (before?.version ?? 0) + 1, createdAt: at, updatedAt: at, ...(messageKey ? { messageKey } : {}) };
    this.write(e, json);
    return e;
  }

  /** New content written to the record of a natural key. `prev`: its live entry as the caller just read it. */
  changed(register: RegisterId, entity: string, key: string, content: Content, messageKey?: string, prev?: IdEntry): IdEntry {
    const before = prev ?? this.get(register, entity, key);
    if (!before) throw new Error(`id map: no record for ${register}/${entity} ${key}`);
    const json = canonicalJson(content);
    const e: IdEntry = { ...before, hash: sha256(json), content, version: before.version + 1, updatedAt: this.stamp(), ...(messageKey ? { messageKey } : {}) };
    this.write(e, json);
    return e;
  }

  /** The register removed the record: every live key of the id is marked removed. Returns the entries as they were. */
  removed(register: RegisterId, id: string, messageKey?: string): IdEntry[] {
    const before = this.keysOf(register, id);
    const at = this.stamp();
    for (const e of before) this.write({ ...e, version: e.version + 1, updatedAt: at, deletedAt: at, ...(messageKey ? { messageKey } : {}) });
    return before;
  }

  /** Undo: puts an entry back as it was, or forgets the key when it had none. */
  restore(register: RegisterId, entity: string, key: string, previous: IdEntry | undefined): void {
    if (previous) this.write(previous);
    else this.st.del.run(register, entity, key);
  }

  /** `json`: the content already serialised (canonicalJson), else it is serialised here. */
  private write(e: IdEntry, json?: string): void {
    this.st.upsert.run({
      register: e.register, entity: e.entity, key: e.key, id: e.id, hash: e.hash, content: json ?? JSON.stringify(e.content), version: e.version,
      createdAt: e.createdAt, updatedAt: e.updatedAt, deletedAt: e.deletedAt ?? null, messageKey: e.messageKey ?? null,
    });
  }

  /** The stored outcome of a message processed before. */
  processed<T>(messageKey: string): Processed<T> | undefined {
    const r = this.st.processed.get(messageKey);
    return r ? { messageKey: r.message_key, processedAt: r.processed_at, outcome: JSON.parse(r.outcome) as T, ...(r.kind ? { kind: r.kind } : {}) } : undefined;
  }

  markProcessed(messageKey: string, kind: string | undefined, outcome: unknown): void {
    this.st.markProcessed.run(messageKey, kind ?? null, this.stamp(), JSON.stringify(outcome));
  }

  /** Runs `fn` in one SQLite transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T {
    return this.tx(fn) as T;
  }

  close(): void {
    this.db.close();
  }
}

function migrate(db: Database.Database, now: Date): void {
  db.exec('CREATE TABLE IF NOT EXISTS forward_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  db.transaction(() => {
    const done = new Set((db.prepare('SELECT version FROM forward_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of IDMAP_MIGRATIONS) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO forward_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now.toISOString());
    }
  }).immediate();
}
