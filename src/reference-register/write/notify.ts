/**
 * The hook into the notifications part (src/notifications/, built separately): `eventsFor` turns
 * a RegisterChange into NotificationDrafts, `enqueueNotifications` stores them in the outbox in
 * the caller's transaction. Loaded at start-up when those modules exist; without them writes
 * still work and no notifications are queued (`loadNotifier` returns undefined).
 */
import type { NotificationDraft, RegisterChange } from '../../notifications/types.js';
import type { Db } from '../storage.js';

export interface Notifier {
  eventsFor(change: RegisterChange): NotificationDraft[];
  enqueueNotifications(db: Db, drafts: NotificationDraft[], now: Date): unknown;
  /** Creates the outbox tables when the register opens (else the first write in each transaction checks them). */
  migrate?(db: Db): void;
}

async function tryImport(rel: string): Promise<Record<string, unknown> | undefined> {
  for (const ext of ['.js', '.ts']) {
    const url = new URL(`${rel}${ext}`, import.meta.url).href;
    try {
      return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    } catch (e) {
      // Only "this module is not there" means "no notifications yet"; anything else (a broken
      // module, a missing dependency of it) is an error to see.
      const msg = (e as Error).message ?? '';
      const missing = (e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url/i.test(msg);
      if (!missing || !msg.includes(rel.replace(/^(\.\.\/)+/, ''))) throw e;
    }
  }
  return undefined;
}

/** The notifications modules, if present. */
export async function loadNotifier(): Promise<Notifier | undefined> {
  const events = await tryImport('../../notifications/events');
  const outbox = await tryImport('../../notifications/outbox');
  const eventsFor = events?.['eventsFor'];
  const enqueue = outbox?.['enqueueNotifications'];
  const migrate = outbox?.['migrateOutbox'];
  if (typeof eventsFor !== 'function' || typeof enqueue !== 'function') return undefined;
  return {
    eventsFor: eventsFor as Notifier['eventsFor'], enqueueNotifications: enqueue as Notifier['enqueueNotifications'],
    ...(typeof migrate === 'function' ? { migrate: (db: Db) => void (migrate as (d: Db) => void)(db) } : {}),
  };
}
