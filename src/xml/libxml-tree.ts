/**
 * A fast read-only walk over a document libxml2 already holds, through libxml2-wasm's struct
 * accessors (its public XmlElement API wraps every node in an object, which costs more than the
 * walk itself). This module is the only place that touches libxml2-wasm internals; its test
 * pins the behaviour so an upgrade that changes them fails loudly.
 */
import type { XmlDocument } from 'libxml2-wasm';
import * as internal from 'libxml2-wasm/lib/libxml2.mjs';

interface Internals {
  XmlTreeCommonStruct: {
    type(ptr: number): number;
    name_(ptr: number): string;
    children(ptr: number): number;
    parent(ptr: number): number;
    next(ptr: number): number;
  };
  XmlNodeStruct: { line(ptr: number): number; namespace(ptr: number): number };
  XmlNsStruct: { href(ptr: number): string };
  /** A view of the module's Int32 heap: the one exported way to reach the wasm memory. */
  XmlNodeSetStruct: { nodeTable(nodeSetPtr: number, size: number): Int32Array };
  xmlNodeGetContent(ptr: number): string;
  xmlDocGetRootElement(docPtr: number): number;
}

const lib = internal as unknown as Internals;
const T = lib.XmlTreeCommonStruct;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export type NodePtr = number;

/**
 * The walk reads libxml2's node structs straight from the wasm memory (the library's own
 * accessors go through emscripten's generic getValue, which costs more than the walk). Field
 * offsets of xmlNode (32-bit wasm): type 4, name 8, children 12, next 24, content 40.
 * The memory's buffer is replaced when libxml2 grows its heap, which only happens inside calls
 * into libxml2: the views are renewed when found detached (length 0).
 */
const TYPE = 1;
const NAME = 2;
const CHILDREN = 3;
const NEXT = 6;
const CONTENT = 10;
let heap32: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
let heap8: Uint8Array<ArrayBufferLike> = new Uint8Array(0);

function renewViews(): Uint32Array<ArrayBufferLike> {
  const buffer = lib.XmlNodeSetStruct.nodeTable(0, 0).buffer;
  heap32 = new Uint32Array(buffer);
  heap8 = new Uint8Array(buffer);
  return heap32;
}

function words(): Uint32Array<ArrayBufferLike> {
  return heap32.length === 0 ? renewViews() : heap32;
}

/**
 * The root element of a document: where every walk starts. It also forgets the decoded names,
 * since name pointers are only stable while the document that owns them lives.
 */
export function rootElement(doc: XmlDocument): NodePtr {
  names.clear();
  return lib.xmlDocGetRootElement((doc as unknown as { _ptr: number })._ptr);
}

export function firstChildElement(ptr: NodePtr): NodePtr {
  const h = words();
  let c = h[(ptr >> 2) + CHILDREN]!;
  while (c !== 0 && h[(c >> 2) + TYPE] !== ELEMENT_NODE) c = h[(c >> 2) + NEXT]!;
  return c;
}

export function nextElement(ptr: NodePtr): NodePtr {
  const h = words();
  let c = h[(ptr >> 2) + NEXT]!;
  while (c !== 0 && h[(c >> 2) + TYPE] !== ELEMENT_NODE) c = h[(c >> 2) + NEXT]!;
  return c;
}

const utf8 = new TextDecoder();

/**
 * A string of `n` (at most SHORT) Latin-1 bytes at `at`, made in one allocation: concatenation
 * would make a string per character, and TextDecoder costs a call into C++ and a subarray.
 */
const SHORT = 24;
const shortString = new Function(
  'fromCharCode',
  `return function shortString(b, at, n) {
  switch (n) {
${Array.from({ length: SHORT }, (_, n) => `    case ${n + 1}: return fromCharCode(${Array.from({ length: n + 1 }, (_, i) => `b[at + ${i}]`).join(', ')});`).join('\n')}
  }
  return '';
};`,
)(String.fromCharCode) as (b: Uint8Array<ArrayBufferLike>, at: number, n: number) => string;

/** The NUL-terminated UTF-8 string at `at` in the wasm memory; short ASCII without TextDecoder. */
function cString(at: number): string {
  words();
  const b = heap8;
  let end = at;
  let high = 0;
  for (let x = b[end]!; x !== 0; x = b[++end]!) high |= x;
  if (high & 0x80 || end - at > SHORT) return utf8.decode(b.subarray(at, end));
  return shortString(b, at, end - at);
}

/**
 * libxml2 interns element names in the document's dictionary, so within one document a name
 * pointer decodes to the same string every time: keep the decoded names by pointer. Cleared at
 * each rootElement() (a freed dictionary's memory may hold other names later) and when full.
 */
const names = new Map<number, string>();

export function localName(ptr: NodePtr): string {
  const key = words()[(ptr >> 2) + NAME]!;
  let name = names.get(key);
  if (name === undefined) {
    name = knownName(key);
    if (names.size > 4096) names.clear();
    names.set(key, name);
  }
  return name;
}

/**
 * Names seen in earlier documents, by a hash of their bytes (each entry checked byte for byte):
 * every message of a kind uses the same few dozen names, so a new document's names are found
 * here instead of being decoded again. Bounded; hostile input only makes it stop learning.
 */
