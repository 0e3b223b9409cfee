/**
 * The persistent outbox of notifications (RFC0008 delivery) in the register's SQLite file.
 *
 * enqueueNotifications() is called by the write side inside its write transaction, so a
 * notification exists exactly when the data change it announces does. The dispatcher claims
 * due rows, delivers them and records each attempt in `deliveries`.
 *
 * States: pending → in_flight → delivered | pending (retry later) | dead (dead letter: a
 * permanent failure, or the retryable ones exhausted after maxAttempts).
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { NotificationDraft } from './types.js';

type Db = Database.Database;

export type OutboxState = 'pending' | 'in_flight' | 'delivered' | 'dead';

/** Ordered migrations of the notification tables; the applied ones are recorded in notification_migrations. */
export const OUTBOX_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'outbox and deliveries',
    sql: `
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uid TEXT NOT NULL UNIQUE,
  timestamp TEXT NOT NULL,
  event_type TEXT NOT NULL,
  afzender_id_type TEXT NOT NULL,
  afzender_id TEXT NOT NULL,
  ontvanger_id_type TEXT NOT NULL,
  ontvanger_id TEXT NOT NULL,
  ontvanger_kenmerk TEXT,
  subject_list TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','in_flight','delivered','dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  claimed_until TEXT,
  last_error TEXT,
  notificatie_id TEXT,
  delivered_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  outbox_id INTEGER NOT NULL REFERENCES outbox (id),
  attempt INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  url TEXT,
  http_status INTEGER,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok','retryable','permanent')),
  error TEXT,
  notificatie_id TEXT,
  trace_id TEXT,
  span_id TEXT
);
CREATE INDEX deliveries_outbox ON deliveries (outbox_id);
`,
  },
];

const migrated = new WeakSet<Db>();
const inserts = new WeakMap<Db, Database.Statement>();
const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement of the delivery bookkeeping, cached per database (preparing costs more than running). */
function st(db: Db, sql: string): Database.Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

/** Creates or upgrades the outbox tables (idempotent; safe inside the caller's transaction). Call it once when the register opens its file. */
export function migrateOutbox(db: Db, now: Date = new Date()): void {
  if (migrated.has(db)) return;
  const run = (): void => {
    db.exec('CREATE TABLE IF NOT EXISTS notification_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((db.prepare('SELECT version FROM notification_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of OUTBOX_MIGRATIONS) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO notification_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now.toISOString());
    }
  };
  // Inside the caller's transaction the result is not cached: a rollback would undo the tables too.
  if (db.inTransaction) return run();
  // IMMEDIATE: it reads, then writes; with other connections on the file (register threads) a
  // deferred transaction overtaken by another writer fails instead of waiting.
  db.transaction(run).immediate();
  migrated.add(db);
}

/**
 * Stores drafts as pending notifications, due now, with `timestamp` = now. Only INSERTs: the
 * caller holds the transaction that also writes the data. Returns the outbox row ids.
 */
export function enqueueNotifications(db: Db, drafts: readonly NotificationDraft[], now: Date): number[] {
  if (drafts.length === 0) return [];
  migrateOutbox(db, now);
  let insert = inserts.get(db);
  if (!insert) inserts.set(db, insert = db.prepare(`INSERT INTO outbox (uid, timestamp, event_type, afzender_id_type, afzender_id, ontvanger_id_type, ontvanger_id,
    ontvanger_kenmerk, subject_list, state, attempts, next_attempt_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`));
  const at = now.toISOString();
  return drafts.map((d) => {
    if (d.subjectList.length === 0) throw new Error(`notification ${d.eventType} has an empty subjectList (RFC0008 requires at least one subject)`);
    const info = insert!.run(crypto.randomUUID(), at, d.eventType, d.afzenderIDType, d.afzenderID, d.ontvangerIDType, d.ontvangerID,
      d.ontvangerKenmerk, JSON.stringify(d.subjectList), at, at);
    return Number(info.lastInsertRowid);
  });
}

/** One outbox row as the dispatcher and the status listing see it. */
export interface OutboxEntry {
  id: number;
  uid: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  notificatieID: string | null;
  deliveredAt: string | null;
  /** The notification exactly as zendNotificatie's NotificatieInput carries it. */
  input: NotificatieInput;
}

export interface NotificatieInput extends NotificationDraft {
  timestamp: string;
}

