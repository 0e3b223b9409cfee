/**
 * Migrations of the write side's own tables, applied once each, in order, recorded in
 * `register_migrations` (register `write`, the migration name in place of the SDL digest).
 * Kept in TypeScript so the build ships them; never edit an applied one — add the next.
 */
import type { Db } from '../storage.js';

export const WRITE_MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: '001-write-log',
    sql: `CREATE TABLE IF NOT EXISTS register_write_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  register TEXT NOT NULL,
  entity TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  record_id TEXT NOT NULL,
  parent_id TEXT,
  author TEXT NOT NULL,
  vaststelling_moment TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS register_write_log_record ON register_write_log(record_id);`,
  },
];

export function migrateWrite(db: Db, now = new Date()): void {
  const done = new Set((db.prepare(`SELECT sdl_sha256 AS name FROM register_migrations WHERE register = 'write'`).all() as { name: string }[]).map((r) => r.name));
  db.transaction(() => {
    for (const m of WRITE_MIGRATIONS) {
      if (done.has(m.name)) continue;
      db.exec(m.sql);
      db.prepare(`INSERT INTO register_migrations (register, sdl_sha256, applied_at) VALUES ('write', ?, ?)`).run(m.name, now.toISOString());
    }
  })();
}
