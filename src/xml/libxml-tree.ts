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
  xmlNodeGetContent(ptr: number): string;
  xmlDocGetRootElement(docPtr: number): number;
}

const lib = internal as unknown as Internals;
const T = lib.XmlTreeCommonStruct;
export const ELEMENT_NODE = 1;

export type NodePtr = number;

export function rootElement(doc: XmlDocument): NodePtr {
  return lib.xmlDocGetRootElement((doc as unknown as { _ptr: number })._ptr);
}

export function nodePtr(node: XmlNode): NodePtr {
  return (node as unknown as { _nodePtr: number })._nodePtr;
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

export const localName: (ptr: NodePtr) => string = T.name_;
export const textContent: (ptr: NodePtr) => string = lib.xmlNodeGetContent;

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
