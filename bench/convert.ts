/**
 * Convert throughput (issue #5), side by side on the same messages in one run:
 * - validate-only (XSD + rules + retour, the first step of convert) and dry-run convert
 *   (+ the mapping engine's plan), on the main thread and on worker threads (--threads);
 * - live convert into the embedded reference register (temporary SQLite file, loopback HTTP),
 *   sequential and CONCURRENCY (16) messages at once: A = the register in-process on the main thread and the
 *   first step there too (as before --threads), B = the register on a thread of its own
 *   (RegisterThread, as `convert --embedded` runs it) and the first step on worker threads;
 * - each: AW33 only (the worst case: a new client per message, 35 mutations), the AW35 that
 *   follows (3 mutations), and the mix of each client's life cycle in order (AW33, then its AW35).
 * CPU per message per thread (Linux): main thread, register thread, the rest of the process
 * (the worker threads, GC, libuv). Size: BENCH_CONVERT_MESSAGES (default 300).
 * Each live arrangement first converts `warm` (other clients' AW33s and AW35s, not measured) into
 * its fresh register and id map, as a running daemon would have: without it a 1-second live row
 * also timed V8 compiling the register's and client's code paths for the first time (one AW35's
 * first request to the Leveringsregister alone deoptimised graphql-http's handler: 124–175 ms).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MessageCore } from '../src/core/message-core.js';
import { threadCpuNs } from '../src/core/thread-cpu.js';
import { openRegisterClient } from '../src/forward/client.js';
import { convertBatch, type ConvertOptions, type ConvertResult, type Preparer } from '../src/forward/convert.js';
import { IdMap } from '../src/forward/idmap.js';
import { loadMappings } from '../src/forward/mapping.js';
import { PreparePool } from '../src/forward/prepare-pool.js';
import { schemaDirOf } from '../src/reference-register/schema-files.js';
import { startRegister } from '../src/reference-register/server.js';
import { RegisterThread } from '../src/reference-register/thread.js';
import { fmt, type Rate } from './measure.js';

export interface ConvertBench {
  rows: Rate[];
  threads: number;
  validate: Rate;
  dryRun: Rate;
  dryRunThreads: Rate;
  /** Register on its own thread, first step on worker threads (B). */
  live: Rate;
  liveConcurrent: Rate;
  liveAw35: Rate;
  liveAw35Concurrent: Rate;
  liveMix: Rate;
  /** Register in-process, first step on the main thread (A, as before). */
  inProcess: { live: Rate; liveConcurrent: Rate; liveAw35: Rate; liveAw35Concurrent: Rate; liveMix: Rate };
  mutationsPerMessage: number;
  mutationsPerAw35: number;
}

/**
 * Messages at once in the concurrent live rows (`convert --concurrency`; BENCH_CONVERT_CONCURRENCY).
 * 16: with 8, an AW35's three round trips to the register left the two cores ~30 % idle (fifth
 * session: 293/s at 4.8 ms CPU per AW35, a CPU ceiling of 418/s); 16 keeps them busy.
 */
const CONCURRENCY = Number(process.env.BENCH_CONVERT_CONCURRENCY ?? 16);

const processCpuNs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
};

interface Cpu { main: number; process: number; register?: number }

/** Best of `rounds` by wall time, with the CPU of that round per message and thread. */
async function measure(label: string, n: number, fn: () => Promise<unknown>, rounds: number, register?: RegisterThread): Promise<Rate> {
  const probe = async (): Promise<Cpu> => ({ main: threadCpuNs() ?? 0, process: processCpuNs(), ...(register ? { register: (await register.usage()).cpuNs ?? 0 } : {}) });
  let best: { ms: number; cpu: Cpu } | undefined;
  for (let r = 0; r < rounds; r++) {
    const a = await probe();
    const t = performance.now();
    await fn();
    const ms = performance.now() - t;
    const b = await probe();
    const cpu = { main: b.main - a.main, process: b.process - a.process, ...(register ? { register: b.register! - a.register! } : {}) };
    if (!best || ms < best.ms) best = { ms, cpu };
  }
  const us = (ns: number): string => fmt(ns / n / 1000);
  const { cpu, ms } = best!;
  const rest = cpu.process - cpu.main - (cpu.register ?? 0);
  const note = cpu.main
    ? `CPU µs/msg: main ${us(cpu.main)}${cpu.register !== undefined ? `, register thread ${us(cpu.register)}` : ''}, other threads ${us(Math.max(0, rest))}`
    : '';
  const cpuUs = cpu.main ? { main: cpu.main / n / 1000, ...(cpu.register !== undefined ? { register: cpu.register / n / 1000 } : {}), other: Math.max(0, rest) / n / 1000 } : undefined;
  return { label, n, ms, perSecond: (n / ms) * 1000, ...(note ? { note } : {}), ...(cpuUs ? { cpuUs } : {}) };
}

