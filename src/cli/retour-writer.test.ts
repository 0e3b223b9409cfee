import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RetourWriter } from './retour-writer.js';

describe('RetourWriter', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retour-writer-'));

  it('names a retour after its input, and after its path when two inputs share a name', () => {
    const w = new RetourWriter(dir);
    expect(w.target('fixtures/a/input.xml')).toBe(path.join(dir, 'input.retour.xml'));
    expect(w.target('fixtures/a/input.xml')).toBe(path.join(dir, 'input.retour.xml'));
    expect(w.target('fixtures/b/input.xml')).toBe(path.join(dir, 'fixtures__b__input.retour.xml'));
    expect(w.target('-')).toBe(path.join(dir, 'stdin.retour.xml'));
  });
});
