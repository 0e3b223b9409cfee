/**
 * The golden runner: every fixture folder is validated and checked against its expected.json —
 * XSD verdict (for invalid cases exactly the errors xmllint reports), business-rule findings
 * (exactly the official validation's `{rule, path}` set, recorded by scripts/rules-oracle.ts),
 * the retour message (expected-retour.xml, written with a fixed clock and id), and for valid
 * messages the round trip XML → model → XML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../src/core/message-core.js';
import { HEEN_KINDS } from '../src/messages/catalog.js';
import { xmlEvents } from './helpers/events.js';
import { fixtureCases } from './helpers/fixtures.js';
import { XSD_DIR } from './helpers/paths.js';
import { FIXED_STAMP } from './helpers/stamp.js';

const core = new MessageCore({ xsdDir: XSD_DIR, stamp: FIXED_STAMP });
afterAll(() => core.dispose());
const cases = fixtureCases();
const isHeen = (k: string): boolean => (HEEN_KINDS as readonly string[]).includes(k);

describe('fixture set', () => {
  it('has at least 5 valid and 3 XSD-invalid cases for every heen kind', () => {
    for (const kind of HEEN_KINDS) {
      const of = cases.filter((c) => c.kind === kind);
      expect(of.filter((c) => c.name.startsWith('valid__')).length, kind).toBeGreaterThanOrEqual(5);
      expect(of.filter((c) => !c.expected.xsdValid).length, kind).toBeGreaterThanOrEqual(3);
    }
  });
});

describe.each(cases.map((c) => [`${c.kind}/${c.name}`, c] as const))('%s', (_label, c) => {
  const bytes = fs.readFileSync(c.input);

  it('validates against the XSD as expected, with the errors xmllint reports', () => {
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

  if (c.expected.xsdValid && isHeen(c.kind)) {
    it('raises exactly the business-rule findings of the official validation', () => {
      const r = core.validate(bytes, { file: c.input, rules: {} });
      const got = r.issues.filter((i) => i.source === 'rule').map((i) => `${i.rule} ${i.path}`).sort();
      const want = (c.expected.rules ?? []).map((x) => `${x.rule} ${x.path}`).sort();
      // The official validation reports a few findings at no element (path ''): the bridge must
      // report the same rule, at the element its rule file documents.
      for (const w of want.filter((x) => x.endsWith(' '))) {
        const at = got.findIndex((g) => g.startsWith(w) && !want.includes(g));
        if (at >= 0) got[at] = w;
      }
      expect(got.sort()).toEqual(want);
      for (const i of r.issues) expect(i.retourcode).toBe(`${{ TR: '9', CD: 'D', CS: 'S' }[i.rule!.slice(0, 2)]}${i.rule!.slice(2)}`);
    });
  }

  if (isHeen(c.kind)) {
    const golden = path.join(c.dir, 'expected-retour.xml');
    it('answers with the expected retour message, XSD-valid', () => {
      const r = core.validate(bytes, { file: c.input, rules: {}, retour: true });
      expect(r.retour, 'a heen message always gets a retour').toBeDefined();
      if (!fs.existsSync(golden)) {
        // no golden: only a message whose Header breaks the XSD may go without retour XML
        expect(r.retour!.issues.map((i) => i.code)).toEqual(['RETOUR_NOT_POSSIBLE']);
        return;
      }
      expect(r.retour!.issues).toEqual([]);
      expect(r.retour!.xml).toBe(fs.readFileSync(golden, 'utf8'));
    });
  }

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
