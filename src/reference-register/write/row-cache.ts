/**
 * Rows one mutation has already read, by table and key: the parent a reference check (validate)
 * loaded is the parent the notification's walk (parties) needs, in the same transaction and
 * unchanged, so the walk takes it from here instead of a second SELECT. A cache is made per
 * mutation and never kept across writes; only rows found are kept (a miss is read again).
 */
import type { Statement } from 'better-sqlite3';
import { q } from '../ddl.js';
import type { Entity } from '../model.js';
import type { Db } from '../storage.js';

export type Row = Record<string, unknown>;
export type RowCache = Map<string, Row>;

const statements = new WeakMap<Db, Map<string, Statement>>();

/** `SELECT * FROM <table> WHERE <pk> = ?`, prepared once per database and entity table. */
function select(db: Db, e: Entity): Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let s = m.get(e.table);
  if (!s) m.set(e.table, (s = db.prepare(`SELECT * FROM ${q(e.table)} WHERE ${q(e.pk)} = ?`)));
  return s;
}

/** The key's type is part of the cache key: only the same binding finds the same row. */
const keyOf = (e: Entity, id: unknown): string => `${e.table}\0${typeof id}\0${String(id)}`;

/** The record of `e` with key `id`, as `SELECT *` reads it; through `cache` when given. */
export function rowOf(db: Db, e: Entity, id: unknown, cache?: RowCache): Row | undefined {
  if (!cache) return select(db, e).get(id) as Row | undefined;
  const key = keyOf(e, id);
  const hit = cache.get(key);
  if (hit) return hit;
  const row = select(db, e).get(id) as Row | undefined;
  if (row) cache.set(key, row);
  return row;
}
