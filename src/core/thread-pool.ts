/**
 * A pool of worker threads that each run one job function over the items they are sent (the
 * validation workers, the convert preparation workers). Jobs go to the worker with the fewest
 * outstanding items; results come back as plain values (structured clone), in the order sent.
 * The worker side is `serveJobs` (below) in the worker's module.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

interface Pending<R> {
  resolve(r: R[]): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  outstanding: number;
}

/**
 * The bytes in an ArrayBuffer of their own, for an item posted to a worker. postMessage copies a
 * view's whole ArrayBuffer, and a small Buffer (Buffer.from, < 4 KiB) is a view into Node's shared
 * 8 KiB pool: copied whole, for every message, on both threads (12 → 7 µs per post for 2 KB).
 */
export function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

export class ThreadPool<I, R> {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending<R> & { slot: Slot }>();
  private nextId = 1;

  private constructor() {}

  get size(): number {
    return this.slots.length;
  }

  /**
   * Starts `size` workers of `script` (a `.js` URL next to the caller; under tsx or vitest the
   * `.ts` source beside it), each given `workerData`, and waits until each says it is ready.
   */
  static async start<I, R>(script: URL, size: number, workerData: unknown): Promise<ThreadPool<I, R>> {
    const pool = new ThreadPool<I, R>();
    try {
      await Promise.all(Array.from({ length: size }, () => pool.spawn(script, workerData)));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  private spawn(script: URL, workerData: unknown): Promise<void> {
    const worker = startWorker(script, workerData);
    const slot: Slot = { worker, outstanding: 0 };
    this.slots.push(slot);
    return new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (msg: { ready?: boolean; id?: number; results?: R[] }) => {
        if (msg.ready) return resolve();
        const p = this.pending.get(msg.id!);
        this.pending.delete(msg.id!);
        slot.outstanding -= msg.results!.length;
        p?.resolve(msg.results!);
      });
      const failAll = (e: Error): void => {
        for (const [id, p] of this.pending) {
          if (p.slot !== slot) continue;
          this.pending.delete(id);
          p.reject(e);
        }
      };
      worker.on('error', failAll);
      // A worker that ends (terminated, or exits on its own) answers nothing more.
      worker.on('exit', (code) => failAll(new Error(`worker thread exited (code ${code}) with jobs outstanding`)));
    });
  }

  /** Runs the job over `items` on one worker (one message each way); results in the order of `items`. */
  run(items: I[]): Promise<R[]> {
    const slot = this.slots.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
    const id = this.nextId++;
    slot.outstanding += items.length;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, items });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * The worker side: answers every `{ id, items }` with `{ id, results }` (the job over each item),
 * then says it is ready. Call once, at the end of the worker module's set-up.
 */
export function serveJobs<I, R>(job: (item: I) => R): void {
  serveBatches((items: I[]) => items.map(job));
}

/** serveJobs() for a job that takes the items of a message together (one result per item, in order). */
export function serveBatches<I, R>(job: (items: I[]) => R[]): void {
  const port = parentPort!;
  let done = 0;
  port.on('message', (msg: { id: number; items: I[] }) => {
    port.postMessage({ id: msg.id, results: job(msg.items) });
    // libxml2-wasm frees some memory from finalizers: give them a turn now and then.
    done += msg.items.length;
    if (done >= 256) {
      done = 0;
      setImmediate(() => undefined);
    }
  });
  port.postMessage({ ready: true });
}

/**
 * A worker thread running `script` (a `.js` URL next to the caller's module). Under tsx or vitest
 * (this module is TypeScript) the `.ts` source beside it, with tsx registered in the thread.
 */
export function startWorker(script: URL, workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(script, { workerData });
  const url = new URL(script.href.replace(/\.js$/, '.ts'));
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}