interface OutboxRow {
  id: number; uid: string; timestamp: string; event_type: string; afzender_id_type: string; afzender_id: string;
  ontvanger_id_type: string; ontvanger_id: string; ontvanger_kenmerk: string | null; subject_list: string; state: OutboxState;
  attempts: number; next_attempt_at: string; last_error: string | null; notificatie_id: string | null; delivered_at: string | null;
}

function toEntry(r: OutboxRow): OutboxEntry {
  return {
    id: r.id, uid: r.uid, state: r.state, attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error,
    notificatieID: r.notificatie_id, deliveredAt: r.delivered_at,
    input: {
      timestamp: r.timestamp, afzenderIDType: r.afzender_id_type, afzenderID: r.afzender_id, ontvangerIDType: r.ontvanger_id_type,
      ontvangerID: r.ontvanger_id, ontvangerKenmerk: r.ontvanger_kenmerk, eventType: r.event_type,
      subjectList: JSON.parse(r.subject_list) as NotificationDraft['subjectList'],
    },
  };
}

export interface ClaimOptions {
  limit?: number;
  /** How long a claim holds; an in_flight row whose lease ran out (a crashed dispatcher) is due again. */
  leaseMs?: number;
}

/** Takes up to `limit` due notifications (pending and due, or in_flight with an expired lease), counting the attempt. */
export function claim(db: Db, now: Date, opts: ClaimOptions = {}): OutboxEntry[] {
  migrateOutbox(db, now);
  const at = now.toISOString();
  const until = new Date(now.getTime() + (opts.leaseMs ?? 60_000)).toISOString();
  return db.transaction(() => {
    const rows = st(db, `SELECT * FROM outbox WHERE (state = 'pending' AND next_attempt_at <= ?) OR (state = 'in_flight' AND claimed_until <= ?)
      ORDER BY next_attempt_at, id LIMIT ?`).all(at, at, opts.limit ?? 20) as OutboxRow[];
    const mark = st(db, `UPDATE outbox SET state = 'in_flight', attempts = attempts + 1, claimed_until = ?, updated_at = ? WHERE id = ?`);
    for (const r of rows) {
      mark.run(until, at, r.id);
      r.attempts += 1;
      r.state = 'in_flight';
    }
    return rows.map(toEntry);
  }).immediate();
}

/** Puts every in_flight row back to pending, due now: for a dispatcher starting on a file a previous process left. */
export function releaseInFlight(db: Db, now: Date): number {
  migrateOutbox(db, now);
  const at = now.toISOString();
  return st(db, `UPDATE outbox SET state = 'pending', claimed_until = NULL, next_attempt_at = ?, updated_at = ? WHERE state = 'in_flight'`).run(at, at).changes;
}

/** One delivery attempt, for the log. */
export interface AttemptRecord {
  startedAt: Date;
  finishedAt: Date;
  url?: string | null;
  httpStatus?: number | null;
  traceId?: string | null;
  spanId?: string | null;
}

