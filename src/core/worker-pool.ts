import { BATCH, type CoreOptions, type ValidateOptions } from './message-core.js';
import type { ValidationResult } from './result.js';
import { ownBuffer, ThreadPool } from './thread-pool.js';

export interface PoolItem {
  bytes: Uint8Array;
  opts?: ValidateOptions;
}


/**
 * Validates messages on N worker threads (validate-worker.ts), each with its own compiled
 * schemas; results come back as plain values.
 */
export class WorkerPool {
  private constructor(private readonly pool: ThreadPool<Required<PoolItem>, ValidationResult>) {}

  static async start(size: number, options: CoreOptions): Promise<WorkerPool> {
    return new WorkerPool(await ThreadPool.start(new URL('./validate-worker.js', import.meta.url), size, options));
  }

  async validate(bytes: Uint8Array, opts: ValidateOptions = {}): Promise<ValidationResult> {
    const [r] = await this.pool.run([{ bytes: ownBuffer(bytes), opts }]);
    return r!;
  }

  /**
   * Validates many messages in chunks of BATCH spread over the workers (one postMessage each:
   * fewer, larger messages between threads cost less; a worker validates a chunk as one batch,
   * MessageCore.validateMany); results in input order.
   */
  async validateBatch(items: PoolItem[]): Promise<ValidationResult[]> {
    const chunks: Promise<ValidationResult[]>[] = [];
    for (let k = 0; k < items.length; k += BATCH) chunks.push(this.pool.run(items.slice(k, k + BATCH).map((i) => ({ bytes: ownBuffer(i.bytes), opts: i.opts ?? {} }))));
    return (await Promise.all(chunks)).flat();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