async function run(files: { file: string; bytes: Buffer }[], opts: ConvertOptions & { concurrency?: number; preparer?: Preparer }): Promise<ConvertResult[]> {
  const out: ConvertResult[] = [];
  await convertBatch(files, opts, (r) => out.push(r));
  const bad = out.find((r) => r.status !== 'converted');
  if (bad) throw new Error(`bench message not converted: ${bad.file} ${bad.reason ?? ''} ${JSON.stringify(bad.issues[0] ?? '')}`);
  return out;
}

/** Unmeasured messages for the live rows' warm-up: AW33s of clients the measured ones do not have, and the AW35 of each. */
export interface WarmUp { aw33s: Buffer[]; aw35s: Buffer[] }

export async function benchConvert(core: MessageCore, all: Buffer[], followUps: Buffer[], root: string, xsdDir: string, warm: WarmUp = { aw33s: [], aw35s: [] }): Promise<ConvertBench> {
  const n = Math.min(all.length, followUps.length, Number(process.env.BENCH_CONVERT_MESSAGES ?? 300));
  const aw33s = all.slice(0, n).map((bytes, i) => ({ file: `aw33-${i}.xml`, bytes }));
  const aw35s = followUps.slice(0, n).map((bytes, i) => ({ file: `aw35-${i}.xml`, bytes }));
  const warmAw33s = warm.aw33s.map((bytes, i) => ({ file: `warm-aw33-${i}.xml`, bytes }));
  const warmAw35s = warm.aw35s.map((bytes, i) => ({ file: `warm-aw35-${i}.xml`, bytes }));
  const { set, problems } = loadMappings(path.join(root, 'mappings'));
  if (problems.length) throw new Error(`mappings: ${problems[0]!.message}`);
  const base: ConvertOptions = { core, mappings: set };
  const threads = os.availableParallelism();
  const pool = await PreparePool.start(threads, { core: { xsdDir }, mappings: set });

  try {
    const validate = await measure('validate + rules + retour (convert step 1), main thread', n, async () => {
      for (const { bytes } of aw33s) if (!core.validate(bytes, { rules: {}, retour: true }).retour?.xml) throw new Error('no retour');
    }, 3);
    let mutations = 0;
    const dryRun = await measure('convert --dry-run AW33 (validate, retour, plan), --threads 1', n, async () => {
      const r = await run(aw33s, base);
      mutations = r.reduce((s, x) => s + x.mutations.length, 0) / n;
    }, 3);
    const dryRunThreads = await measure(`convert --dry-run AW33, --threads ${threads} (worker threads)`, n, () => run(aw33s, { ...base, preparer: pool }), 3);

    // A fresh register and id map per arrangement and concurrency: every AW33 makes a new client.
    const live = async (inProcess: boolean, concurrency: number): Promise<{ aw33: Rate; aw35: Rate; mix: Rate }> => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-bench-convert-'));
      const fresh = async <T>(name: string, fn: (url: string, idmap: IdMap, thread?: RegisterThread) => Promise<T>): Promise<T> => {
        const db = path.join(tmp, `${name}.sqlite`);
        const thread = inProcess ? undefined : await RegisterThread.start({ db, schemaDir: schemaDirOf(xsdDir), xsdDir, notifications: false });
        const reg = inProcess ? await startRegister({ port: 0, db, schemaDir: schemaDirOf(xsdDir), xsdDir, notifier: null }) : undefined;
        const idmap = IdMap.open(path.join(tmp, `${name}-state.sqlite`));
        try {
          return await fn((thread ?? reg)!.url, idmap, thread);
        } finally {
          idmap.close();
          await (thread ?? reg)!.close();
        }
      };
      const how = inProcess ? 'A: register in-process, --threads 1' : `B: register thread, --threads ${threads}`;
      const prep = inProcess ? {} : { preparer: pool };
      const one = concurrency === 1 ? '1 at a time' : `--concurrency ${concurrency}`;
      try {
        const [aw33, aw35] = await fresh('aw33', async (url, idmap, thread) => {
          const opened = openRegisterClient({ base: url });
          if (!opened.ok) throw new Error('client config');
          const opts = { ...base, ...prep, target: { client: opened.client, idmap }, concurrency };
          try {
            await run(warmAw33s, opts);
            await run(warmAw35s, opts);
            const a = await measure(`live AW33 only (new client, 35 mutations), ${one}; ${how}`, n, () => run(aw33s, opts), 1, thread);
            const b = await measure(`  then the AW35 of each (3 mutations), ${one}; ${how}`, n, () => run(aw35s, opts), 1, thread);
            return [a, b];
          } finally {
            await opened.client.close();
          }
        });
        // Each client's life cycle in order: its AW33, then its AW35 (per-client order kept by convert).
        const mixed = aw33s.flatMap((m, i) => [m, aw35s[i]!]);
        const warmMixed = warmAw33s.flatMap((m, i) => (warmAw35s[i] ? [m, warmAw35s[i]] : [m]));
        const mix = await fresh('mix', async (url, idmap, thread) => {
          const opened = openRegisterClient({ base: url });
          if (!opened.ok) throw new Error('client config');
          const opts = { ...base, ...prep, target: { client: opened.client, idmap }, concurrency };
          try {
            await run(warmMixed, opts);
            return await measure(`live mix AW33→AW35 per client (19 mutations/msg), ${one}; ${how}`, mixed.length, () => run(mixed, opts), 1, thread);
          } finally {
            await opened.client.close();
          }
        });
        return { aw33, aw35, mix };
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    };
    const a1 = await live(true, 1);
    const a8 = await live(true, CONCURRENCY);
    const b1 = await live(false, 1);
    const b8 = await live(false, CONCURRENCY);
    return {
      rows: [validate, dryRun, dryRunThreads, a1.aw33, a1.aw35, a8.aw33, a8.aw35, b1.aw33, b1.aw35, b8.aw33, b8.aw35, a1.mix, a8.mix, b1.mix, b8.mix],
      threads, validate, dryRun, dryRunThreads,
      live: b1.aw33, liveConcurrent: b8.aw33, liveAw35: b1.aw35, liveAw35Concurrent: b8.aw35, liveMix: b8.mix,
      inProcess: { live: a1.aw33, liveConcurrent: a8.aw33, liveAw35: a1.aw35, liveAw35Concurrent: a8.aw35, liveMix: a8.mix },
      mutationsPerMessage: mutations, mutationsPerAw35: 3,
    };
  } finally {
    await pool.close();
  }
}

