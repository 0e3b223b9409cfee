/** Rows per register table (`ir_Client`, `br_Bemiddeling`, …), tables with rows only, by name. */
import type { Db } from './storage.js';

export function rowCounts(db: Db): { table: string; rows: number }[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'ir\\_%' ESCAPE '\\' OR name LIKE 'br\\_%' ESCAPE '\\' OR name LIKE 'lr\\_%' ESCAPE '\\') ORDER BY name").all() as { name: string }[];
  return tables.flatMap(({ name }) => {
    const rows = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
    return rows ? [{ table: name, rows }] : [];
  });
}
