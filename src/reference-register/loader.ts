/**
 * Batched relation loads, so a query over many parents costs one SQL statement per relation and
 * level instead of one per parent (the N+1 of naive resolvers), and stays synchronous.
 *
 * Rows are loaded in groups: the rows of one statement are siblings (each row knows its group).
 * When a relation of one row is asked for, it is loaded at once for every sibling — one
 * `WHERE key IN (…)` statement with the field's `where`/`order` — and kept on the group, so the
 * siblings' asks are answered from it. The group (and so the batch) lives as long as the rows of
 * one execution: nothing is cached across requests, a later request reads the database again.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './storage.js';

type Row = Record<string, unknown>;

/**
 * The group of rows loaded together with each row, and per group its batches (batch key → parent
 * key → rows), as symbol-keyed properties: no GraphQL field, JSON.stringify or Object.keys sees
 * them, every row of an entity gets the same one (one shape), and reading one is a property load
 * where a WeakMap entry per row cost a hash per row (~5 % of executing a query).
 */
const GROUP = Symbol('siblings');
const BATCHES = Symbol('batches');
type Grouped = Row & { [GROUP]?: Row[] };
type Group = Row[] & { [BATCHES]?: Map<unknown, Map<string, Row[]>> };

/** Marks rows loaded by one statement as siblings (returns them). */
export function siblings<R extends Row>(rows: R[]): R[] {
  for (const r of rows) (r as Grouped)[GROUP] = rows;
  return rows;
}

/** A copy of a row (with something added) loads its relations in the group of the original. */
export function copyOf<R extends Row>(copy: R, original: Row): R {
  const group = (original as Grouped)[GROUP];
  if (group) (copy as Grouped)[GROUP] = group;
  return copy;
}

/** Runs one batch: rows per key (a key missing from the map has no rows). */
export type BatchRun = (keys: string[]) => Map<string, Row[]>;

/**
 * The rows under `keyOf(row)` for batch `batchKey` (a relation with its arguments: a string, or
 * an object standing for them within the group, compared by identity). The first ask
 * in a group loads every sibling's key with `run`; rows without siblings (a mutation's result)
 * form a group of one.
 */
export function loadBatched(row: Row, batchKey: unknown, keyOf: (r: Row) => unknown, run: BatchRun): Row[] {
  const key = keyOf(row);
  if (key === null || key === undefined) return [];
  const k = String(key);
  const group: Group = (row as Grouped)[GROUP] ?? [row];
  let batches = group[BATCHES];
  if (!batches) group[BATCHES] = batches = new Map();
  let loaded = batches.get(batchKey);
  if (!loaded?.has(k)) {
    const keys = new Set<string>([k]);
    for (const s of group) {
      const v = keyOf(s);
      if (v !== null && v !== undefined) keys.add(String(v));
    }
    loaded = run([...keys]);
    for (const x of keys) if (!loaded.has(x)) loaded.set(x, []);
    batches.set(batchKey, loaded);
  }
  return loaded.get(k)!;
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