/**
 * What the CPU a row used per message allows on `cores` cores nobody else uses: the busiest
 * single thread (main, register) or all CPU spread over the cores, whichever binds first. On a
 * shared machine the wall-clock rate says more about the neighbours than about convert.
 */
export function cpuCeiling(r: Rate, cores: number): string {
  const c = r.cpuUs;
  if (!c) return '';
  const total = c.main + (c.register ?? 0) + c.other;
  const bounds: [string, number][] = [['main thread', c.main], ['all threads over the cores', total / cores]];
  if (c.register !== undefined) bounds.push(['register thread', c.register]);
  const [what, us] = bounds.reduce((a, b) => (b[1] > a[1] ? b : a));
  return `${fmt(1e6 / us)}/s (bound: ${what}, ${fmt(total)} µs CPU per message in all)`;
}

/** The lines under the table: the rates against the targets of issue #5. */
export function convertSummary(c: ConvertBench): string[] {
  const pct = (a: Rate, b: Rate): string => `${((a.perSecond / b.perSecond) * 100).toFixed(0)} %`;
  return [
    `  CPU ceilings on ${c.threads} free cores (from CPU per message): dry run --threads ${c.threads} ${cpuCeiling(c.dryRunThreads, c.threads)}; live AW33 ${cpuCeiling(c.liveConcurrent, c.threads)}; live AW35 ${cpuCeiling(c.liveAw35Concurrent, c.threads)}; live mix ${cpuCeiling(c.liveMix, c.threads)}`,
    `  dry run: ${fmt(c.dryRun.perSecond)}/s on the main thread, ${fmt(c.dryRunThreads.perSecond)}/s on ${c.threads} worker threads (${pct(c.dryRunThreads, c.dryRun)}); validate + rules + retour alone ${fmt(c.validate.perSecond)}/s (target ≥ 1,500/s)`,
    `  live AW33 only (worst case): ${fmt(c.liveConcurrent.perSecond)}/s with ${CONCURRENCY} at once = ${fmt(c.liveConcurrent.perSecond * c.mutationsPerMessage)} mutations/s (A, register in-process: ${fmt(c.inProcess.liveConcurrent.perSecond)}/s); one at a time ${fmt(c.live.perSecond)}/s (A: ${fmt(c.inProcess.live.perSecond)}/s)`,
    `  live AW35: ${fmt(c.liveAw35Concurrent.perSecond)}/s with ${CONCURRENCY} at once (A: ${fmt(c.inProcess.liveAw35Concurrent.perSecond)}/s); live mix AW33→AW35: ${fmt(c.liveMix.perSecond)}/s with ${CONCURRENCY} at once (A: ${fmt(c.inProcess.liveMix.perSecond)}/s) (target ≥ 300 messages/s)`,
  ];
}
