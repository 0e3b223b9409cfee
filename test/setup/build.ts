/** Test set-up: compiles the project so the tests that run bin/iwlz-bridge run the current code. */
import { execFileSync } from 'node:child_process';
import { projectRoot } from '../../src/config/root.js';

export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: projectRoot(), stdio: 'inherit' });
}
