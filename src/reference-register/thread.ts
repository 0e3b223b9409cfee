/**
 * The embedded reference register on a worker thread of its own (thread-worker.ts), so that its
 * GraphQL execution and SQLite writes do not share a core with the caller (`convert --embedded`
 * validates and plans on the other cores). The caller talks to it over loopback HTTP at `url`,
 * like to any register; the thread answers a few commands besides (row counts, CPU used, close).
 * Only plain-data options cross the thread boundary: no injected clock, ids, notifier or logger.
 */
import type { Worker } from 'node:worker_threads';
import { nextMessage } from '../core/next-message.js';
import { startWorker } from '../core/thread-pool.js';

export interface RegisterThreadOptions {
  port?: number;
  host?: string;
  /** SQLite file (a file: the caller may read it after close). */
  db: string;
  schemaDir: string;
  xsdDir?: string;
  /** false: no notifications (no outbox); default the register's default notifier. */
  notifications?: boolean;
}

/** What the thread answers: `counts` (rows per register table), `usage` (its CPU and event loop use so far). */
export type RegisterThreadCommand = { cmd: 'counts' } | { cmd: 'usage' } | { cmd: 'close' };

export interface ThreadUsage {
  /** CPU time of the register thread in ns (Linux); undefined elsewhere. */
  cpuNs?: number;
  /** Event loop utilisation of the register thread since it started (0–1). */
  busy: number;
}

export class RegisterThread {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly worker: Worker, readonly url: string) {}

  static async start(opts: RegisterThreadOptions): Promise<RegisterThread> {
    const worker = startWorker(new URL('./thread-worker.js', import.meta.url), opts);
    const m = await nextMessage<{ url?: string; error?: string }>(worker);
    if (!m.url) {
      await worker.terminate();
      throw new Error(`register thread: ${m.error ?? 'did not start'}`);
    }
    return new RegisterThread(worker, m.url);
  }

  /** One command at a time: each answer belongs to the command before it. */
  private ask<T>(cmd: RegisterThreadCommand): Promise<T> {
    const answer = this.queue.then(() => nextMessage<T>(this.worker, cmd));
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  /** Rows per register table with rows, by table name. */
  counts(): Promise<{ table: string; rows: number }[]> {
    return this.ask({ cmd: 'counts' });
  }

  usage(): Promise<ThreadUsage> {
    return this.ask({ cmd: 'usage' });
  }

  /** Stops the server, closes the database and ends the thread. */
  async close(): Promise<void> {
    await this.ask({ cmd: 'close' });
    await this.worker.terminate();
  }
}
