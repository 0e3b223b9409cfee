/** A convert preparation thread (PreparePool): one MessageCore and mapping set of its own. */
import { workerData } from 'node:worker_threads';
import { MessageCore } from '../core/message-core.js';
import { serveJobs } from '../core/thread-pool.js';
import { type PrepareOptions, prepareMessage } from './convert.js';
import { type PrepareItem, type PrepareSetup, toWire } from './prepare-pool.js';

const setup = workerData as PrepareSetup;
const opts: PrepareOptions = {
  core: new MessageCore(setup.core),
  mappings: setup.mappings,
  ...(setup.defaults ? { defaults: setup.defaults } : {}),
  ...(setup.lists ? { lists: setup.lists } : {}),
};
serveJobs((i: PrepareItem) => toWire(prepareMessage(i.file, i.bytes, opts)));