function logAttempt(db: Db, id: number, outcome: 'ok' | 'retryable' | 'permanent', a: AttemptRecord, error: string | null, notificatieID: string | null): void {
  const { attempts } = st(db, 'SELECT attempts FROM outbox WHERE id = ?').get(id) as { attempts: number };
  st(db, `INSERT INTO deliveries (outbox_id, attempt, started_at, finished_at, url, http_status, outcome, error, notificatie_id, trace_id, span_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(id, attempts, a.startedAt.toISOString(), a.finishedAt.toISOString(), a.url ?? null,
    a.httpStatus ?? null, outcome, error, notificatieID, a.traceId ?? null, a.spanId ?? null);
}

export function markDelivered(db: Db, id: number, notificatieID: string, attempt: AttemptRecord): void {
  db.transaction(() => {
    logAttempt(db, id, 'ok', attempt, null, notificatieID);
    const at = attempt.finishedAt.toISOString();
    st(db, `UPDATE outbox SET state = 'delivered', notificatie_id = ?, delivered_at = ?, claimed_until = NULL, last_error = NULL, updated_at = ? WHERE id = ?`)
      .run(notificatieID, at, at, id);
  })();
}

/** Retry policy: delay before attempt n+1 = min(maxDelay, base·2^(n−1)), of which a random share (jitter) is taken off. */
export interface RetryPolicy {
  /** Attempts in all before a retryable failure becomes a dead letter (default 10). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** 0…1: the fraction of the delay that is random (default 0.5: delay·[0.5, 1)). */
  jitter: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, jitter: 0.5 };

/** The wait after the `attempts`-th failed attempt. */
export function backoffDelay(attempts: number, policy: RetryPolicy = DEFAULT_RETRY, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (1 - policy.jitter * random()));
}

export interface FailureInfo {
  /** false: a permanent failure (4xx, GraphQL validation, unknown receiver) — straight to the dead letter. */
  retryable: boolean;
  reason: string;
  /** A lower bound on the wait (e.g. Retry-After). */
  retryAfterMs?: number;
}

/** Records a failed attempt: retried later with backoff, or a dead letter (permanent, or the attempts used up). Returns the new state. */
export function markFailed(db: Db, id: number, failure: FailureInfo, attempt: AttemptRecord,
  policy: RetryPolicy = DEFAULT_RETRY, random: () => number = Math.random): OutboxState {
  return db.transaction((): OutboxState => {
    logAttempt(db, id, failure.retryable ? 'retryable' : 'permanent', attempt, failure.reason, null);
    const { attempts } = st(db, 'SELECT attempts FROM outbox WHERE id = ?').get(id) as { attempts: number };
    const at = attempt.finishedAt.toISOString();
    if (!failure.retryable || attempts >= policy.maxAttempts) {
      const reason = failure.retryable ? `gave up after ${attempts} attempts: ${failure.reason}` : failure.reason;
      st(db, `UPDATE outbox SET state = 'dead', last_error = ?, claimed_until = NULL, updated_at = ? WHERE id = ?`).run(reason, at, id);
      return 'dead';
    }
    const wait = Math.max(backoffDelay(attempts, policy, random), failure.retryAfterMs ?? 0);
    const next = new Date(attempt.finishedAt.getTime() + wait).toISOString();
    st(db, `UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ?, claimed_until = NULL, updated_at = ? WHERE id = ?`)
      .run(failure.reason, next, at, id);
    return 'pending';
  })();
}

/** Puts a dead letter back in the queue (e.g. after the address book was fixed), due now, with fresh attempts. */
export function requeue(db: Db, id: number, now: Date): boolean {
  const at = now.toISOString();
  return db.prepare(`UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'dead'`).run(at, at, id).changes === 1;
}

export type StatusFilter = OutboxState | 'failed';

/** Outbox rows, newest first. `failed` = dead letters plus pending rows that failed at least once. */
export function listOutbox(db: Db, opts: { status?: StatusFilter; limit?: number } = {}): OutboxEntry[] {
  migrateOutbox(db);
  const where = opts.status === undefined ? '1'
    : opts.status === 'failed' ? `(state = 'dead' OR (state = 'pending' AND last_error IS NOT NULL))` : 'state = ?';
  const params: unknown[] = opts.status !== undefined && opts.status !== 'failed' ? [opts.status] : [];
  return (db.prepare(`SELECT * FROM outbox WHERE ${where} ORDER BY id DESC LIMIT ?`).all(...params, opts.limit ?? 1000) as OutboxRow[]).map(toEntry);
}

export interface DeliveryLogEntry {
  outboxId: number; attempt: number; startedAt: string; finishedAt: string; url: string | null; httpStatus: number | null;
  outcome: 'ok' | 'retryable' | 'permanent'; error: string | null; notificatieID: string | null; traceId: string | null; spanId: string | null;
}

/** The delivery log of one notification (or all), oldest first. */
export function deliveryLog(db: Db, outboxId?: number): DeliveryLogEntry[] {
  migrateOutbox(db);
  const rows = db.prepare(`SELECT outbox_id AS outboxId, attempt, started_at AS startedAt, finished_at AS finishedAt, url, http_status AS httpStatus,
    outcome, error, notificatie_id AS notificatieID, trace_id AS traceId, span_id AS spanId FROM deliveries
    ${outboxId === undefined ? '' : 'WHERE outbox_id = ?'} ORDER BY id`).all(...(outboxId === undefined ? [] : [outboxId]));
  return rows as DeliveryLogEntry[];
}

/** The earliest next_attempt_at among pending rows, or null. */
export function nextDueAt(db: Db): string | null {
  migrateOutbox(db);
  const r = db.prepare(`SELECT MIN(next_attempt_at) AS t FROM outbox WHERE state = 'pending'`).get() as { t: string | null };
  return r.t;
}
