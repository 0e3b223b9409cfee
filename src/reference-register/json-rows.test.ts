/** Rows read through SQLite's JSON equal the rows better-sqlite3 makes itself (`SELECT r0.*`), value for value. */
import { describe, expect, it } from 'vitest';
import { buildSchema } from './gql.js';
import { createStatements, q } from './ddl.js';
import { jsonRows } from './json-rows.js';
import { buildModel } from './model.js';
import { openDb } from './storage.js';

const SDL = `
scalar UUID
scalar Date
scalar DateTime
type Query { things: [Thing] }
type Thing { thingID: UUID!, id: UUID @deprecated(reason: "thingID"), name: String, code: String, n: Int, x: Float, ok: Boolean, on: Date, at: DateTime }
`;

const model = buildModel(buildSchema(SDL), 't');
const e = model.entities.get('Thing')!;
const db = openDb(':memory:');
for (const s of createStatements(model)) db.exec(s);
const insert = db.prepare(`INSERT INTO ${q(e.table)} (thingID, name, code, n, x, ok, "on", at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);

/** What selectRows gave before: better-sqlite3's rows of `r0.*` with the id alias, booleans made true/false. */
function classic(where: string, params: unknown[]): Record<string, unknown>[] {
  const rows = db.prepare(`SELECT r0.*, r0.${q(e.pk)} AS "id" FROM ${q(e.table)} r0 WHERE ${where} ORDER BY r0.rowid`).all(params) as Record<string, unknown>[];
  for (const r of rows) if (r['ok'] !== null && r['ok'] !== undefined) r['ok'] = r['ok'] === 1;
  return rows;
}
function viaJson(where: string, params: unknown[], limit?: number): Record<string, unknown>[] {
  const shape = jsonRows(e);
  return shape.read(db.prepare(shape.sql(where, 'r0.rowid', limit)).pluck().all(params) as string[]);
}

// A seeded generator, so a failure can be repeated.
let seed = 20261126;
const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const STRINGS = ['', ' ', '0', '007', '01234567', 'a"b', 'back\\slash', 'line\nbreak\r\ttab', '\u0001\u001f', 'é ü ß', '日本語', '😀 emoji', '</script>', 'null', '[1,2]', '{"a":1}', '\u2028\u2029'];
const DOUBLES = [0, -0, 0.1, 0.1 + 0.2, 1 / 3, -2.5, 1e300, -1e-300, 5e-324, 1.7976931348623157e308, 123456789.12345679, 2 ** 53 + 2, 1e21, 1e-7, Infinity, -Infinity];
const INTS = [0, 1, -1, 10000, 2 ** 31 - 1, -(2 ** 31), 2 ** 53 - 1, -(2 ** 53 - 1)];

describe('json-rows: the rows SQLite writes as JSON', () => {
  it('equal better-sqlite3 rows for random text, integers, reals, booleans, dates and nulls', () => {
    const orNull = <T>(v: T): T | null => (rnd() < 0.2 ? null : v);
    for (let i = 0; i < 400; i++) {
      const s = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(STRINGS)).join('');
      insert.run(`id-${i}`, orNull(s), orNull(pick(STRINGS)), orNull(pick(INTS)), orNull(rnd() < 0.5 ? pick(DOUBLES) : (rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 20)),
        orNull(rnd() < 0.5 ? 1 : 0), orNull('2026-02-28'), orNull('2026-02-28T12:34:56.789+01:00'));
    }
    const want = classic('1', []);
    const got = viaJson('1', []);
    expect(got.length).toBe(400);
    // toEqual tells 0 from -0 (Object.is), and the key order is compared too
    expect(got).toEqual(want);
    for (let i = 0; i < want.length; i++) expect(Object.keys(got[i]!)).toEqual(Object.keys(want[i]!));
  });
  it('keeps the statement order and its parameters, and the limit', () => {
    expect(viaJson('r0.thingID IN (?, ?, ?)', ['id-3', 'id-1', 'id-2']).map((r) => r['thingID'])).toEqual(['id-1', 'id-2', 'id-3']);
    expect(viaJson('r0.n = ?', [10000])).toEqual(classic('r0.n = ?', [10000]));
    expect(viaJson('r0.n = ?', [10000], 2)).toEqual(classic('r0.n = ?', [10000]).slice(0, 2));
  });
  it('reads no rows as an empty list', () => {
    expect(viaJson('0', [])).toEqual([]);
  });
});
