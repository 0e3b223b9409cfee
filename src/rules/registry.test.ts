import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/helpers/paths.js';
import { HEEN_KINDS } from '../messages/catalog.js';
import { RULES } from './registry.js';
import { rulesDoc } from './rules-doc.js';
import { rulesFor } from './run.js';

describe('rule registry', () => {
  it('is documented in docs/rules.md, as generated', () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesDoc());
  });

  it('holds each rule file once, with a valid id, kinds and meaning', () => {
    const impl = path.join(ROOT, 'src', 'rules', 'impl');
    const files = fs.readdirSync(impl).filter((f) => /^(cs|cd|tr)\d{3}\.ts$/.test(f));
    expect(new Set(RULES.map((r) => r.id.toLowerCase())).size).toBe(files.length);
    for (const f of files) expect(fs.existsSync(path.join(impl, f.replace('.ts', '.test.ts'))), `${f} has a test`).toBe(true);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(CS|CD|TR)\d{3}$/);
      expect(r.kinds.length).toBeGreaterThan(0);
      for (const k of r.kinds) expect(HEEN_KINDS).toContain(k);
      expect(r.meaning.length).toBeGreaterThan(10);
    }
  });

  it('gives no kind the same rule id twice', () => {
    for (const kind of HEEN_KINDS) {
      const ids = rulesFor(kind).map((r) => r.id);
      expect(new Set(ids).size, kind).toBe(ids.length);
    }
  });
});
