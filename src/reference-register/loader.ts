/**
 * Per-request batching of relation loads, so a query over many parents costs one SQL statement
 * per relation and level instead of one per parent (the N+1 of naive resolvers).
 *
 * A resolver asks for the rows of one key (a parent id) under a batch key (the relation plus its
 * field arguments); every ask made before the event loop moves on — graphql-js resolves all the
 * items of a list in one pass — joins the same batch, which runs once with all keys
 * (`WHERE fk IN (…)`) and hands each key its rows. Nothing is cached beyond the batch: a later ask
 * reads the database again, so a loader shared by two operations never serves stale rows.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './storage.js';

type Row = Record<string, unknown>;

/** Runs one batch: rows per key (a key missing from the map has no rows). */
export type BatchRun = (keys: string[]) => Map<string, Row[]>;

interface Batch {
  run: BatchRun;
  waiters: Map<string, { resolve: (rows: Row[]) => void; reject: (e: unknown) => void; promise: Promise<Row[]> }>;
}

export class RelationLoader {
  private readonly open = new Map<string, Batch>();

  /** The rows of `key` in batch `batchKey`; `run` is used by the first ask of a batch. */
  load(batchKey: string, key: string, run: BatchRun): Promise<Row[]> {
    let batch = this.open.get(batchKey);
    if (!batch) {
      const b: Batch = { run, waiters: new Map() };
      batch = b;
      this.open.set(batchKey, b);
      // As DataLoader does: after the current promise jobs, so asks from resolved siblings join.
      void Promise.resolve().then(() => process.nextTick(() => this.dispatch(batchKey, b)));
    }
    const w = batch.waiters.get(key);
    if (w) return w.promise;
    let resolve!: (rows: Row[]) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<Row[]>((res, rej) => { resolve = res; reject = rej; });
    batch.waiters.set(key, { resolve, reject, promise });
    return promise;
  }

  private dispatch(batchKey: string, b: Batch): void {
    if (this.open.get(batchKey) === b) this.open.delete(batchKey);
    let rows: Map<string, Row[]>;
    try {
      rows = b.run([...b.waiters.keys()]);
    } catch (e) {
      for (const w of b.waiters.values()) w.reject(e);
      return;
    }
    for (const [k, w] of b.waiters) w.resolve(rows.get(k) ?? []);
  }
}

const loaders = new WeakMap<object, RelationLoader>();

/** The loader of one request context (created on first use). */
export function loaderOf(ctx: object): RelationLoader {
  let l = loaders.get(ctx);
  if (!l) loaders.set(ctx, (l = new RelationLoader()));
  return l;
}

const statements = new WeakMap<Db, Map<string, Statement>>();
const MAX_STATEMENTS = 2000;

/** A prepared statement cached per database by its SQL text (bounded, oldest out first). */
export function prepared(db: Db, sql: string): Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) {
    s = db.prepare(sql);
    if (m.size >= MAX_STATEMENTS) m.delete(m.keys().next().value!);
    m.set(sql, s);
  }
  return s;
}
