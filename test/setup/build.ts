/**
 * Test set-up: compiles the project so the tests that run bin/iwlz-bridge run the current code.
 * Type errors are printed but do not stop the tests: `npm run typecheck` is the check for them.
 */
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../src/config/root.js';

export default function setup(): void {
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: projectRoot(), stdio: 'inherit' });
  if (r.error) throw r.error;
}
