/**
 * CPU time of a thread in ns from Linux schedstat (steadier than wall time on a loaded machine):
 * by default the calling thread; `/proc/<pid>/schedstat` for a process's main thread. Undefined
 * where there is no schedstat (not Linux).
 */
import fs from 'node:fs';

export function threadCpuNs(schedstat = '/proc/thread-self/schedstat'): number | undefined {
  try {
    return Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}
