import type { ComplexTypeDef, ElementDecl, MessageSchemaInfo, SchemaModel, SimpleTypeDef, TypeDef } from './model.js';
import { typeKey } from './model.js';
import { type XsdNode, attr, child, list, parseXsd } from './xsd-parse.js';
import { readAppInfo, targetNamespace } from './appinfo.js';

const XS = 'http://www.w3.org/2001/XMLSchema';

interface SchemaDoc {
  file: string;
  tns: string;
  prefixes: Map<string, string>;
  root: XsdNode;
}

function load(file: string, text: string): SchemaDoc {
  const root = parseXsd(text);
  const tns = targetNamespace(root);
  if (!tns) throw new Error(`${file}: schema has no targetNamespace`);
  const prefixes = new Map<string, string>();
  for (const [k, v] of Object.entries(root)) {
    if (k.startsWith('@xmlns:') && typeof v === 'string') prefixes.set(k.slice(7), v);
  }
  return { file, tns, prefixes, root };
}

function resolveQName(doc: SchemaDoc, qname: string): string {
  const i = qname.indexOf(':');
  const prefix = i < 0 ? '' : qname.slice(0, i);
  const local = i < 0 ? qname : qname.slice(i + 1);
  const ns = prefix ? doc.prefixes.get(prefix) : doc.prefixes.get('') ?? doc.tns;
  if (ns === XS) return `xs:${local}`;
  if (!ns) throw new Error(`${doc.file}: unknown prefix in ${qname}`);
  return typeKey(ns, local);
}

function occurs(v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  return v === 'unbounded' ? -1 : Number(v);
}

function documentation(node: XsdNode): string | undefined {
  const d = list(child(node, 'xs:annotation'), 'xs:documentation')[0];
  if (typeof d === 'string') return d;
  const text = d?.['#text'];
  return typeof text === 'string' ? text : undefined;
}

class Compiler {
  readonly types: Record<string, TypeDef> = {};

  complex(doc: SchemaDoc, node: XsdNode, key: string): void {
    const seq = child(node, 'xs:sequence');
    const children: ElementDecl[] = list(seq, 'xs:element').map((el) => this.element(doc, el, key));
    const def: ComplexTypeDef = { kind: 'complex', children };
    this.types[key] = def;
  }

  element(doc: SchemaDoc, el: XsdNode, ownerKey: string): ElementDecl {
    const name = attr(el, 'name');
    if (!name) throw new Error(`${doc.file}: element without name in ${ownerKey}`);
    const typeAttr = attr(el, 'type');
    let type: string;
    if (typeAttr) type = resolveQName(doc, typeAttr);
    else {
      type = `${ownerKey}.${name}`;
      const ct = child(el, 'xs:complexType');
      const st = child(el, 'xs:simpleType');
      if (ct) this.complex(doc, ct, type);
      else if (st) this.simple(doc, st, type);
      else type = 'xs:anyType';
    }
    // elementFormDefault="qualified": a local element is in the namespace of its schema document.
    return { name, ns: doc.tns, min: occurs(attr(el, 'minOccurs'), 1), max: occurs(attr(el, 'maxOccurs'), 1), type };
  }

  simple(doc: SchemaDoc, node: XsdNode, key: string): void {
    const r = child(node, 'xs:restriction');
    const base = r ? resolveQName(doc, attr(r, 'base') ?? 'xs:string') : 'xs:string';
    const def: SimpleTypeDef = { kind: 'simple', builtin: '', base };
    const enums = list(r, 'xs:enumeration');
    if (enums.length) {
      def.enumerations = enums.map((e) => attr(e, 'value') ?? '');
      const labels: Record<string, string> = {};
      for (const e of enums) {
        const d = documentation(e);
        if (d) labels[attr(e, 'value') ?? ''] = d;
      }
      if (Object.keys(labels).length) def.labels = labels;
    }
    const patterns = list(r, 'xs:pattern').map((p) => attr(p, 'value') ?? '');
    if (patterns.length) def.patterns = patterns;
    const num = (k: string): number | undefined => {
      const v = attr(child(r, k), 'value');
      return v === undefined ? undefined : Number(v);
    };
    const minLength = num('xs:minLength');
    const maxLength = num('xs:maxLength');
    if (minLength !== undefined) def.minLength = minLength;
    if (maxLength !== undefined) def.maxLength = maxLength;
    const minInc = attr(child(r, 'xs:minInclusive'), 'value');
    const maxInc = attr(child(r, 'xs:maxInclusive'), 'value');
    if (minInc !== undefined) def.minInclusive = minInc;
    if (maxInc !== undefined) def.maxInclusive = maxInc;
    this.types[key] = def;
  }

  named(doc: SchemaDoc): void {
    for (const ct of list(doc.root, 'xs:complexType')) this.complex(doc, ct, typeKey(doc.tns, attr(ct, 'name') ?? ''));
    for (const st of list(doc.root, 'xs:simpleType')) this.simple(doc, st, typeKey(doc.tns, attr(st, 'name') ?? ''));
  }

  /** Fills in the built-in at the root of each simple type's restriction chain. */
  resolveBuiltins(): void {
    const find = (key: string, depth: number): string => {
      if (key.startsWith('xs:')) return key.slice(3);
      const t = this.types[key];
      if (!t || t.kind !== 'simple' || depth > 20) throw new Error(`simple type ${key} not found`);
      return find(t.base, depth + 1);
    };
    for (const t of Object.values(this.types)) if (t.kind === 'simple') t.builtin = find(t.base, 0);
  }
}

export interface PackFile {
  name: string;
  text: string;
}

/**
 * Compiles the schema model of one release from its XSD files: one basisschema (a schema whose
 * appinfo names no bericht) and any number of message schemas (appinfo `bericht`).
 */
export function compileModel(files: PackFile[]): SchemaModel {
  const docs = files.map((f) => ({ f, doc: load(f.name, f.text) }));
  const compiler = new Compiler();
  const messages: Record<string, MessageSchemaInfo> = {};
  let release: string | undefined;
  let basis: SchemaDoc | undefined;
  for (const { f, doc } of docs) {
    const info = readAppInfo(doc.root);
    compiler.named(doc);
    const root = list(doc.root, 'xs:element').find((e) => attr(e, 'name') === 'Bericht');
    if (!root) {
      basis = doc;
      continue;
    }
    const kind = (info.bericht ?? f.name.replace(/\.xsd$/i, '')).toUpperCase();
    if (info.release) {
      if (release && release !== info.release) throw new Error(`${f.name}: release ${info.release} differs from ${release}`);
      release = info.release;
    }
    const rootDecl = compiler.element(doc, root, typeKey(doc.tns, '#root'));
    const entry: MessageSchemaInfo = { kind, namespace: doc.tns, file: f.name, rootType: rootDecl.type };
    for (const k of ['berichtXsdVersie', 'berichtXsdMinVersie', 'berichtXsdMaxVersie', 'basisschemaXsdVersie', 'basisschemaXsdMinVersie', 'basisschemaXsdMaxVersie'] as const) {
      const v = info[k];
      if (v !== undefined) entry[k] = v;
    }
    messages[kind] = entry;
  }
  if (!basis) throw new Error('the pack has no basisschema (a schema without a Bericht element)');
  if (!release) throw new Error('no message schema names its release in xs:appinfo');
  if (Object.keys(messages).length === 0) throw new Error('the pack has no message schemas');
  compiler.resolveBuiltins();
  return { release, basisNamespace: basis.tns, basisFile: basis.file, messages, types: compiler.types };
}
