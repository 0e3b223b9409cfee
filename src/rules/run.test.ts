import fs from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fixtureCases } from '../../test/helpers/fixtures.js';
import { XSD_DIR } from '../../test/helpers/paths.js';
import { MessageCore } from '../core/message-core.js';
import { HEEN_KINDS, type HeenKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
import { CS023 } from './impl/cs023.js';
import { retourcodeOf } from './rule.js';
import { rulesFor, runRules } from './run.js';
import { ctx, message } from './test-kit.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());

/** A fresh typed model of a fixture each time: no walk cache is shared between the two sides. */
function read(input: string): XmlRecord | undefined {
  const r = core.validate(fs.readFileSync(input), { file: input, read: true });
  return r.valid ? r.message : undefined;
}

describe('runRules', () => {
  const cases = fixtureCases().filter((c) => c.expected.xsdValid && (HEEN_KINDS as readonly string[]).includes(c.kind));

  it('reports, in registry order, exactly what each rule finds on its own walk (every valid heen fixture)', () => {
    expect(cases.length).toBeGreaterThan(50);
    let findings = 0;
    for (const c of cases) {
      const kind = c.kind as HeenKind;
      const alone = read(c.input)!;
      const want = rulesFor(kind).flatMap((rule) =>
        rule.check(alone, ctx(kind)).map((f) => ({ rule: rule.id, path: f.path, message: f.detail ? `${rule.meaning} (${f.detail})` : rule.meaning, retourcode: retourcodeOf(rule.id) })),
      );
      const got = runRules(read(c.input)!, ctx(kind)).issues.map((i) => ({ rule: i.rule, path: i.path, message: i.message, retourcode: i.retourcode }));
      expect(got, `${c.kind}/${c.name}`).toEqual(want);
      findings += want.length;
    }
    expect(findings).toBeGreaterThan(100); // the fixtures do exercise the rules
  });

  it('says which record rule failed instead of throwing, and still reports the others', () => {
    const spy = vi.spyOn(CS023, 'visit').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      // a birth date after the Dagtekening (CS023) with a DatumGebruik it does not fit (TR097)
      const m = message({ Clienten: { Client: [{ Geboortedatum: { Datum: '2027-01-02', DatumGebruik: '1' } }] } });
      const outcome = runRules(m, ctx('AW33'));
      expect(outcome.notChecked).toContain('CS023: failed (boom); this is a bug');
      expect(outcome.issues.map((i) => i.rule)).toEqual(['TR097', 'TR097']);
    } finally {
      spy.mockRestore();
    }
  });
});
