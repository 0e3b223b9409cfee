/** A validation worker thread: one MessageCore of its own, fed messages by WorkerPool. */
import { workerData } from 'node:worker_threads';
import { MessageCore, type CoreOptions, type ValidateOptions } from './message-core.js';
import { serveBatches } from './thread-pool.js';

const core = new MessageCore(workerData as CoreOptions);
core.engine.warm();
// Each message from the pool is a chunk of up to BATCH (worker-pool.ts): validated as one batch.
serveBatches((items: { bytes: Uint8Array; opts: ValidateOptions }[]) => core.validateMany(items));
