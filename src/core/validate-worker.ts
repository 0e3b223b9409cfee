/** A validation worker thread: one MessageCore of its own, fed messages by WorkerPool. */
import { parentPort, workerData } from 'node:worker_threads';
import { MessageCore, type CoreOptions, type ValidateOptions } from './message-core.js';

interface Job {
  id: number;
  items: { bytes: Uint8Array; opts: ValidateOptions }[];
}

const core = new MessageCore(workerData as CoreOptions);
core.engine.warm();
let done = 0;
parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage({ id: job.id, results: job.items.map((i) => core.validate(i.bytes, i.opts)) });
  // libxml2-wasm frees some memory from finalizers: give them a turn now and then.
  done += job.items.length;
  if (done >= 256) {
    done = 0;
    setImmediate(() => undefined);
  }
});
parentPort!.postMessage({ ready: true });
