/**
 * DDL generated from a register model. "Migrations" are additive and derived, not hand-written:
 * a table or column the SDL gained is created on open; the applied SDL's sha256 is recorded per
 * register in `register_migrations`. Removing or retyping a column is refused (needs a real
 * migration file, which the write side will bring).
 */
import type { Column, Entity, RegisterModel } from './model.js';

export const q = (id: string): string => `"${id.replace(/"/g, '""')}"`;

const SQL_TYPE: Record<Column['kind'], string> = { text: 'TEXT', integer: 'INTEGER', real: 'REAL', boolean: 'INTEGER', date: 'TEXT', datetime: 'TEXT' };

function columnDdl(model: RegisterModel, e: Entity, c: Column, inCreate: boolean): string {
  let s = `${q(c.name)} ${SQL_TYPE[c.kind]}`;
  if (c.name === e.pk) s += ' PRIMARY KEY';
  // ALTER TABLE ADD COLUMN cannot add NOT NULL without a default: added columns stay nullable.
  if (c.notNull && inCreate) s += ' NOT NULL';
  if (c.kind === 'date') s += ` CHECK (${q(c.name)} IS NULL OR ${q(c.name)} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
  if (c.references) {
    const t = model.entities.get(c.references)!;
    s += ` REFERENCES ${q(t.table)}(${q(t.pk)}) DEFERRABLE INITIALLY DEFERRED`;
  }
  return s;
}

/** CREATE TABLE/INDEX statements for every entity of the model. */
export function createStatements(model: RegisterModel): string[] {
  const out: string[] = [];
  for (const e of model.entities.values()) {
    const cols = [...e.columns.values()].map((c) => `  ${columnDdl(model, e, c, true)}`);
    out.push(`CREATE TABLE IF NOT EXISTS ${q(e.table)} (\n${cols.join(',\n')}\n)`);
    for (const c of e.columns.values()) {
      if (c.references) out.push(`CREATE INDEX IF NOT EXISTS ${q(`${e.table}_${c.name}`)} ON ${q(e.table)}(${q(c.name)})`);
    }
  }
  return out;
}

/** ALTER statements for columns the model has and the existing table lacks. */
export function addColumnStatements(model: RegisterModel, existing: (table: string) => string[]): string[] {
  const out: string[] = [];
  for (const e of model.entities.values()) {
    const have = new Set(existing(e.table));
    if (have.size === 0) continue;
    for (const c of e.columns.values()) {
      if (!have.has(c.name)) out.push(`ALTER TABLE ${q(e.table)} ADD COLUMN ${columnDdl(model, e, c, false)}`);
    }
  }
  return out;
}
