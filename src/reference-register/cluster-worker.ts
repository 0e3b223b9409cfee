/**
 * One serving process of a register cluster (cluster.ts): started with the primary's options,
 * serves every register on the shared port with its own SQLite connection for the queries, sends
 * the execution of each mutation to the primary, the one writer (forward-writes.ts), sends its
 * request lines to the primary in batches, and closes (server, then database) when asked.
 */
import type { FromWorker, ToWorker } from './cluster.js';
import { forwardingLogger } from './forwarded-log.js';
import { WriteForwarder } from './forward-writes.js';
import { type RunningRegister, serveRegister } from './server.js';

const send = (m: FromWorker, done?: () => void): void => void process.send!(m, undefined, {}, done);
const log = forwardingLogger((lines) => send({ t: 'log', lines }));
const writes = new WriteForwarder((requests) => send({ t: 'writes', requests }));
let running: RunningRegister | undefined;

// Ctrl-C reaches the whole process group: the primary closes its workers (in-flight answers finish).
process.on('SIGINT', () => undefined);
process.on('disconnect', () => writes.failAll('the register\'s writer (the primary process) is gone'));

process.on('message', (m: ToWorker) => {
  void (async () => {
    if (m.t === 'start') {
      const { log: logged, ...opts } = m.opts;
      try {
        running = await serveRegister({ ...opts, ...(logged ? { logger: log.logger } : {}) }, true, writes);
        send({ t: 'ready', url: running.url });
      } catch (e) {
        send({ t: 'failed', message: (e as Error).message });
      }
    } else if (m.t === 'written') {
      writes.answer(m.answers);
    } else if (m.t === 'close') {
      await running?.close().catch(() => undefined);
      log.flush();
      send({ t: 'closed' }, () => process.disconnect());
    }
  })();
});
// Messages that come before a listener are lost: the primary sends the options on this.
send({ t: 'loaded' });
