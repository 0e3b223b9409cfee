/**
 * The server side of the register benchmark, on its own thread (so the load generator on the
 * main thread does not share the register's event loop): either the embedded register on a
 * SQLite file, or a bare node:http echo server as the baseline. Commands by message:
 * `deliver` (start the notification dispatcher and answer when the outbox is delivered),
 * `close`.
 */
import fs from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { threadCpuNs } from '../src/core/thread-cpu.js';
import { AddressBook } from '../src/notifications/address-book.js';
import { startNotifications } from '../src/notifications/index.js';
import { startRegister } from '../src/reference-register/server.js';

export interface WorkerInit {
  kind: 'register' | 'echo';
  db?: string;
  schemaDir?: string;
  xsdDir?: string;
  /** Serving processes of the register (startRegister's `threads`); default 1, this thread. */
  threads?: number;
}
export type WorkerCommand = { cmd: 'deliver'; book: Record<string, string>; batchSize: number } | { cmd: 'close' } | { cmd: 'profile'; file?: string } | { cmd: 'elu' };

const init = workerData as WorkerInit;
const port = parentPort!;
let session: Session | undefined;

/** `profile` without a file starts the CPU profiler of this thread; with a file stops it and writes the profile there. */
async function profile(file: string | undefined): Promise<void> {
  if (!file) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  } else if (session) {
    const { profile: p } = await session.post('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(p));
    session.disconnect();
    session = undefined;
  }
  port.postMessage({ profiled: file ?? 'started' });
}

async function echo(): Promise<void> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":{"echo":${JSON.stringify(body.length)}}}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port.postMessage({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  port.on('message', (m: WorkerCommand) => {
    if (m.cmd === 'close') { server.closeAllConnections(); server.close(() => port.postMessage({ closed: true })); }
  });
}

/** CPU time of the threads serving: this one, plus the main thread of each cluster worker process. */
function servingCpuNs(pids: number[]): number | undefined {
  let total = threadCpuNs();
  for (const pid of pids) if (pid !== process.pid && total !== undefined) total += threadCpuNs(`/proc/${pid}/schedstat`) ?? 0;
  return total;
}

async function register(): Promise<void> {
  const reg = await startRegister({ port: 0, db: init.db!, schemaDir: init.schemaDir!, ...(init.xsdDir ? { xsdDir: init.xsdDir } : {}), ...(init.threads ? { threads: init.threads } : {}) });
  port.postMessage({ url: reg.url });
  port.on('message', (m: WorkerCommand) => {
    void (async () => {
      if (m.cmd === 'profile') return profile(m.file);
      if (m.cmd === 'elu') return port.postMessage({ ...performance.eventLoopUtilization(), cpuNs: servingCpuNs(reg.pids()), perProcessNs: reg.pids().map((pid) => (pid === process.pid ? undefined : threadCpuNs(`/proc/${pid}/schedstat`))) });
      if (m.cmd === 'close') {
        await reg.close();
        port.postMessage({ closed: true });
        return;
      }
      const count = (): number => (reg.db.prepare(`SELECT count(*) AS n FROM outbox WHERE state IN ('pending', 'in_flight')`).get() as { n: number }).n;
      const total = (reg.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
      const t = performance.now();
      const d = startNotifications({ db: reg.db, addressBook: AddressBook.fromObject(m.book), batchSize: m.batchSize, pollIntervalMs: 20 });
      let left = count();
      while (left > 0) {
        await new Promise((r) => setTimeout(r, 20));
        left = count();
      }
      const ms = performance.now() - t;
      await d.stop();
      const dead = (reg.db.prepare(`SELECT count(*) AS n FROM outbox WHERE state = 'dead'`).get() as { n: number }).n;
      port.postMessage({ delivered: total, ms, dead });
    })();
  });
}

await (init.kind === 'echo' ? echo() : register());
