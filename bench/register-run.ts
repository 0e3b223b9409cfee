/**
 * The register benchmark alone (bench/register.ts), e.g. for profiling:
 * `npm run build && node --cpu-prof --cpu-prof-dir=bench/out/prof dist/bench/register-run.js`.
 * Writes bench/out/register.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/root.js';
import { benchRegister } from './register.js';

const result = await benchRegister((s) => void process.stdout.write(`${s}\n`));
const out = path.join(projectRoot(), 'bench', 'out');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'register.json'), JSON.stringify({ when: new Date().toISOString(), node: process.version, ...result }, null, 2));
