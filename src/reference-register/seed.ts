/**
 * Test seeding (the write side comes later): inserts rows from a plain JSON object keyed by
 * SDL type name. A row may nest its list children and single references as objects; foreign
 * keys are then filled in. One transaction; a bad row throws and nothing is kept.
 */
import { q } from './ddl.js';
import type { Entity, RegisterModel } from './model.js';
import type { Db } from './storage.js';

export type SeedRow = Record<string, unknown>;
export type SeedData = Record<string, SeedRow[]>;

export class SeedError extends Error {}

export function seed(db: Db, model: RegisterModel, data: SeedData): number {
  let count = 0;
  const insert = (e: Entity, row: SeedRow, fixed: Record<string, unknown> = {}): void => {
    const values: Record<string, unknown> = { ...fixed };
    const after: (() => void)[] = [];
    for (const [k, v] of Object.entries(row)) {
      if (e.idAliases.has(k)) continue;
      const col = e.columns.get(k);
      const rel = e.relations.get(k);
      if (rel && v !== null && v !== undefined) {
        const target = model.entities.get(rel.to)!;
        const children = (rel.list ? v : [v]) as SeedRow[];
        if (rel.side === 'to') {
          after.push(() => children.forEach((c) => insert(target, c, { [rel.fk]: row[e.pk] })));
        } else {
          insert(target, children[0]!);
          values[rel.fk] = children[0]![target.pk];
        }
      } else if (col) {
        values[k] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      } else if (!rel) {
        throw new SeedError(`${e.type} has no field or column ${k}`);
      }
    }
    if (values[e.pk] === undefined) throw new SeedError(`${e.type} row without ${e.pk}`);
    const cols = Object.keys(values);
    db.prepare(`INSERT INTO ${q(e.table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => values[c]));
    count += 1;
    for (const f of after) f();
  };
  db.transaction(() => {
    for (const [type, rows] of Object.entries(data)) {
      const e = model.entities.get(type);
      if (!e) throw new SeedError(`no entity ${type} in register ${model.prefix}`);
      for (const r of rows) insert(e, r);
    }
  })();
  return count;
}
