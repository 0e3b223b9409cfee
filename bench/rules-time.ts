/**
 * Development tool: µs per AW33 for the typed read and the business rules, on the bench's
 * generated messages, each step timed (process CPU time) on its own and repeated in many interleaved rounds (the
 * median is printed). With RULES_AB=<folder>,<folder> (copies of checkouts, each with src/ and a
 * node_modules link) the same is timed for each in the same process, alternating: an A/B that
 * machine load cannot tilt.
 *
 *   npx tsx bench/rules-time.ts [messages=200] [rounds=30]
 *   RULES_AB=/tmp/before,/tmp/after npx tsx bench/rules-time.ts
 *   RULES_CLOCK=wall …   (wall time instead of process CPU time, which counts the GC's helper threads too)
 */
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { MessageCore } from '../src/core/message-core.js';
import { messageNamespace } from '../src/messages/catalog.js';
import type { XmlRecord } from '../src/messages/model-types.js';
import * as readHere from '../src/messages/read.js';
import { untyped } from '../src/messages/typed.js';
import type { RuleContext } from '../src/rules/rule.js';
import * as runHere from '../src/rules/run.js';
import { aw33Model } from './aw33.js';

const N = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 30);

interface Variant {
  name: string;
  read: typeof readHere.readMessage;
  rules: (m: XmlRecord, ctx: RuleContext) => { issues: unknown[] };
  readUs: number[];
  rulesUs: number[];
}

// Compiled (dist/bench) imports the checkouts' compiled files, tsx their sources.
const ext = path.extname(new URL(import.meta.url).pathname);
async function variant(folder: string): Promise<Variant> {
  const r = (await import(path.resolve(folder, `src/messages/read${ext}`))) as typeof readHere;
  const x = (await import(path.resolve(folder, `src/rules/run${ext}`))) as typeof runHere;
  return { name: folder, read: r.readMessage, rules: x.runRules, readUs: [], rulesUs: [] };
}

// With RULES_AB, every side comes from a copy: the code this process validates with shares
// type feedback with this checkout's modules, which tilts a comparison against it (an A/A of two
// copies of the same code shows no difference; this checkout against its own copy does).
const folders = process.env.RULES_AB?.split(',') ?? [];
const variants: Variant[] = folders.length
  ? await Promise.all(folders.map(variant))
  : [{ name: 'this checkout', read: readHere.readMessage, rules: runHere.runRules, readUs: [], rulesUs: [] }];

const core = new MessageCore({ xsdDir: loadConfig().xsdDir });
const ns = messageNamespace('2.2', 'AW33');
const bytes = Array.from({ length: N }, (_, i) => Buffer.from(core.write('AW33', untyped(aw33Model(i))).xml));
const prepared = bytes.map((b) => {
  const p = core.prepare(b);
  if (!('doc' in p) || core.engine.validate(p.doc, ns, 1).length) throw new Error('bench message invalid');
  return p;
});
const ctx: RuleContext = { kind: 'AW33', lists: {} };
const xsdUs: number[] = [];

/** CPU time of this process in µs: less tilted than wall time when other processes share the cores. */
const cpu =
  process.env.RULES_CLOCK === 'wall'
    ? (): number => performance.now() * 1000
    : (): number => {
        const u = process.cpuUsage();
        return u.user + u.system;
      };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (let round = 0; round < ROUNDS; round++) {
  let t = cpu();
  for (const b of bytes) core.validate(b);
  xsdUs.push((cpu() - t) / N);
  const order = round % 2 ? [...variants].reverse() : variants;
  for (const v of order) {
    t = cpu();
    const models = prepared.map((p) => v.read(p.doc, p.detected.model, 'AW33'));
    v.readUs.push((cpu() - t) / N);
    t = cpu();
    for (const m of models) if (v.rules(m, ctx).issues.length) throw new Error(`${v.name}: rules reject a bench message`);
    v.rulesUs.push((cpu() - t) / N);
  }
}

const xsd = median(xsdUs);
process.stdout.write(`${N} AW33, ${ROUNDS} rounds, median ${process.env.RULES_CLOCK === 'wall' ? 'wall' : 'CPU'} µs per message; bridge validate (XSD only) ${xsd.toFixed(0)} µs\n`);
for (const v of variants) {
  const read = median(v.readUs);
  const rules = median(v.rulesUs);
  const pct = ((read + rules) / xsd) * 100;
  process.stdout.write(`${v.name.padEnd(30)} read ${read.toFixed(0).padStart(4)}  rules ${rules.toFixed(0).padStart(4)}  read+rules ${(read + rules).toFixed(0).padStart(4)} µs = ${pct.toFixed(0)} % on top of XSD\n`);
}
for (const p of prepared) p.doc.dispose();
core.dispose();
