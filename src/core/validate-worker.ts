/** A validation worker thread: one MessageCore of its own, fed messages by WorkerPool. */
import { workerData } from 'node:worker_threads';
import { MessageCore, type CoreOptions, type ValidateOptions } from './message-core.js';
import { serveJobs } from './thread-pool.js';

const core = new MessageCore(workerData as CoreOptions);
core.engine.warm();
serveJobs((i: { bytes: Uint8Array; opts: ValidateOptions }) => core.validate(i.bytes, i.opts));
