/**
 * The first step of convert (validate, rules, retour, plan: prepareMessage) on worker threads
 * (prepare-worker.ts), each with its own MessageCore and a copy of the mappings, so `convert`
 * uses every core for it. The results are plain values (Prepared, the plan as JSON on the way:
 * PreparedWire); convertBatch sends them from the main thread, in input order.
 */
import type { CoreOptions } from '../core/message-core.js';
import { ownBuffer, ThreadPool } from '../core/thread-pool.js';
import type { RuleLists } from '../rules/rule.js';
import type { Prepared, Preparer } from './convert.js';
import type { DefaultOverrides, MappingSet } from './mapping.js';
import type { SendPlan } from './plan.js';

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

/**
 * A Prepared as it crosses to the main thread: the plan as JSON text. A plan is many small
 * objects (an AW33: 35 mutations, ~20 KB), which structured clone rebuilds property by property;
 * JSON.parse makes them ~30 % cheaper on the main thread (~255 → ~180 µs per AW33 for the whole
 * hand-over; the worker's side costs the same). A plan is JSON data (plan.ts: PlanValue), which
 * the client sends and the id map stores as JSON anyway.
 */
export type PreparedWire = Omit<Prepared, 'plan'> & { plan?: string };

export function toWire(p: Prepared): PreparedWire {
  return p.plan ? { ...p, plan: JSON.stringify(p.plan) } : (p as PreparedWire);
}

export function fromWire(w: PreparedWire): Prepared {
  return w.plan === undefined ? (w as Prepared) : { ...w, plan: JSON.parse(w.plan) as SendPlan };
}

export class PreparePool implements Preparer {
  private constructor(private readonly pool: ThreadPool<PrepareItem, PreparedWire>) {}

  static async start(size: number, setup: PrepareSetup): Promise<PreparePool> {
    return new PreparePool(await ThreadPool.start(new URL('./prepare-worker.js', import.meta.url), size, setup));
  }

  get size(): number {
    return this.pool.size;
  }

  async prepare(file: string, bytes: Uint8Array): Promise<Prepared> {
    const [p] = await this.pool.run([{ file, bytes: ownBuffer(bytes) }]);
    return fromWire(p!);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
