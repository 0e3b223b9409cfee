/**
 * The retour step A/B, in one process, interleaved: µs per retour (build + write + validation of
 * the output) of this tree against a snapshot of another commit, on the bench's generated AW33
 * messages, with the split of this tree (echo / serialise / validate). The output of both must be
 * the same bytes (with a fixed stamp; timed with each tree's own). Not part of npm run bench:
 *   mkdir /tmp/base && git archive <commit> src package.json | tar -x -C /tmp/base \
 *     && cp -r src/messages/generated /tmp/base/src/messages/ \
 *     && ln -s $PWD/node_modules /tmp/base/node_modules
 *   BASE=/tmp/base npx tsx bench/retour-ab.ts [messages] [rounds]
 */
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { MessageCore } from '../src/core/message-core.js';
import type { HeenKind } from '../src/messages/catalog.js';
import { untyped } from '../src/messages/typed.js';
import { serialise } from '../src/messages/write.js';
import { buildRetour } from '../src/retour/build.js';
import type { Stamp } from '../src/retour/stamp.js';
import { aw33Model } from './aw33.js';

const N = Number(process.argv[2] ?? 300);
const ROUNDS = Number(process.argv[3] ?? 20);
const xsdDir = loadConfig().xsdDir;
const stamp: Stamp = { now: () => new Date('2026-11-25T12:00:00Z'), newId: () => 'R00000000001' };
const core = new MessageCore({ xsdDir });
core.engine.warm();
const messages = Array.from({ length: N }, (_, i) => Buffer.from(core.write('AW33', untyped(aw33Model(i))).xml));
const results = messages.map((m) => core.validate(m, { rules: {} }));
const model = core.model('2.2');

type Retour = (r: (typeof results)[number]) => { xml?: string } | undefined;
const variants: [string, Retour][] = [['this tree', (r) => core.retour(r)]];
if (process.env.BASE) {
  const base = (await import(path.resolve(process.env.BASE, 'src/core/message-core.ts'))) as { MessageCore: typeof MessageCore };
  const other = new base.MessageCore({ xsdDir });
  other.engine.warm();
  const theirs = new Map(results.map((r, i) => [r, other.validate(messages[i]!, { rules: {} })]));
  variants.unshift(['base', (r) => other.retour(theirs.get(r)!)]);
  for (const r of results) if (other.retour(theirs.get(r)!, stamp)?.xml !== core.retour(r, stamp)?.xml) throw new Error('the retours differ');
}

const times: Record<string, number[]> = {};
const time = (k: string, fn: () => void): void => {
  const t = performance.now();
  fn();
  (times[k] ??= []).push(((performance.now() - t) * 1000) / N);
};
for (let r = 0; r < ROUNDS; r++) {
  for (const [label, retour] of variants) time(`retour, ${label}`, () => { for (const x of results) if (!retour(x)?.xml) throw new Error('no retour'); });
  const built = results.map((x) => buildRetour({ heenKind: x.kind as HeenKind, heen: x.message!, issues: x.issues }, model, stamp));
  time('  echo (buildRetour)', () => { for (const x of results) buildRetour({ heenKind: x.kind as HeenKind, heen: x.message!, issues: x.issues }, model, stamp); });
  const xmls: string[] = [];
  time('  serialise', () => { for (const b of built) xmls.push(serialise(model, b.kind, b.retour).xml); });
  time('  write (serialise + validate)', () => { for (const b of built) core.write(b.kind, b.retour, '2.2'); });
}
const stat = (xs: number[], q: number): number => xs[Math.floor((xs.length - 1) * q)]!;
for (const [k, xs] of Object.entries(times)) {
  xs.sort((a, b) => a - b);
  process.stdout.write(`${k.padEnd(32)} min ${xs[0]!.toFixed(0).padStart(5)}  p25 ${stat(xs, 0.25).toFixed(0).padStart(5)}  median ${stat(xs, 0.5).toFixed(0).padStart(5)} µs\n`);
}
const w = times['  write (serialise + validate)']!;
const s = times['  serialise']!;
process.stdout.write(`${'  validate output (write − serialise)'.padEnd(32)} min ${(w[0]! - s[0]!).toFixed(0).padStart(5)}  p25 ${(stat(w, 0.25) - stat(s, 0.25)).toFixed(0).padStart(5)}  median ${(stat(w, 0.5) - stat(s, 0.5)).toFixed(0).padStart(5)} µs\n`);
core.dispose();
