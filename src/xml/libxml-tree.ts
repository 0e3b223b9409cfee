/**
 * A fast read-only walk over a document libxml2 already holds, through libxml2-wasm's struct
 * accessors (its public XmlElement API wraps every node in an object, which costs more than the
 * walk itself). This module is the only place that touches libxml2-wasm internals; its test
 * pins the behaviour so an upgrade that changes them fails loudly.
 */
import type { XmlDocument, XmlNode } from 'libxml2-wasm';
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
  XmlXPathObjectStruct: { stringval(ptr: number): string };
  xmlNodeGetContent(ptr: number): string;
  xmlDocGetRootElement(docPtr: number): number;
}

const lib = internal as unknown as Internals;
const T = lib.XmlTreeCommonStruct;
export const ELEMENT_NODE = 1;

export type NodePtr = number;

/**
 * The root element of a document: where every walk starts. It also forgets the decoded names,
 * since name pointers are only stable while the document that owns them lives.
 */
export function rootElement(doc: XmlDocument): NodePtr {
  names.clear();
  return lib.xmlDocGetRootElement((doc as unknown as { _ptr: number })._ptr);
}

export function nodePtr(node: XmlNode): NodePtr {
  return (node as unknown as { _nodePtr: number })._nodePtr;
}

/** The name pointer (offset 8), read through the children accessor (offset 12) shifted by 4. */
function namePtr(ptr: NodePtr): number {
  return T.children(ptr - (12 - NAME_OFFSET));
}

export function firstChildElement(ptr: NodePtr): NodePtr {
  let c = T.children(ptr);
  while (c !== 0 && T.type(c) !== ELEMENT_NODE) c = T.next(c);
  return c;
}

export function nextElement(ptr: NodePtr): NodePtr {
  let c = T.next(ptr);
  while (c !== 0 && T.type(c) !== ELEMENT_NODE) c = T.next(c);
  return c;
}

/**
 * libxml2 interns element names in the document's dictionary, so within one document a name
 * pointer decodes to the same string every time: keep the decoded names by pointer. Cleared at
 * each rootElement() (a freed dictionary's memory may hold other names later) and when full.
 */
const names = new Map<number, string>();
const NAME_OFFSET = 8;
const getName = T.name_;

export function localName(ptr: NodePtr): string {
  const key = namePtr(ptr);
  let name = names.get(key);
  if (name === undefined) {
    name = getName(ptr);
    if (names.size > 4096) names.clear();
    names.set(key, name);
  }
  return name;
}

const TEXT_NODE = 3;
/** xmlNode.content sits at offset 40; stringval reads the C string whose pointer is at +24. */
const CONTENT_VIA_STRINGVAL = 40 - 24;
const stringAt = lib.XmlXPathObjectStruct.stringval;

/**
 * The text of an element. For the usual leaf (one text child) the text node's own content is
 * decoded without the copy xmlNodeGetContent makes; anything else (CDATA, comments, several
 * text nodes) takes libxml2's own concatenation.
 */
export function textContent(ptr: NodePtr): string {
  const c = T.children(ptr);
  if (c !== 0 && T.next(c) === 0 && T.type(c) === TEXT_NODE) return stringAt(c + CONTENT_VIA_STRINGVAL);
  if (c === 0) return '';
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
