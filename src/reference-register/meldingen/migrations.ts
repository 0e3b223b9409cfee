/**
 * Migrations of the meldingen table (RFC0018), in the style of write/migrations.ts: applied once
 * each, in order, recorded in `register_migrations` (register `meldingen`, the migration name in
 * place of the SDL digest). Never edit an applied one — add the next.
 */
import type { Db } from '../storage.js';

export const MELDING_MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: '001-meldingen',
    sql: `CREATE TABLE IF NOT EXISTS meldingen (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  melding_id TEXT NOT NULL UNIQUE,
  ontvangen TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  ingediend_door TEXT,
  timestamp TEXT NOT NULL,
  afzender_id_type TEXT NOT NULL,
  afzender_id TEXT NOT NULL,
  ontvanger_id_type TEXT NOT NULL,
  ontvanger_id TEXT NOT NULL,
  ontvanger_kenmerk TEXT,
  event_type TEXT NOT NULL,
  subject_list TEXT NOT NULL CHECK (json_valid(subject_list) AND json_array_length(subject_list) >= 1)
);
CREATE INDEX IF NOT EXISTS meldingen_ontvanger ON meldingen(ontvanger_id_type, ontvanger_id, ontvangen);
CREATE INDEX IF NOT EXISTS meldingen_event ON meldingen(event_type, ontvangen);`,
  },
];

export function migrateMeldingen(db: Db, now = new Date()): void {
  const done = new Set((db.prepare(`SELECT sdl_sha256 AS name FROM register_migrations WHERE register = 'meldingen'`).all() as { name: string }[]).map((r) => r.name));
  db.transaction(() => {
    for (const m of MELDING_MIGRATIONS) {
      if (done.has(m.name)) continue;
      db.exec(m.sql);
      db.prepare(`INSERT INTO register_migrations (register, sdl_sha256, applied_at) VALUES ('meldingen', ?, ?)`).run(m.name, now.toISOString());
    }
  })();
}
