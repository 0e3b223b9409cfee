import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config.js';
import { loadAgbList } from './lists.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-agb-'));
const write = (name: string, text: string): string => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
};

describe('loadAgbList', () => {
  it('reads codes and zorgkantoor relations, with comments, as text or JSON', () => {
    const list = loadAgbList(write('a.txt', '# contracted\n01234567\n\n5504:07301234  # VPT\n'));
    expect([...list].sort()).toEqual(['01234567', '07301234', '5504:07301234']);
    expect([...loadAgbList(write('a.json', '["01234567", "5501:01234567"]'))].sort()).toEqual(['01234567', '5501:01234567']);
  });

  it('refuses a malformed entry or a missing file, naming it', () => {
    expect(() => loadAgbList(write('b.txt', '01234567\n1234567\n'))).toThrow(/entry 2 \("1234567"\)/);
    expect(() => loadAgbList(path.join(dir, 'none.txt'))).toThrow(ConfigError);
  });
});
