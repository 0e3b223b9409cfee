/**
 * Compiled typed readers: per shape, a function (made once, with new Function) that reads a
 * record of that shape from a validated document, the same record readNode() makes (same keys in
 * the same order, same values, same ReadRecords entries), faster:
 * - every property is stored by a store of its own (`out.Bsn = v`), whose inline cache sees a
 *   few hidden classes, where readNode's one `out[key] = v` for every key of every record sees
 *   them all (megamorphic: each added property a call into the runtime);
 * - a child is found by comparing its name's bytes in libxml2's memory with the names the shape
 *   expects next (a valid document has them in schema order), without decoding or hashing it.
 * Only names that are plain identifiers, unique in their shape and not on Object.prototype are
 * compiled; a shape with any other name is read by readNode(). The code is made from the
 * installed schema's element names only: nothing of a document reaches it.
 */
import { firstChildElement, heapBytes, nameAt, nextElement, type NodePtr, textContent } from '../xml/libxml-tree.js';
import type { XmlRecord } from './model-types.js';
import { hasEdgeSpace, readNode } from './read-generic.js';
import type { ReadRecords } from './read-records.js';
import type { Shape } from './shape.js';

export type Reader = (ptr: NodePtr, rec: ReadRecords, parent: number, name: string) => XmlRecord;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const readers = new WeakMap<Shape, Reader>();
const utf8 = new TextEncoder();

/** The reader of records of a shape (compiled with every shape below it at first use). */
export function readerOf(shape: Shape): Reader {
  let reader = readers.get(shape);
  if (!reader) {
    compile(shape);
    reader = readers.get(shape)!;
  }
  return reader;
}

/** Whether a shape's reader can be compiled: see the module comment. */
export function compilable(shape: Shape): boolean {
  const seen = new Set<string>();
  for (const c of shape.children) {
    if (!IDENTIFIER.test(c.name) || c.name in Object.prototype || seen.has(c.name)) return false;
    seen.add(c.name);
  }
  return true;
}

/**
 * The test that the name at address `a` of the bytes `b` is `name`: its UTF-8 bytes with the
 * NUL that ends libxml2's copy, each compared with a constant.
 */
function nameTest(name: string): string {
  return [...utf8.encode(name), 0].map((x, i) => `b[a + ${i}] === ${x}`).join(' && ');
}

function compile(root: Shape): void {
  // The shapes below root without a reader yet, each numbered; those with one are called as they are.
  const shapes: Shape[] = [];
  const index = new Map<Shape, number>();
  const external: Reader[] = [];
  const externalIndex = new Map<Shape, number>();
  const visit = (s: Shape): void => {
    if (index.has(s) || externalIndex.has(s)) return;
    const made = readers.get(s);
    if (made) {
      externalIndex.set(s, external.length);
      external.push(made);
      return;
    }
    index.set(s, shapes.length);
    shapes.push(s);
    for (const c of s.children) if (c.complex) visit(c.complex);
  };
  visit(root);
  const call = (s: Shape): string => (index.has(s) ? `r${index.get(s)}` : `external[${externalIndex.get(s)}]`);
  const parts: string[] = ['"use strict";'];
  shapes.forEach((s, j) => {
    if (!compilable(s)) {
      parts.push(`function r${j}(ptr, rec, parent, name) { return readNode(ptr, shapes[${j}], rec, parent, name); }`);
      return;
    }
    const cases = s.children.map((c, i) => {
      const value = c.complex
        ? `const v = ${call(c.complex)}(c, rec, self, ${JSON.stringify(c.name)});`
        : c.collapse
          ? 'let v = textContent(c); if (hasEdgeSpace(v)) v = v.trim();'
          : 'const v = textContent(c);';
      const store = c.many
        ? `const l = out.${c.name}; if (l === undefined) out.${c.name} = [v]; else { l.push(v); repeats = true; }`
        : `out.${c.name} = v;`;
      return `      case ${i}: { ${value} ${store} break; }`;
    });
    const tests = s.children.map((c) => nameTest(c.name));
    // The child named at `a`, looked for from the one found last (`k`): a valid document has
    // them in schema order. -1 when the shape has no such child.
    parts.push(`function m${j}(b, a, k) {
  switch (k) {
${tests.map((t, i) => `    case ${i}: if (${t}) return ${i};`).join('\n')}
  }
${tests.map((t, i) => `  if (${i} < k && ${t}) return ${i};`).join('\n')}
  return -1;
}
function r${j}(ptr, rec, parent, name) {
  const out = {};
  const list = rec.list;
  const self = list.length / 3;
  list.push(out, name, parent);
  let repeats = false;
  let k = 0;
  for (let c = firstChildElement(ptr); c !== 0; c = nextElement(c)) {
    const i = m${j}(heapBytes(), nameAt(c), k);
    if (i < 0) continue;
    k = i;
    switch (i) {
${cases.join('\n')}
    }
  }
  if (repeats) rec.repeating.push(self);
  return out;
}`);
  });
  parts.push(`return [${shapes.map((_, j) => `r${j}`).join(', ')}];`);
  const make = new Function(
    'shapes',
    'external',
    'readNode',
    'firstChildElement',
    'nextElement',
    'nameAt',
    'heapBytes',
    'textContent',
    'hasEdgeSpace',
    parts.join('\n'),
  ) as (...args: unknown[]) => Reader[];
  const made = make(shapes, external, readNode, firstChildElement, nextElement, nameAt, heapBytes, textContent, hasEdgeSpace);
  shapes.forEach((s, j) => readers.set(s, made[j]!));
}
