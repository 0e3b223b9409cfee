/**
 * npm run bench: the message core measured side by side with the raw library, the Java reference
 * engine and xmllint, on the same generated AW33 messages in one run. Prints a table and writes
 * bench/out/results.json. Sizes: BENCH_MESSAGES (1000), BENCH_RSS_MESSAGES (100000).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { XmlDocument, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/root.js';
import { MessageCore } from '../src/core/message-core.js';
import { WorkerPool } from '../src/core/worker-pool.js';
import { messageNamespace } from '../src/messages/catalog.js';
import { untyped } from '../src/messages/typed.js';
import { serialise } from '../src/messages/write.js';
import { JavaXsdEngine } from '../src/schema/java-engine.js';
import { installFromPath } from '../src/schema/pack-install.js';
import { listPacks } from '../src/schema/pack-store.js';
import { WasmXsdEngine } from '../src/schema/wasm-engine.js';
import { aw33Model } from './aw33.js';
import { type ConvertBench, convertSummary } from './convert.js';
import { fmt, type Rate, rate, table } from './measure.js';
import { rawValidator } from './raw.js';
import { benchRegister } from './register.js';

const N = Number(process.env.BENCH_MESSAGES ?? 1000);
const RSS_N = Number(process.env.BENCH_RSS_MESSAGES ?? 100_000);
const JAVA_N = 20;
const root = projectRoot();
const out = path.join(root, 'bench', 'out');
const config = loadConfig();
if (listPacks(config.xsdDir).length === 0) installFromPath(path.resolve(root, '..', 'shared', 'iwlz', 'xsd', 'iwlz-2.2'), config.xsdDir);

const core = new MessageCore({ xsdDir: config.xsdDir });
const pack = core.packs.find((p) => p.model.release === '2.2')!;
const NS = messageNamespace('2.2', 'AW33');

// 1. The messages: written through the typed writer, so each is XSD-valid on disk.
const dir = path.join(out, 'aw33');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const files: string[] = [];
const messages: Buffer[] = [];
for (let i = 0; i < N; i++) {
  const w = core.write('AW33', untyped(aw33Model(i)));
  if (w.issues.length) throw new Error(`generated AW33 ${i} is invalid: ${JSON.stringify(w.issues[0])}`);
  const file = path.join(dir, `aw33-${String(i).padStart(5, '0')}.xml`);
  fs.writeFileSync(file, w.xml);
  files.push(file);
  messages.push(Buffer.from(w.xml));
}
const avgBytes = messages.reduce((s, m) => s + m.length, 0) / N;
const line = (s: string): void => void process.stdout.write(`${s}\n`);
line(`iwlz-bridge bench — ${N} AW33 messages, ${(avgBytes / 1024).toFixed(1)} KB each, 4 toewijzingen`);
line(`machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}\n`);

// 2. Schema compile time.
let t = performance.now();
const fresh = new WasmXsdEngine(core.packs);
fresh.validator(NS);
const compileAw33 = performance.now() - t;
const compileAll = compileAw33 + fresh.warm();
fresh.dispose();
line(`schema compile: AW33 ${compileAw33.toFixed(0)} ms, all 22 message schemas ${compileAll.toFixed(0)} ms\n`);

// 3. One thread, side by side.
const raw = rawValidator(pack.dir, XmlDocument, XsdValidator, xmlRegisterInputProvider);
core.engine.warm();
const rows: Rate[] = [];
const rawOne = await rate('raw libxml2-wasm parse+validate, 1 thread', N, () => {
  for (const m of messages) {
    const d = XmlDocument.fromBuffer(m);
    raw.validate(d);
    d.dispose();
  }
});
const oneThread = await rate('bridge validate (guard+parse+detect+XSD), 1 thread', N, () => {
  for (const m of messages) if (!core.validate(m).valid) throw new Error('invalid');
});
const withRead = await rate('bridge validate + typed read, 1 thread', N, () => {
  for (const m of messages) if (!core.validate(m, { read: true }).message) throw new Error('no model');
});
const withRules = await rate('bridge validate + typed read + business rules, 1 thread', N, () => {
  for (const m of messages) if (!core.validate(m, { rules: {} }).valid) throw new Error('rules reject a bench message');
});
const withRetour = await rate('bridge validate + rules + retour (written, validated), 1 thread', N, () => {
  for (const m of messages) if (!core.validate(m, { rules: {}, retour: true }).retour?.xml) throw new Error('no retour');
});
rows.push(rawOne, oneThread, withRead, withRules, withRetour);


// 4. Two threads, side by side.
async function rawThreads(threads: number): Promise<Rate> {
  const per = Math.ceil(N / threads);
  const url = new URL('./raw-worker.js', import.meta.url);
  const workers = Array.from({ length: threads }, (_, k) => new Worker(url, { workerData: { packDir: pack.dir, files: files.slice(k * per, (k + 1) * per) } }));
  await Promise.all(workers.map((w) => new Promise((r) => w.once('message', r))));
  const r = await rate(`raw libxml2-wasm parse+validate, ${threads} threads`, N, () =>
    Promise.all(workers.map((w) => new Promise((res) => { w.once('message', res); w.postMessage(1); }))),
  );
  await Promise.all(workers.map((w) => w.terminate()));
  return r;
}
const pool = await WorkerPool.start(2, { xsdDir: config.xsdDir });
const rawTwo = await rawThreads(2);
const items = messages.map((bytes) => ({ bytes }));
const twoThreads = await rate('bridge validate, 2 worker threads', N, async () => {
  for (const r of await pool.validateBatch(items)) if (!r.valid) throw new Error('invalid');
});
await pool.close();
rows.push(rawTwo, twoThreads);

// 5. The Java reference engine on a sample (a JVM per message).
const java = new JavaXsdEngine(core.packs);
const javaRate = await rate(`java xsd-schema-validator (JVM per call), ${JAVA_N} messages`, JAVA_N, async () => {
  for (const m of messages.slice(0, JAVA_N)) if ((await java.validate(m, NS)).length) throw new Error('java says invalid');
}, 1);
rows.push(javaRate);

// 6. xmllint over the folder, one process.
const xmllint = spawnSync('which', ['xmllint'], { encoding: 'utf8' }).stdout.trim();
if (xmllint) {
  rows.push(await rate('xmllint --schema over the folder (one process)', N, () => {
    const r = spawnSync(xmllint, ['--noout', '--schema', path.join(pack.dir, 'AW33.xsd'), ...files], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr.slice(0, 500));
  }, 2));
} else line('xmllint: not installed (apt-get install libxml2-utils), skipped');

// 7. Typed write.
const models = messages.map((m) => core.validate(m, { read: true }).message!);
const model = core.model('2.2');
rows.push(await rate('typed write (serialise, no validation)', N, () => {
  for (const m of models) serialise(model, 'AW33', m);
}));
rows.push(await rate('typed write + validation of the output', N, () => {
  for (const m of models) if (core.write('AW33', m).issues.length) throw new Error('write invalid');
}));
line(table(rows));

// 8. Memory over a long run.
const samples: number[] = [];
const step = Math.max(1, Math.floor(RSS_N / 10));
t = performance.now();
for (let i = 0; i < RSS_N; i++) {
  core.validate(messages[i % N]!, { read: true });
  if ((i + 1) % step === 0) {
    samples.push(process.memoryUsage().rss);
    await new Promise((r) => setImmediate(r));
  }
}
const longRate = (RSS_N / (performance.now() - t)) * 1000;
const mb = (b: number): string => (b / 2 ** 20).toFixed(0);
line(`\nRSS over ${RSS_N.toLocaleString('en-US')} validate+read (${fmt(longRate)} msg/s): ${samples.map(mb).join(' → ')} MB; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);

const ratio = (a: Rate, b: Rate): string => `${((a.perSecond / b.perSecond) * 100).toFixed(0)} %`;
line('\nagainst the targets of issue #2 (same messages, same run):');
line(`  XSD validation 1 thread: ${fmt(oneThread.perSecond)}/s = ${ratio(oneThread, rawOne)} of the raw library (target ≥ 6,000/s and ≥ 90 %)`);
line(`  XSD validation 2 threads: ${fmt(twoThreads.perSecond)}/s = ${ratio(twoThreads, rawTwo)} of the raw library on 2 threads (target ≥ 11,000/s and ≥ 90 %)`);
line(`  validate + typed read 1 thread: ${fmt(withRead.perSecond)}/s (target ≥ 4,000/s)`);
const cost = (a: Rate, b: Rate): string => `${((b.perSecond / a.perSecond - 1) * 100).toFixed(0)} %`;
line(`  business rules (issue #3): XSD + read + rules costs ${cost(withRules, oneThread)} on top of XSD-only validation one message at a time (of which the rules ${cost(withRules, withRead)} on top of the typed read); in batches, as validate runs: the fresh process below (target ≤ 25 %)`);
line(`  per message against the Java engine: ${fmt(oneThread.perSecond / javaRate.perSecond)}× (target ≥ 1,000×)`);
line(`  RSS growth over the last 90 % of the long run: ${mb(samples.at(-1)! - samples[0]!)} MB (target: flat)`);
// Issue #3's rows, one at a time and in batches (as validate runs), in a fresh process
// (rules-run.ts), in alternating rounds: here they would come after the raw library's and a
// second engine's phases (BENCHMARKS.md, "Sixth session's quiet run").
line(`\nbusiness rules (issue #3) in a fresh process, ${N} AW33, alternating rounds:`);
const rulesChild = spawnSync(process.execPath, [fileURLToPath(new URL('./rules-run.js', import.meta.url))], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (rulesChild.status !== 0) throw new Error(`rules bench (rules-run.js) failed: exit ${rulesChild.status}`);
process.stdout.write(rulesChild.stdout);
const rules = JSON.parse(fs.readFileSync(path.join(out, 'rules.json'), 'utf8')) as unknown;
const register = await benchRegister(line);
// The convert phase in a fresh process (convert-run.ts, the same generated messages: aw33Model(i)
// and aw35Model(i) through the typed writer, the first BENCH_CONVERT_MESSAGES of them): after the
// phases above this process's heap holds 1,000 typed models and much more, which every major GC
// of the convert phase's main thread then marks again (BENCHMARKS.md, "How the phases are run").
const convertN = Math.min(N, Number(process.env.BENCH_CONVERT_MESSAGES ?? 300));
const child = spawnSync(process.execPath, [fileURLToPath(new URL('./convert-run.js', import.meta.url))], {
  env: { ...process.env, BENCH_CONVERT_MESSAGES: String(convertN) }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24,
});
if (child.status !== 0) throw new Error(`convert bench (convert-run.js) failed: exit ${child.status}`);
const convert = JSON.parse(fs.readFileSync(path.join(out, 'convert.json'), 'utf8')) as ConvertBench;
line(`\nconvert (issue #5): the same AW33 messages, ${convert.mutationsPerMessage.toFixed(0)} register mutations each (a new client every message: IR client, contacts, indicatie, BR client, bemiddeling, 4 toewijzingen); their AW35s, ${convert.mutationsPerAw35} each`);
line(table(convert.rows));
for (const s of convertSummary(convert)) line(s);
fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ when: new Date().toISOString(), node: process.version, cpus: os.cpus().length, avgBytes, compileAw33, compileAll, rows, rss: samples, longRate, rules, register, convert }, null, 2));
core.dispose();
