/**
 * Issue #3's comparison in a process of its own (spawned by bench/run.ts; alone:
 * `npm run build && node dist/bench/rules-run.js`): the same 1,000 generated AW33s (BENCH_MESSAGES)
 * validated XSD-only, with the typed read, and with read + business rules — one message at a time
 * (MessageCore.validate, as convert and `retour` do) and in batches (validateMany, as `validate`
 * does) — in alternating rounds, best round of each. In the main bench process these rows would
 * come after the raw library's and a second engine's phases, whose leftovers in the wasm heap
 * and the JS heap tilt the later rows (BENCHMARKS.md, "Sixth session's quiet run"); here nothing runs before them
 * but writing the messages. Writes bench/out/rules.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/root.js';
import { BATCH, MessageCore, type ValidateOptions } from '../src/core/message-core.js';
import { untyped } from '../src/messages/typed.js';
import { aw33Model } from './aw33.js';
import { type Rate, ratesSideBySide, table } from './measure.js';

const N = Number(process.env.BENCH_MESSAGES ?? 1000);
const core = new MessageCore({ xsdDir: loadConfig().xsdDir });
const messages = Array.from({ length: N }, (_, i) => Buffer.from(core.write('AW33', untyped(aw33Model(i))).xml));

const oneByOne = (opts: ValidateOptions): (() => void) => () => {
  for (const m of messages) if (!core.validate(m, opts).valid) throw new Error('a bench message is invalid');
};
const inBatches = (opts: ValidateOptions): (() => void) => {
  const chunks: { bytes: Uint8Array; opts: ValidateOptions }[][] = [];
  for (let k = 0; k < N; k += BATCH) chunks.push(messages.slice(k, k + BATCH).map((bytes) => ({ bytes, opts })));
  return () => {
    for (const chunk of chunks) for (const r of core.validateMany(chunk)) if (!r.valid) throw new Error('a bench message is invalid');
  };
};
const rows: Rate[] = await ratesSideBySide(
  [
    ['XSD only, one message at a time', oneByOne({})],
    ['+ typed read, one at a time', oneByOne({ read: true })],
    ['+ typed read + business rules, one at a time', oneByOne({ rules: {} })],
    [`XSD only, batches of ${BATCH}`, inBatches({})],
    [`+ typed read, batches of ${BATCH}`, inBatches({ read: true })],
    [`+ typed read + business rules, batches of ${BATCH}`, inBatches({ rules: {} })],
  ],
  N,
  7,
);
const [xsd1, , rules1, xsdK, , rulesK] = rows as [Rate, Rate, Rate, Rate, Rate, Rate];
const cost = (a: Rate, b: Rate): number => (b.perSecond / a.perSecond - 1) * 100;
const result = { n: N, batch: BATCH, rows, oneAtATime: cost(rules1, xsd1), inBatches: cost(rulesK, xsdK) };
const line = (s: string): void => void process.stdout.write(`${s}\n`);
line(table(rows));
line(`  read + rules on top of XSD-only: ${result.oneAtATime.toFixed(0)} % one message at a time, ${result.inBatches.toFixed(0)} % in batches of ${BATCH} (target ≤ 25 %)`);
const out = path.join(projectRoot(), 'bench', 'out');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'rules.json'), JSON.stringify(result, null, 2));
core.dispose();
