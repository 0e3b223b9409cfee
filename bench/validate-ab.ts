/**
 * Development tool: the bench's three validate rows (XSD only, + typed read, + rules) per AW33 for
 * one build, as wall µs per message (median of 15 rounds of 300 messages), with the read and the
 * rules as differences — GC included where it falls. Run it for two builds in alternating
 * processes to compare them on a busy machine:
 *
 *   npm run build && node dist/bench/validate-ab.js /tmp/before/dist
 *   node dist/bench/validate-ab.js            (this build)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/config.js';
import type { MessageCore, ValidateOptions } from '../src/core/message-core.js';
import type { untyped as Untyped } from '../src/messages/typed.js';
import type { aw33Model as Aw33Model } from './aw33.js';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = path.resolve(process.argv[2] ?? here);
const { MessageCore: Core } = (await import(path.join(build, 'src/core/message-core.js'))) as { MessageCore: typeof MessageCore };
const { untyped } = (await import(path.join(build, 'src/messages/typed.js'))) as { untyped: typeof Untyped };
const { aw33Model } = (await import(path.join(build, 'bench/aw33.js'))) as { aw33Model: typeof Aw33Model };

const core = new Core({ xsdDir: loadConfig().xsdDir });
const messages = Array.from({ length: 300 }, (_, i) => Buffer.from(core.write('AW33', untyped(aw33Model(i))).xml));
const steps: [string, ValidateOptions][] = [
  ['xsd', {}],
  ['read', { read: true }],
  ['rules', { rules: {} }],
];
const us = new Map<string, number[]>(steps.map(([k]) => [k, []]));
for (let round = 0; round < 15; round++)
  for (const [k, opts] of steps) {
    const t = performance.now();
    for (const m of messages) core.validate(m, opts);
    us.get(k)!.push(((performance.now() - t) * 1000) / messages.length);
  }
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const [xsd, read, rules] = steps.map(([k]) => median(us.get(k)!)) as [number, number, number];
const f = (n: number): string => n.toFixed(0).padStart(4);
process.stdout.write(`${build.padEnd(30)} xsd ${f(xsd)}  read ${f(read - xsd)}  rules ${f(rules - read)}  read+rules ${f(rules - xsd)} µs = ${(((rules - xsd) / xsd) * 100).toFixed(0)} % on top of XSD\n`);
core.dispose();
