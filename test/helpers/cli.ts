import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { run } from '../../src/cli/program.js';
import { ROOT } from './paths.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in process with captured output (fast; for most command tests). */
export async function cli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  await run(args, { out: (l) => out.push(l), err: (l) => err.push(l), exit: (c) => (code = c) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs the real bin/iwlz-bridge in a child process, as a user would. */
export function binary(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'iwlz-bridge'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
