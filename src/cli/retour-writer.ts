import fs from 'node:fs';
import path from 'node:path';
import type { ValidationResult } from '../core/result.js';

/** Writes retour messages as `<dir>/<input file name>.retour.xml` (`stdin.retour.xml` for -). */
export class RetourWriter {
  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  target(input: string): string {
    const base = input === '-' ? 'stdin' : path.basename(input).replace(/\.xml$/i, '');
    return path.join(this.dir, `${base}.retour.xml`);
  }

  write(r: ValidationResult): void {
    if (!r.retour?.xml) return;
    const file = this.target(r.file);
    fs.writeFileSync(file, r.retour.xml);
    r.retour.file = file;
  }
}
