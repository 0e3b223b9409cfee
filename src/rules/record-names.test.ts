import { afterAll, describe, expect, it } from 'vitest';
import { XSD_DIR } from '../../test/helpers/paths.js';
import { MessageCore } from '../core/message-core.js';
import { HEEN_KINDS } from '../messages/catalog.js';
import { type Shape, shapeOf } from '../messages/shape.js';
import { CD007 } from './impl/cd007.js';
import { CS023 } from './impl/cs023.js';
import { CS050 } from './impl/cs050.js';
import { TR008 } from './impl/tr008.js';
import { TR010 } from './impl/tr010.js';
import { TR097 } from './impl/tr097.js';
import type { RecordRule } from './record-rule.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());

/** The names of the records (of any heen kind, per the installed schema) with a child named `field`. */
function holders(field: string): Set<string> {
  const model = core.model();
  const out = new Set<string>();
  const seen = new Set<Shape>();
  const walk = (shape: Shape, name: string): void => {
    if (seen.has(shape)) return;
    seen.add(shape);
    for (const c of shape.children) {
      if (c.name === field) out.add(name);
      if (c.complex) walk(c.complex, c.name);
    }
  };
  for (const kind of HEEN_KINDS) walk(shapeOf(model, model.messages[kind]!.rootType), 'Bericht');
  return out;
}

// A rule that once looked at every record for these fields now names the records: every record
// of the schema that holds one must be named, or a finding would go missing.
const FIELDS: [RecordRule, string[]][] = [
  [CS023, ['Datum', 'Mutatiedatum', 'Startdatum', 'Toewijzingsdatum']],
  [TR097, ['Datum', 'DatumGebruik']],
  [CD007, ['Vorm', 'Taal']],
  [CS050, ['Partnernaam', 'NaamGebruik']],
  [TR008, ['FunctieCode']],
  [TR010, ['Opslag']],
];

describe('record rules name the records they check', () => {
  it.each(FIELDS.map(([rule, fields]) => [rule.id, rule, fields] as const))('%s names every record with its fields', (_id, rule, fields) => {
    expect(rule.on).not.toBe('*');
    let n = 0;
    for (const field of fields)
      for (const record of holders(field)) {
        expect(rule.on, `${record} has ${field}`).toContain(record);
        n++;
      }
    expect(n).toBeGreaterThan(0);
  });
});

/** Every path (from the Bericht, of any heen kind) of a record named `name`, per the installed schema. */
function pathsOf(name: string): Set<string> {
  const model = core.model();
  const out = new Set<string>();
  const walk = (shape: Shape, path: string, depth: number): void => {
    if (depth > 12) return;
    for (const c of shape.children) {
      if (!c.complex) continue;
      if (c.name === name) out.add(`${path}/${c.name}`);
      walk(c.complex, `${path}/${c.name}`, depth + 1);
    }
  };
  for (const kind of HEEN_KINDS) walk(shapeOf(model, model.messages[kind]!.rootType), '', 0);
  return out;
}

describe('records that rules visit by name instead of walking to them', () => {
  // CD009, CD034, TR006 (Contact), CD016, CD017, CS123 (Relatie), CS012, CS014 (Stoornis), CD029,
  // TR014, TR015, TR016 (Indicatie), CS002, TR004, TR005, TR021 (Client) walked these paths.
  const client = '(/Clienten)?/Client';
  it.each([
    ['Client', new RegExp(`^${client}$`)],
    ['Indicatie', new RegExp(`^${client}(/Indicaties)?/Indicatie$`)],
    ['Contact', new RegExp(`^${client}(/Relaties/Relatie|/Contactgegevens)/Contact$`)],
    ['Relatie', new RegExp(`^${client}/Relaties/Relatie$`)],
    ['Stoornis', new RegExp(`^${client}(/Indicaties)?/Indicatie/Stoornissen/Stoornis$`)],
  ] as const)('%s is only where they walked', (name, where) => {
    const paths = [...pathsOf(name)];
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(where);
  });
});
