/**
 * The serialiser against the library it replaced: fast-xml-parser's XMLBuilder with the options
 * write.ts used, fed the same typed models, must give the same bytes and the same problems — on
 * every fixture message and expected retour, and on random text full of markup characters and
 * non-ASCII.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLBuilder } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../core/message-core.js';
import type { Issue } from '../issues.js';
import type { SchemaModel } from '../schema/model.js';
import { fixtureCases } from '../../test/helpers/fixtures.js';
import { XSD_DIR } from '../../test/helpers/paths.js';
import type { XmlRecord, XmlValue } from './model-types.js';
import { type Shape, shapeOf } from './shape.js';
import { BASIS_PREFIX, escapeXml, serialise } from './write.js';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false, processEntities: true });

/** The XMLBuilder-based writer write.ts had, unchanged: the reference. */
function oracle(model: SchemaModel, kind: string, message: XmlRecord): { xml: string; problems: Issue[] } {
  const problems: Issue[] = [];
  const basisNs = model.basisNamespace;
  const toBuilder = (record: XmlRecord, shape: Shape, p: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      if (record[key] !== undefined && !shape.byName.has(key)) {
        problems.push({ source: 'xsd', code: 'MODEL_UNKNOWN_ELEMENT', message: `${key} is not an element of ${p} in the schema`, path: `${p}/${key}`, retourcode: '0001' });
      }
    }
    for (const child of shape.children) {
      const value = record[child.name];
      if (value === undefined) continue;
      const tag = child.ns === basisNs ? `${BASIS_PREFIX}:${child.name}` : child.name;
      const items: XmlValue[] = Array.isArray(value) ? value : [value];
      const converted = items.map((item, i) => {
        const at = items.length > 1 ? `${p}/${child.name}[${i + 1}]` : `${p}/${child.name}`;
        if (child.complex) return toBuilder(typeof item === 'object' && !Array.isArray(item) ? item : {}, child.complex, at);
        return typeof item === 'string' ? item : String(item);
      });
      out[tag] = child.many ? converted : converted[0];
    }
    return out;
  };
  const info = model.messages[kind]!;
  const body = toBuilder(message, shapeOf(model, info.rootType), '/Bericht');
  const root = { '@_xmlns': info.namespace, [`@_xmlns:${BASIS_PREFIX}`]: basisNs, ...body };
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ Bericht: root }) as string}`, problems };
}

const core = new MessageCore({ xsdDir: XSD_DIR });
afterAll(() => core.dispose());
const model = core.model('2.2');

/** Every XSD-valid fixture message and expected retour, read as typed models. */
const messages: { label: string; kind: string; message: XmlRecord }[] = [];
for (const c of fixtureCases()) {
  for (const file of [c.input, path.join(c.dir, 'expected-retour.xml')]) {
    if (!fs.existsSync(file)) continue;
    const r = core.validate(fs.readFileSync(file), { read: true });
    if (r.message && r.kind) messages.push({ label: `${c.kind}/${c.name}/${path.basename(file)}`, kind: r.kind, message: r.message });
  }
}

/** A small seeded generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}
const PIECES = ['&', '<', '>', '"', "'", '&amp;', ']]>', 'é', 'ü', 'ß', '€', '中文', '😀', ' ', '  ', '\t', '\n', 'a', 'Z', '0', ';', '#', '\u00a0', '\u2028'];
function randomText(next: () => number): string {
  let s = '';
  const n = Math.floor(next() * 12);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)]!;
  return s;
}
function withRandomText(v: XmlValue, next: () => number): XmlValue {
  if (typeof v === 'string') return randomText(next);
  if (Array.isArray(v)) return v.map((x) => withRandomText(x, next));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === undefined ? x : withRandomText(x, next)]));
}

describe('serialise', () => {
  it('has fixture messages of many kinds to compare on', () => {
    expect(messages.length).toBeGreaterThan(300);
    expect(new Set(messages.map((m) => m.kind)).size).toBeGreaterThan(15);
  });

  it('writes every fixture message and retour byte for byte as XMLBuilder does', () => {
    for (const m of messages) expect(serialise(model, m.kind, m.message), m.label).toEqual(oracle(model, m.kind, m.message));
  });

  it('escapes random text with markup characters and non-ASCII as XMLBuilder does', () => {
    const next = random(20261125);
    for (const m of messages.filter((_, i) => i % 7 === 0)) {
      const noisy = withRandomText(m.message, next) as XmlRecord;
      expect(serialise(model, m.kind, noisy), m.label).toEqual(oracle(model, m.kind, noisy));
    }
  });

  it('agrees on odd models: empty records, lists where one is allowed, unknown and non-text fields', () => {
    const header = messages.find((m) => m.kind === 'AW33')!.message.Header as XmlRecord;
    const odd: XmlRecord[] = [
      {},
      { Header: {} },
      { Header: { ...header, BerichtCode: ['352', '353'], Extra: 'x', Leeg: undefined } },
      { Header: [header, { ...header, Onbekend: { a: '1' } }] },
      { Header: 'text where a record belongs' },
      { Header: { ...header, Afzender: { nested: 'x' } as unknown as string, Ontvanger: '' } },
      { Clienten: { Client: [] } },
    ];
    for (const m of odd) expect(serialise(model, 'AW33', m), JSON.stringify(m)).toEqual(oracle(model, 'AW33', m));
  });
});

describe('escapeXml', () => {
  it('replaces the five markup characters and nothing else', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('&amp; é 😀')).toBe('&amp;amp; é 😀');
    expect(escapeXml('plain')).toBe('plain');
  });
});
