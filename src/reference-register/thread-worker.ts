/** The register thread (thread.ts): startRegister in this worker, then commands from the parent. */
import { parentPort, workerData } from 'node:worker_threads';
import { threadCpuNs } from '../core/thread-cpu.js';
import { rowCounts } from './row-counts.js';
import { startRegister } from './server.js';
import type { RegisterThreadCommand, RegisterThreadOptions, ThreadUsage } from './thread.js';

const opts = workerData as RegisterThreadOptions;
const port = parentPort!;

try {
  const reg = await startRegister({
    db: opts.db, schemaDir: opts.schemaDir, port: opts.port ?? 0,
    ...(opts.host ? { host: opts.host } : {}), ...(opts.xsdDir ? { xsdDir: opts.xsdDir } : {}), ...(opts.notifications === false ? { notifier: null } : {}),
  });
  port.on('message', (m: RegisterThreadCommand) => {
    if (m.cmd === 'counts') port.postMessage(rowCounts(reg.db));
    else if (m.cmd === 'usage') {
      const cpuNs = threadCpuNs();
      port.postMessage({ busy: performance.eventLoopUtilization().utilization, ...(cpuNs !== undefined ? { cpuNs } : {}) } satisfies ThreadUsage);
    } else void reg.close().then(() => port.postMessage({ closed: true }), (e: Error) => port.postMessage({ closed: false, error: e.message }));
  });
  port.postMessage({ url: reg.url });
} catch (e) {
  port.postMessage({ error: (e as Error).message });
}
