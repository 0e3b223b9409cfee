import fs from 'node:fs';
import path from 'node:path';
import { XmlDocument } from 'libxml2-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, XSD_DIR } from '../../test/helpers/paths.js';
import { aw33Model } from '../../bench/aw33.js';
import { MessageCore } from '../core/message-core.js';
import type { SchemaModel } from '../schema/model.js';
import { rootElement } from '../xml/libxml-tree.js';
import type { XmlRecord } from './model-types.js';
import { compilable, readerOf } from './read-compiled.js';
import { readNode } from './read-generic.js';
import { type ReadRecords, newReadRecords, readRecordsOf } from './read-records.js';
import { readMessage } from './read.js';
import { shapeOf } from './shape.js';
import { untyped } from './typed.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());

/** Every key of every record in order, with every value and its kind: what must not change. */
function layout(v: unknown): unknown {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return { array: v.map(layout) };
  expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  return { keys: Reflect.ownKeys(v as object), values: Object.values(v as object).map(layout) };
}

/** The records list with each record as its index in a walk of the model, so both lists compare. */
function recordsLayout(message: XmlRecord, rec: ReadRecords): unknown {
  const order: unknown[] = [];
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    if (!Array.isArray(v)) order.push(v);
    for (const x of Object.values(v)) walk(x);
  };
  walk(message);
  const list = [];
  for (let j = 0; j < rec.list.length; j += 3) list.push([order.indexOf(rec.list[j]), rec.list[j + 1], rec.list[j + 2]]);
  return { list, repeating: rec.repeating };
}

/** The generic read of a document (the reader the compiled ones replace) and the compiled one. */
function bothReads(doc: XmlDocument, model: SchemaModel, kind: string): [XmlRecord, ReadRecords, XmlRecord, ReadRecords] {
  const shape = shapeOf(model, model.messages[kind]!.rootType);
  const genericRecords = newReadRecords();
  const generic = readNode(rootElement(doc), shape, genericRecords, -1, 'Bericht');
  const compiled = readMessage(doc, model, kind);
  return [generic, genericRecords, compiled, readRecordsOf(compiled)!];
}

function expectSameRead(doc: XmlDocument, model: SchemaModel, kind: string, label: string): void {
  const [generic, genericRecords, compiled, compiledRecords] = bothReads(doc, model, kind);
  expect(JSON.stringify(compiled), label).toBe(JSON.stringify(generic));
  expect(layout(compiled), label).toEqual(layout(generic));
  expect(recordsLayout(compiled, compiledRecords), label).toEqual(recordsLayout(generic, genericRecords));
}

function xmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? xmlFiles(p) : e.name.endsWith('.xml') ? [p] : [];
  });
}

describe('the compiled typed read', () => {
  it('makes what the generic read makes, on every fixture that is XSD-valid', () => {
    let valid = 0;
    const kinds = new Set<string>();
    for (const file of xmlFiles(path.join(ROOT, 'fixtures'))) {
      const p = core.prepare(fs.readFileSync(file));
      if (!('doc' in p)) continue;
      try {
        if (p.issues.length || core.engine.validate(p.doc, p.detected.namespace, 1).length) continue;
        expectSameRead(p.doc, p.detected.model, p.detected.kind, path.relative(ROOT, file));
        valid++;
        kinds.add(p.detected.kind);
      } finally {
        p.doc.dispose();
      }
    }
    expect(valid).toBeGreaterThan(200);
    expect(kinds.size).toBeGreaterThan(15);
  });

  it('makes what the generic read makes, on the bench messages', () => {
    for (let i = 0; i < 40; i++) {
      const p = core.prepare(Buffer.from(core.write('AW33', untyped(aw33Model(i))).xml));
      if (!('doc' in p)) throw new Error('bench message not parsed');
      try {
        expect(core.engine.validate(p.doc, p.detected.namespace, 1)).toEqual([]);
        expectSameRead(p.doc, p.detected.model, 'AW33', `bench ${i}`);
      } finally {
        p.doc.dispose();
      }
    }
  });
});

/** A model of one message kind X whose Bericht is T; `types` adds to it. */
function modelOf(types: SchemaModel['types']): SchemaModel {
  return { release: 't', basisNamespace: 'urn:b', basisFile: 'b.xsd', messages: { X: { kind: 'X', namespace: 'urn:x', file: 'x.xsd', rootType: 'T' } }, types };
}

