import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCases } from '../../test/helpers/fixtures.js';
import { XSD_DIR } from '../../test/helpers/paths.js';
import { MessageCore } from '../core/message-core.js';
import { HEEN_KINDS, type HeenKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
import { keepReadRecords, newReadRecords, readRecordsOf } from '../messages/read-records.js';
import { runRules } from './run.js';
import { ctx } from './test-kit.js';
import { type At, descendants, kids, root } from './walk.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());

/** Everything the rules can see of a walk: paths, names, `repeats`, and each record's child lists. */
function shape(all: At[]): unknown[] {
  return all.map((at) => ({
    path: at.path,
    name: at.name,
    repeats: at.repeats === true,
    node: at.node,
    groups: (at.groups ?? []).map((list) => list.map((k) => all.indexOf(k))),
  }));
}

describe('the walk made from the typed read', () => {
  const cases = fixtureCases().filter((c) => c.expected.xsdValid);

  it('equals the walk of the same model made without the read (every valid fixture, every kind)', () => {
    expect(cases.length).toBeGreaterThan(50);
    let records = 0;
    for (const c of cases) {
      const read = core.validate(fs.readFileSync(c.input), { file: c.input, read: true }).message!;
      expect(readRecordsOf(read), c.name).toBeDefined();
      const copy = structuredClone(read); // the same model, with no records beside it
      expect(readRecordsOf(copy)).toBeUndefined();
      const fromRead = descendants(root(read));
      const walked = descendants(root(copy));
      expect(shape(fromRead), `${c.kind}/${c.name}`).toEqual(shape(walked));
      for (const at of fromRead) for (const list of at.groups ?? []) expect(kids(at, list[0]!.name!)).toBe(list);
      records += fromRead.length;
    }
    expect(records).toBeGreaterThan(1000);
  });

  it('gives runRules the same outcome as the walk of the model (every valid heen fixture, with and without an AGB list)', () => {
    const heen = cases.filter((c) => (HEEN_KINDS as readonly string[]).includes(c.kind));
    const agb = new Set(['01234567', '12345678']);
    for (const c of heen)
      for (const lists of [{}, { agb }]) {
        const read = core.validate(fs.readFileSync(c.input), { file: c.input, read: true }).message!;
        const copy = structuredClone(read);
        const kind = c.kind as HeenKind;
        expect(runRules(read, ctx(kind, lists)), `${c.kind}/${c.name}`).toEqual(runRules(copy, ctx(kind, lists)));
      }
  });

  it('falls back to walking the model when same-named sibling records are not adjacent', () => {
    const a1 = { X: '1' };
    const b = { X: '2' };
    const a2 = { X: '3' };
    const m: XmlRecord = { A: [a1, a2], B: b };
    // As a read of <A/><B/><A/> would list them: document order is not the walk's order.
    const rec = newReadRecords();
    rec.list.push(m, 'Bericht', -1, a1, 'A', 0, b, 'B', 0, a2, 'A', 0);
    keepReadRecords(m, rec);
    expect(descendants(root(m)).map((at) => at.path)).toEqual(['/Bericht', '/Bericht/A[1]', '/Bericht/A[2]', '/Bericht/B']);
  });
});
