/** A validation worker thread: one MessageCore of its own, fed messages by WorkerPool. */
import { parentPort, workerData } from 'node:worker_threads';
import { MessageCore, type CoreOptions, type ValidateOptions } from './message-core.js';

interface Job {
  id: number;
  bytes: Uint8Array;
  opts: ValidateOptions;
}

const core = new MessageCore(workerData as CoreOptions);
core.engine.warm();
let done = 0;
parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage({ id: job.id, result: core.validate(job.bytes, job.opts) });
  // libxml2-wasm frees some memory from finalizers: give them a turn now and then.
  if (++done % 256 === 0) setImmediate(() => undefined);
});
parentPort!.postMessage({ ready: true });