const el = (name: string, type: string, min = 1, max = 1, ns = 'urn:x') => ({ name, ns, min, max, type });

describe('the compiled typed read of documents outside the iWlz schemas', () => {
  const model = modelOf({
    T: { kind: 'complex', children: [el('A', 'xs:string'), el('B', 'xs:date', 0), el('R', 'R', 0, -1), el('C', 'C', 0), el('S', 'xs:token', 0, -1), el('E', 'xs:string', 0)] },
    R: { kind: 'complex', children: [el('Naam', 'xs:string'), el('Code', 'Code', 0), el('Sub', 'R', 0)] },
    Code: { kind: 'simple', builtin: 'string', base: 'xs:string' },
    // Names that are no plain identifiers, or are on Object.prototype, or repeat: read by readNode().
    C: { kind: 'complex', children: [el('Cliënt', 'xs:string', 0), el('a-b', 'xs:string', 0), el('constructor', 'xs:string', 0), el('toString', 'xs:string', 0)] },
  });
  const read = (xml: string): XmlRecord => {
    const doc = XmlDocument.fromString(xml);
    try {
      expectSameRead(doc, model, 'X', xml);
      return readMessage(doc, model, 'X');
    } finally {
      doc.dispose();
    }
  };

  it('reads leaves, repeats, nested and recursive records, white space by type', () => {
    const m = read(`<Bericht xmlns="urn:x"><A> a </A><B> 2024-01-02 </B><R><Naam>n1</Naam><Code> 01 </Code><Sub><Naam>n2</Naam></Sub></R><R><Naam>${'x'.repeat(30)}</Naam></R><S>1</S><S> 2</S><E/></Bericht>`);
    expect(m).toEqual({ A: ' a ', B: '2024-01-02', R: [{ Naam: 'n1', Code: ' 01 ', Sub: { Naam: 'n2' } }, { Naam: 'x'.repeat(30) }], S: ['1', '2'], E: '' });
    expect(Object.keys(m)).toEqual(['A', 'B', 'R', 'S', 'E']);
    const rec = readRecordsOf(m)!;
    expect(rec.list.filter((_, i) => i % 3 !== 0)).toEqual(['Bericht', -1, 'R', 0, 'Sub', 1, 'R', 0]);
    expect(rec.repeating).toEqual([0]);
  });

  it('reads texts of every length, with entities, CDATA, comments and non-ASCII characters', () => {
    for (let n = 0; n <= 30; n++) {
      const text = Array.from({ length: n }, (_, i) => String.fromCharCode(33 + ((i * 7) % 90))).join('');
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(read(`<Bericht xmlns="urn:x"><A>${escaped}</A></Bericht>`).A).toBe(text);
    }
    expect(read('<Bericht xmlns="urn:x"><A>Cliënt €</A></Bericht>').A).toBe('Cliënt €');
    expect(read('<Bericht xmlns="urn:x"><A>a<![CDATA[<b>]]><!-- c -->d</A></Bericht>').A).toBe('a<b>d');
  });

  it('finds children whatever their order, prefix or namespace, and skips unknown ones', () => {
    const m = read(`<Bericht xmlns="urn:x" xmlns:o="urn:o"><S>2</S><o:A>a</o:A><Q>skip</Q><S>1</S><Ab>no</Ab><A>last</A></Bericht>`);
    expect(m).toEqual({ S: ['2', '1'], A: 'last' });
    expect(Object.keys(m)).toEqual(['S', 'A']);
  });

  it('leaves shapes with names it cannot compile to the generic read', () => {
    const t = shapeOf(model, 'T');
    expect(compilable(t)).toBe(true);
    expect(compilable(t.byName.get('C')!.complex!)).toBe(false);
    const m = read('<Bericht xmlns="urn:x"><A>a</A><C><Cliënt>c</Cliënt><a-b>d</a-b><constructor>1</constructor><toString>t</toString></C></Bericht>');
    expect(m.C).toEqual({ Cliënt: 'c', 'a-b': 'd', constructor: '1', toString: 't' });
    expect(readerOf(t)).toBe(readerOf(t));
  });
});
