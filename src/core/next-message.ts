/**
 * The next message a worker thread sends (after posting `send`, when given), or its error: the
 * listeners are removed either way, so a worker asked many times does not collect them.
 */
import type { Worker } from 'node:worker_threads';

export function nextMessage<T>(worker: Worker, send?: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onError = (e: Error): void => {
      worker.off('message', onMessage);
      reject(e);
    };
    const onMessage = (m: T): void => {
      worker.off('error', onError);
      resolve(m);
    };
    worker.once('error', onError);
    worker.once('message', onMessage);
    if (send !== undefined) worker.postMessage(send);
  });
}
