import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model.js';
import { type RowCache, rowOf } from './row-cache.js';

const entity = { type: 'T', table: 't', pk: 'tID', columns: new Map(), relations: new Map(), idAliases: new Set() } as Entity;

function db(): Database.Database {
  const d = new Database(':memory:');
  d.exec(`CREATE TABLE t ("tID" TEXT PRIMARY KEY, code TEXT, n INTEGER); INSERT INTO t VALUES ('a', '007', 5)`);
  return d;
}

describe('rowOf', () => {
  it('reads the row as SELECT * does, with and without a cache', () => {
    const d = db();
    const plain = d.prepare('SELECT * FROM t WHERE "tID" = ?').get('a');
    expect(rowOf(d, entity, 'a')).toEqual(plain);
    const cache: RowCache = new Map();
    expect(rowOf(d, entity, 'a', cache)).toEqual(plain);
    expect(rowOf(d, entity, 'a', cache)).toEqual({ tID: 'a', code: '007', n: 5 });
  });

  it('gives a cached row again without reading, and only rows found are cached', () => {
    const d = db();
    const cache: RowCache = new Map();
    const first = rowOf(d, entity, 'a', cache);
    d.exec(`UPDATE t SET n = 6`);
    expect(rowOf(d, entity, 'a', cache)).toBe(first); // the same mutation: not read again
    expect(rowOf(d, entity, 'a')).toEqual({ tID: 'a', code: '007', n: 6 }); // without the cache: read
    expect(rowOf(d, entity, 'b', cache)).toBeUndefined();
    d.exec(`INSERT INTO t VALUES ('b', '1', 1)`);
    expect(rowOf(d, entity, 'b', cache)).toEqual({ tID: 'b', code: '1', n: 1 });
  });

  it('keys by the key value and its type: another binding of the same text is read, not taken from the cache', () => {
    const d = db();
    d.exec(`INSERT INTO t VALUES ('5', 'x', 1)`);
    const cache: RowCache = new Map();
    expect(rowOf(d, entity, '5', cache)).toEqual({ tID: '5', code: 'x', n: 1 });
    expect(rowOf(d, entity, 5, cache)).toEqual(d.prepare('SELECT * FROM t WHERE "tID" = ?').get(5));
  });
});
