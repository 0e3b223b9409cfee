import fs from 'node:fs';
import path from 'node:path';
import type { ValidationResult } from '../core/result.js';

/**
 * Writes retour messages as `<dir>/<input file name>.retour.xml` (`stdin.retour.xml` for -). When
 * two inputs of one run share a file name (`AW33/a/input.xml`, `AW33/b/input.xml`), the later
 * ones are named after their path instead (`AW33__b__input.retour.xml`), so no retour overwrites
 * another.
 */
export class RetourWriter {
  private readonly used = new Map<string, string>();

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  target(input: string): string {
    const base = input === '-' ? 'stdin' : path.basename(input).replace(/\.xml$/i, '');
    let name = `${base}.retour.xml`;
    const owner = this.used.get(name);
    if (owner !== undefined && owner !== input) {
      const rel = path.relative(process.cwd(), path.resolve(input)).replace(/\.xml$/i, '');
      name = `${rel.split(path.sep).filter((p) => p && p !== '..').join('__')}.retour.xml`;
    }
    this.used.set(name, input);
    return path.join(this.dir, name);
  }

  write(r: ValidationResult): void {
    if (!r.retour?.xml) return;
    const file = this.target(r.file);
    fs.writeFileSync(file, r.retour.xml);
    r.retour.file = file;
  }
}
