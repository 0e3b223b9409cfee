/**
 * The convert benchmark alone (bench/convert.ts), without the rest of `npm run bench`:
 * `npm run build && node dist/bench/convert-run.js` (BENCH_CONVERT_MESSAGES, default 300;
 * BENCH_CONVERT_WARMUP, default 100: the unmeasured other clients each live row starts with).
 * For profiling: `node --cpu-prof --cpu-prof-dir=bench/out/prof dist/bench/convert-run.js`.
 * Writes bench/out/convert.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/root.js';
import { MessageCore } from '../src/core/message-core.js';
import { untyped } from '../src/messages/typed.js';
import { aw33Model, aw35Model } from './aw33.js';
import { benchConvert, convertSummary } from './convert.js';
import { table } from './measure.js';

const N = Number(process.env.BENCH_CONVERT_MESSAGES ?? 300);
const root = projectRoot();
const config = loadConfig();
const core = new MessageCore({ xsdDir: config.xsdDir });
const write = (kind: 'AW33' | 'AW35', model: unknown, i: number): Buffer => {
  const w = core.write(kind, untyped(model as never));
  if (w.issues.length) throw new Error(`generated ${kind} ${i} is invalid: ${JSON.stringify(w.issues[0])}`);
  return Buffer.from(w.xml);
};
const aw33s = Array.from({ length: N }, (_, i) => write('AW33', aw33Model(i), i));
const aw35s = Array.from({ length: N }, (_, i) => write('AW35', aw35Model(i), i));
// The live rows' warm-up (bench/convert.ts): other clients (N, N+1, …), never measured.
const W = Number(process.env.BENCH_CONVERT_WARMUP ?? 100);
const warm = {
  aw33s: Array.from({ length: W }, (_, i) => write('AW33', aw33Model(N + i), N + i)),
  aw35s: Array.from({ length: W }, (_, i) => write('AW35', aw35Model(N + i), N + i)),
};
const line = (s: string): void => void process.stdout.write(`${s}\n`);
line(`convert bench — ${N} AW33 + ${N} AW35, ${os.cpus()[0]?.model ?? '?'} × ${os.availableParallelism()}, Node ${process.version}`);
const result = await benchConvert(core, aw33s, aw35s, root, config.xsdDir, warm);
line(table(result.rows));
for (const s of convertSummary(result)) line(s);
const out = path.join(root, 'bench', 'out');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'convert.json'), JSON.stringify({ when: new Date().toISOString(), node: process.version, cpus: os.availableParallelism(), ...result }, null, 2));
core.dispose();
