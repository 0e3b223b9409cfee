import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../test/helpers/paths.js';
import { ERRORS } from './errors.js';

describe('error catalog', () => {
  it('is documented, code for code and word for word, in docs/errors.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]!.replace(/\\\|/g, '|')]);
    expect(rows).toEqual(Object.entries(ERRORS));
  });

  it('is used: every code appears somewhere in src/ besides the catalog', () => {
    const src = path.join(ROOT, 'src');
    const text = (fs.readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'errors.ts')
      .map((f) => fs.readFileSync(path.join(src, f), 'utf8'))
      .join('\n');
    for (const code of Object.keys(ERRORS)) expect(text, code).toContain(`'${code}'`);
  });
});