const seenNames = new Map<number, { bytes: Uint8Array; name: string }[]>();
let seenCount = 0;

function knownName(at: number): string {
  words();
  const b = heap8;
  let h = 0x811c9dc5;
  let end = at;
  for (let x = b[end]!; x !== 0; x = b[++end]!) h = Math.imul(h ^ x, 16777619);
  const bucket = seenNames.get(h);
  if (bucket)
    for (const k of bucket) {
      const bytes = k.bytes;
      if (bytes.length !== end - at) continue;
      let i = 0;
      while (i < bytes.length && bytes[i] === b[at + i]) i++;
      if (i === bytes.length) return k.name;
    }
  const name = cString(at);
  if (seenCount < 4096) {
    seenCount++;
    const entry = { bytes: b.slice(at, end), name };
    if (bucket) bucket.push(entry);
    else seenNames.set(h, [entry]);
  }
  return name;
}

/** The address of an element's local name (NUL-terminated UTF-8) in the wasm memory. */
export function nameAt(ptr: NodePtr): number {
  return words()[(ptr >> 2) + NAME]!;
}

/**
 * The bytes of the wasm memory, to read a name at nameAt() in place. Valid until the next call
 * into libxml2 (which may grow the memory and detach the view): take it anew after one.
 */
export function heapBytes(): Uint8Array<ArrayBufferLike> {
  words();
  return heap8;
}

/**
 * The text of an element. For the usual leaf (one text child) the text node's own content is
 * decoded without the copy xmlNodeGetContent makes; anything else (CDATA, comments, several
 * text nodes) takes libxml2's own concatenation.
 */
export function textContent(ptr: NodePtr): string {
  const h = words();
  const c = h[(ptr >> 2) + CHILDREN]!;
  if (c === 0) return '';
  const at = c >> 2;
  if (h[at + NEXT] === 0 && h[at + TYPE] === TEXT_NODE) return cString(h[at + CONTENT]!);
  return lib.xmlNodeGetContent(ptr);
}

export function namespaceUri(ptr: NodePtr): string {
  const ns = lib.XmlNodeStruct.namespace(ptr);
  return ns === 0 ? '' : lib.XmlNsStruct.href(ns);
}

export function lineOf(ptr: NodePtr): number {
  return lib.XmlNodeStruct.line(ptr);
}

/** `/Bericht/Clienten/Client[2]/Bsn`: local names, with a position where same-named siblings repeat. */
export function namedPath(ptr: NodePtr): string {
  const parts: string[] = [];
  for (let p = ptr; p !== 0 && T.type(p) === ELEMENT_NODE; p = T.parent(p)) {
    const name = T.name_(p);
    const parent = T.parent(p);
    let index = 0;
    let count = 0;
    if (parent !== 0 && T.type(parent) === ELEMENT_NODE) {
      for (let s = firstChildElement(parent); s !== 0; s = nextElement(s)) {
        if (T.name_(s) !== name) continue;
        count++;
        if (s === p) index = count;
      }
    }
    parts.push(count > 1 ? `${name}[${index}]` : name);
  }
  return `/${parts.reverse().join('/')}`;
}

const STEP_RE = /^([^[]+)(?:\[(\d+)\])?$/;

/**
 * Finds the element a libxml2 node path (xmlGetNodePath, e.g. "/ * / *[2]/iwlz:Naam" without the spaces) points at,
 * without XPath: `*` steps count all element children (default-namespace elements), prefixed
 * steps count same-named children. Returns 0 when the path does not lead to an element.
 */
export function elementAtNodePath(doc: XmlDocument, nodePath: string): NodePtr {
  const steps = nodePath.split('/').slice(1);
  let cur = rootElement(doc);
  for (let k = 1; k < steps.length && cur !== 0; k++) {
    const m = STEP_RE.exec(steps[k] ?? '');
    if (!m) return 0;
    const name = m[1]!;
    const wanted = m[2] ? Number(m[2]) : 1;
    const local = name === '*' ? undefined : name.slice(name.indexOf(':') + 1);
    let seen = 0;
    let next = 0;
    for (let c = firstChildElement(cur); c !== 0; c = nextElement(c)) {
      if (local !== undefined && localName(c) !== local) continue;
      if (++seen === wanted) {
        next = c;
        break;
      }
    }
    cur = next;
  }
  return cur;
}

/** The element at a named path (`/Bericht/Clienten/Client[2]/Bsn`), or 0. */
export function elementAtNamedPath(doc: XmlDocument, path: string): NodePtr {
  const steps = path.split('/').slice(1);
  let cur = rootElement(doc);
  if (!steps.length || localName(cur) !== steps[0]) return 0;
  for (let k = 1; k < steps.length && cur !== 0; k++) {
    const m = STEP_RE.exec(steps[k] ?? '');
    if (!m) return 0;
    const wanted = m[2] ? Number(m[2]) : 1;
    let seen = 0;
    let next = 0;
    for (let c = firstChildElement(cur); c !== 0; c = nextElement(c)) {
      if (localName(c) === m[1] && ++seen === wanted) {
        next = c;
        break;
      }
    }
    cur = next;
  }
  return cur;
}
