/** The SQLite file (or `:memory:`) behind the registers: WAL, foreign keys, derived schema. */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { addColumnStatements, createStatements } from './ddl.js';
import type { RegisterModel } from './model.js';

export type Db = Database.Database;

const META = `CREATE TABLE IF NOT EXISTS register_migrations (
  register TEXT NOT NULL, sdl_sha256 TEXT NOT NULL, applied_at TEXT NOT NULL,
  PRIMARY KEY (register, sdl_sha256)
)`;

export function openDb(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(META);
  return db;
}

/** Creates the tables of a register model (and additive changes), recording the SDL applied. */
export function migrate(db: Db, register: string, model: RegisterModel, sdl: string, now = new Date()): void {
  const digest = crypto.createHash('sha256').update(sdl).digest('hex');
  const columns = (table: string): string[] => (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name);
  db.transaction(() => {
    for (const s of addColumnStatements(model, columns)) db.exec(s);
    for (const s of createStatements(model)) db.exec(s);
    db.prepare('INSERT OR IGNORE INTO register_migrations (register, sdl_sha256, applied_at) VALUES (?, ?, ?)').run(register, digest, now.toISOString());
  }).immediate(); // reads, then writes: IMMEDIATE waits for another connection's writer instead of failing
}
