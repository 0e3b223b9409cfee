/**
 * Rows one mutation has already read, by table and key: the parent a reference check (validate)
 * loaded is the parent the notification's walk (parties) needs, in the same transaction and
 * unchanged, so the walk takes it from here instead of a second SELECT. A cache is made per
 * mutation and never kept across writes; only rows found are kept (a miss is read again).
 */
import type { Statement } from 'better-sqlite3';
import { q } from '../ddl.js';
import { prepared } from '../loader.js';
import type { Entity } from '../model.js';
import type { Db } from '../storage.js';

export type Row = Record<string, unknown>;
export type RowCache = Map<string, Row>;

/** `SELECT * FROM <table> WHERE <pk> = ?`, per entity table, prepared once per database (loader.ts's cache). */
const SELECTS = new WeakMap<Entity, string>();
function select(db: Db, e: Entity): Statement {
  let sql = SELECTS.get(e);
  if (!sql) SELECTS.set(e, (sql = `SELECT * FROM ${q(e.table)} WHERE ${q(e.pk)} = ?`));
  return prepared(db, sql);
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
