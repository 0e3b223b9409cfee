/**
 * The golden runner: every fixture folder is validated, and what it says is checked against its
 * expected.json; every valid one is read and written back to the same information content.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../src/core/message-core.js';
import { HEEN_KINDS } from '../src/messages/catalog.js';
import { xmlEvents } from './helpers/events.js';
import { fixtureCases } from './helpers/fixtures.js';
import { XSD_DIR } from './helpers/paths.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());
const cases = fixtureCases();

describe('fixture set', () => {
  it('has at least 5 valid and 3 XSD-invalid cases for every heen kind', () => {
    for (const kind of HEEN_KINDS) {
      const of = cases.filter((c) => c.kind === kind);
      expect(of.filter((c) => c.expected.xsdValid).length, kind).toBeGreaterThanOrEqual(5);
      expect(of.filter((c) => !c.expected.xsdValid).length, kind).toBeGreaterThanOrEqual(3);
    }
  });
});

describe.each(cases.map((c) => [`${c.kind}/${c.name}`, c] as const))('%s', (_label, c) => {
  const bytes = fs.readFileSync(c.input);

  it('validates as expected, with the errors xmllint reports', () => {
    const r = core.validate(bytes, { file: c.input, read: true });
    expect(r.kind).toBe(c.expected.kind);
    expect(r.release).toBe('2.2');
    expect(r.valid, JSON.stringify(r.issues, null, 1)).toBe(c.expected.xsdValid);
    if (!c.expected.xsdValid) {
      // Detection may add its own finding (a BerichtCode of another kind); the rest is the XSD's.
      const xsd = r.issues.filter((i) => i.source === 'xsd');
      for (const i of r.issues) expect(i).toMatchObject({ code: i.source === 'xsd' ? 'XSD_INVALID' : expect.stringMatching(/^DETECT_/), retourcode: '0001', file: c.input });
      const got = xsd.map((i) => ({ line: i.line, element: i.path?.split('/').pop()?.replace(/\[\d+\]$/, '') }));
      expect(got).toEqual(c.expected.errors);
    }
  });

  if (c.expected.xsdValid) {
    it('round-trips XML → model → XML to the same content, deterministically, validated', () => {
      const r = core.validate(bytes, { read: true });
      const written = core.write(r.kind!, r.message!);
      expect(written.issues).toEqual([]);
      expect(xmlEvents(written.xml)).toEqual(xmlEvents(bytes));
      expect(core.write(r.kind!, structuredClone(r.message!)).xml).toBe(written.xml);
    });
  }
});
