/**
 * Convert throughput (issue #5), side by side on the same AW33 messages in one run:
 * validate-only (XSD + rules + retour, the first step of convert), dry-run convert (+ the
 * mapping engine's plan) and live convert into the embedded reference register (in-process, on a
 * temporary SQLite file, over loopback HTTP), sequential and with concurrent messages.
 * Size: BENCH_CONVERT_MESSAGES (default 300; live uses at most that many).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MessageCore } from '../src/core/message-core.js';
import { openRegisterClient } from '../src/forward/client.js';
import { convertBatch, type ConvertOptions, type ConvertResult } from '../src/forward/convert.js';
import { IdMap } from '../src/forward/idmap.js';
import { loadMappings } from '../src/forward/mapping.js';
import { schemaDirOf } from '../src/reference-register/schema-files.js';
import { startRegister } from '../src/reference-register/server.js';
import { type Rate, rate } from './measure.js';

export interface ConvertBench {
  rows: Rate[];
  validate: Rate;
  dryRun: Rate;
  live: Rate;
  liveConcurrent: Rate;
  /** The AW35 each client's aanbieder sends next (3 mutations), into the register the AW33s filled. */
  liveAw35: Rate;
  liveAw35Concurrent: Rate;
  mutationsPerMessage: number;
}

async function run(messages: Buffer[], opts: ConvertOptions & { concurrency?: number }): Promise<ConvertResult[]> {
  const out: ConvertResult[] = [];
  await convertBatch(messages.map((bytes, i) => ({ file: `aw33-${i}.xml`, bytes })), opts, (r) => out.push(r));
  const bad = out.find((r) => r.status !== 'converted');
  if (bad) throw new Error(`bench message not converted: ${bad.file} ${bad.reason ?? ''} ${JSON.stringify(bad.issues[0] ?? '')}`);
  return out;
}

export async function benchConvert(core: MessageCore, all: Buffer[], followUps: Buffer[], root: string, xsdDir: string): Promise<ConvertBench> {
  const n = Math.min(all.length, Number(process.env.BENCH_CONVERT_MESSAGES ?? 300));
  const messages = all.slice(0, n);
  const aw35s = followUps.slice(0, n);
  const { set, problems } = loadMappings(path.join(root, 'mappings'));
  if (problems.length) throw new Error(`mappings: ${problems[0]!.message}`);
  const base: ConvertOptions = { core, mappings: set };

  const validate = await rate('validate + rules + retour (convert step 1), 1 thread', n, () => {
    for (const m of messages) if (!core.validate(m, { rules: {}, retour: true }).retour?.xml) throw new Error('no retour');
  });
  let mutations = 0;
  const dryRun = await rate('convert --dry-run (validate, retour, plan), 1 thread', n, async () => {
    const r = await run(messages, base);
    mutations = r.reduce((s, x) => s + x.mutations.length, 0) / n;
  });

  const live = async (label: string, concurrency: number): Promise<[Rate, Rate]> => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-bench-convert-'));
    const register = await startRegister({ port: 0, db: path.join(tmp, 'register.sqlite'), schemaDir: schemaDirOf(xsdDir), xsdDir, notifier: null });
    const opened = openRegisterClient({ base: register.url });
    if (!opened.ok) throw new Error('client config');
    const idmap = IdMap.open(path.join(tmp, 'state.sqlite'));
    try {
      const target = { client: opened.client, idmap };
      const aw33 = await rate(label, n, async () => {
        await run(messages, { ...base, target, concurrency });
      }, 1);
      const aw35 = await rate(`  then the AW35 of each (3 mutations: LR client, Levering, Leveringperiode)`, n, async () => {
        await run(aw35s, { ...base, target, concurrency });
      }, 1);
      return [aw33, aw35];
    } finally {
      idmap.close();
      await opened.client.close();
      await register.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  };
  const [liveOne, aw35One] = await live('convert --embedded AW33 (register in-process, loopback HTTP), 1 at a time', 1);
  const [liveMany, aw35Many] = await live('convert --embedded AW33, --concurrency 8', 8);
  return {
    rows: [validate, dryRun, liveOne, aw35One, liveMany, aw35Many], validate, dryRun, live: liveOne, liveConcurrent: liveMany, liveAw35: aw35One, liveAw35Concurrent: aw35Many, mutationsPerMessage: mutations,
  };
}
