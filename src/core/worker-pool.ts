import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CoreOptions, ValidateOptions } from './message-core.js';
import type { ValidationResult } from './result.js';

interface Pending {
  resolve(r: ValidationResult[]): void;
  reject(e: Error): void;
}

export interface PoolItem {
  bytes: Uint8Array;
  opts?: ValidateOptions;
}

/** Messages per postMessage: fewer, larger messages between threads cost less than many small. */
const CHUNK = 32;

/**
 * Validates messages on N worker threads, each with its own compiled schemas. Jobs go to the
 * worker with the fewest outstanding messages; results come back as plain values.
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; outstanding: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private constructor() {}

  static async start(size: number, options: CoreOptions): Promise<WorkerPool> {
    const pool = new WorkerPool();
    const here = import.meta.url;
    const fromSource = here.endsWith('.ts');
    const url = new URL(fromSource ? './validate-worker.ts' : './validate-worker.js', here);
    await Promise.all(
      Array.from({ length: size }, () => {
        const worker = fromSource ? tsWorker(url, options) : new Worker(url, { workerData: options });
        const slot = { worker, outstanding: 0 };
        pool.workers.push(slot);
        return new Promise<void>((resolve, reject) => {
          worker.once('error', reject);
          worker.on('message', (msg: { ready?: boolean; id?: number; results?: ValidationResult[] }) => {
            if (msg.ready) return resolve();
            const p = pool.pending.get(msg.id!);
            pool.pending.delete(msg.id!);
            slot.outstanding -= msg.results!.length;
            p?.resolve(msg.results!);
          });
          worker.on('error', (e) => {
            for (const p of pool.pending.values()) p.reject(e);
            pool.pending.clear();
          });
        });
      }),
    );
    return pool;
  }

  async validate(bytes: Uint8Array, opts: ValidateOptions = {}): Promise<ValidationResult> {
    const [r] = await this.send([{ bytes, opts }]);
    return r!;
  }

  /** Validates many messages, in chunks spread over the workers; results in input order. */
  async validateBatch(items: PoolItem[]): Promise<ValidationResult[]> {
    const chunks: Promise<ValidationResult[]>[] = [];
    for (let k = 0; k < items.length; k += CHUNK) chunks.push(this.send(items.slice(k, k + CHUNK)));
    return (await Promise.all(chunks)).flat();
  }

  private send(items: PoolItem[]): Promise<ValidationResult[]> {
    const slot = this.workers.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
    const id = this.nextId++;
    slot.outstanding += items.length;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, items: items.map((i) => ({ bytes: i.bytes, opts: i.opts ?? {} })) });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** Under tsx or vitest the worker is TypeScript: register tsx in the thread, then load it. */
function tsWorker(url: URL, workerData: unknown): Worker {
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}
