import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (the one with the iwlz-bridge package.json), from src/ or dist/src/. */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'iwlz-bridge') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('iwlz-bridge package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}
