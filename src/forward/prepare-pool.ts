/**
 * The first step of convert (validate, rules, retour, plan: prepareMessage) on worker threads
 * (prepare-worker.ts), each with its own MessageCore and a copy of the mappings, so `convert`
 * uses every core for it. The results are plain values (Prepared); convertBatch sends them from
 * the main thread, in input order.
 */
import type { CoreOptions } from '../core/message-core.js';
import { ThreadPool } from '../core/thread-pool.js';
import type { RuleLists } from '../rules/rule.js';
import type { Prepared, Preparer } from './convert.js';
import type { DefaultOverrides, MappingSet } from './mapping.js';

/** What every worker is started with (structured clone: plain data only). */
export interface PrepareSetup {
  core: CoreOptions;
  mappings: MappingSet;
  defaults?: DefaultOverrides;
  lists?: RuleLists;
}

export interface PrepareItem {
  file: string;
  bytes: Uint8Array;
}

export class PreparePool implements Preparer {
  private constructor(private readonly pool: ThreadPool<PrepareItem, Prepared>) {}

  static async start(size: number, setup: PrepareSetup): Promise<PreparePool> {
    return new PreparePool(await ThreadPool.start(new URL('./prepare-worker.js', import.meta.url), size, setup));
  }

  get size(): number {
    return this.pool.size;
  }

  async prepare(file: string, bytes: Uint8Array): Promise<Prepared> {
    const [p] = await this.pool.run([{ file, bytes }]);
    return p!;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
