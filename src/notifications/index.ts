/**
 * Notifications of the embedded reference registers (RFC0008): the eventType table, the outbox,
 * the address book and the dispatcher. See docs/notifications.md.
 */
import type Database from 'better-sqlite3';
import { AddressBook } from './address-book.js';
import { NotificationDispatcher, type DispatcherOptions } from './dispatcher.js';
import { eventsFor, type EventOptions } from './events.js';
import { enqueueNotifications, listOutbox, migrateOutbox, type OutboxEntry, type StatusFilter } from './outbox.js';
import type { NotificationDraft, RegisterChange } from './types.js';

export * from './address-book.js';
export * from './dispatcher.js';
export * from './events.js';
export * from './outbox.js';
export type * from './types.js';

/** The hook the write side calls in its transactions, with the event options bound (e.g. `agbIdType: 'AGBCODE'`). */
export interface Notifier {
  eventsFor(change: RegisterChange): NotificationDraft[];
  enqueueNotifications(db: Database.Database, drafts: NotificationDraft[], now: Date): number[];
  /** Creates the outbox tables when the register opens. */
  migrate(db: Database.Database): void;
}

export function createNotifier(opts: EventOptions = {}): Notifier {
  return { eventsFor: (change) => eventsFor(change, opts), enqueueNotifications, migrate: (db) => migrateOutbox(db) };
}

export interface StartNotificationsOptions extends Omit<DispatcherOptions, 'addressBook'> {
  /** The address book: a file to load, or one already loaded. */
  addressBook: string | AddressBook;
}

/** Migrates the outbox, loads the address book (validated) and starts delivering, including what a previous run left. */
export function startNotifications(opts: StartNotificationsOptions): NotificationDispatcher {
  migrateOutbox(opts.db);
  const addressBook = typeof opts.addressBook === 'string' ? AddressBook.load(opts.addressBook) : opts.addressBook;
  const d = new NotificationDispatcher({ ...opts, addressBook });
  d.start();
  return d;
}

/** One line per outbox row, for `register notifications [--status …]`. */
export function formatOutbox(entries: readonly OutboxEntry[]): string[] {
  return entries.map((e) => {
    const i = e.input;
    const base = `#${e.id} ${e.state.padEnd(9)} ${i.eventType} ${i.afzenderIDType}:${i.afzenderID} → ${i.ontvangerIDType}:${i.ontvangerID} ${i.subjectList.map((s) => `${s.subject} ${s.recordID}`).join(', ')} attempts=${e.attempts}`;
    if (e.state === 'delivered') return `${base} notificatieID=${e.notificatieID}`;
    if (e.state === 'pending' && e.lastError) return `${base} next=${e.nextAttemptAt} last error: ${e.lastError}`;
    return e.lastError ? `${base} reason: ${e.lastError}` : base;
  });
}

/** The outbox listing of a register file, filtered by status (`failed` = dead letters plus pending rows that failed before). */
export function outboxStatus(db: Database.Database, status?: StatusFilter, limit?: number): string[] {
  return formatOutbox(listOutbox(db, { ...(status ? { status } : {}), ...(limit ? { limit } : {}) }));
}
