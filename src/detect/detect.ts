import type { XmlDocument } from 'libxml2-wasm';
import type { Issue } from '../issues.js';
import { RETOURCODE_TECHNICAL } from '../issues.js';
import { isMessageKind, kindInfo, type MessageKind, parseNamespace } from '../messages/catalog.js';
import { compareVersions } from '../schema/appinfo.js';
import type { MessageSchemaInfo, SchemaModel } from '../schema/model.js';
import { firstChildElement, localName, namespaceUri, nextElement, type NodePtr, rootElement, textContent } from '../xml/libxml-tree.js';

export interface Detected {
  kind: MessageKind;
  release: string;
  namespace: string;
  schema: MessageSchemaInfo;
  model: SchemaModel;
  header: HeaderFacts;
}

export interface HeaderFacts {
  berichtCode?: string;
  berichtVersie?: string;
  berichtSubversie?: string;
  berichtXsdVersie?: string;
  basisschemaXsdVersie?: string;
}

export type DetectResult = { detected: Detected; issues: Issue[] } | { detected?: undefined; issues: Issue[] };

function issue(code: Issue['code'], message: string, path?: string): Issue {
  const i: Issue = { source: 'detect', code, message, retourcode: RETOURCODE_TECHNICAL };
  if (path) i.path = path;
  return i;
}

function child(ptr: NodePtr, name: string): NodePtr {
  for (let c = firstChildElement(ptr); c !== 0; c = nextElement(c)) if (localName(c) === name) return c;
  return 0;
}

function readHeader(root: NodePtr): HeaderFacts {
  const header = child(root, 'Header');
  if (!header) return {};
  const text = (p: NodePtr): string | undefined => (p ? textContent(p).trim() : undefined);
  const xsd = child(header, 'XsdVersie');
  const facts: HeaderFacts = {};
  const set = (k: keyof HeaderFacts, v: string | undefined): void => {
    if (v !== undefined) facts[k] = v;
  };
  set('berichtCode', text(child(header, 'BerichtCode')));
  set('berichtVersie', text(child(header, 'BerichtVersie')));
  set('berichtSubversie', text(child(header, 'BerichtSubversie')));
  if (xsd) {
    set('berichtXsdVersie', text(child(xsd, 'BerichtXsdVersie')));
    set('basisschemaXsdVersie', text(child(xsd, 'BasisschemaXsdVersie')));
  }
  return facts;
}

function supported(models: ReadonlyMap<string, SchemaModel>): string {
  return [...models.values()].map((m) => `iWlz ${m.release} (${Object.keys(m.messages).sort().join(', ')})`).join('; ');
}

const verdicts = new Map<string, boolean>();

/** Whether a version lies outside min–max; remembered, since every message repeats the same few. */
function outside(v: string | undefined, min: string | undefined, max: string | undefined): boolean {
  if (v === undefined) return false;
  const key = `${v}|${min}|${max}`;
  let out = verdicts.get(key);
  if (out === undefined) {
    // a malformed version is the XSD pattern's to report
    out = /^\d+\.\d+\.\d+$/.test(v) && ((min !== undefined && compareVersions(v, min) < 0) || (max !== undefined && compareVersions(v, max) > 0));
    if (verdicts.size > 1000) verdicts.clear();
    verdicts.set(key, out);
  }
  return out;
}

/**
 * Tells kind and release from the root namespace, then checks what the XSD cannot: that the
 * header's BerichtCode belongs to that kind and that XsdVersie lies within the schema's appinfo
 * Min/Max. `models` is keyed by release.
 */
export function detect(doc: XmlDocument, models: ReadonlyMap<string, SchemaModel>): DetectResult {
  const root = rootElement(doc);
  const ns = namespaceUri(root);
  const name = localName(root);
  const parsed = parseNamespace(ns);
  if (name !== 'Bericht' || !parsed) {
    return { issues: [issue('DETECT_NOT_IWLZ', `root element {${ns}}${name} is not an iWlz Bericht; supported: ${supported(models)}`, `/${name}`)] };
  }
  const model = models.get(parsed.release);
  if (!model) {
    return { issues: [issue('DETECT_UNSUPPORTED_RELEASE', `namespace ${ns} is iWlz release ${parsed.release}, which is not installed; supported: ${supported(models)}`, '/Bericht')] };
  }
  const schema = model.messages[parsed.kind];
  if (!schema || !isMessageKind(parsed.kind)) {
    return { issues: [issue('DETECT_UNKNOWN_KIND', `release ${parsed.release} has no message ${parsed.kind}; supported: ${supported(models)}`, '/Bericht')] };
  }
  const kind = parsed.kind;
  const header = readHeader(root);
  const issues: Issue[] = [];
  const expected = kindInfo(kind).berichtCode;
  if (header.berichtCode !== undefined && header.berichtCode !== expected) {
    issues.push(issue('DETECT_BERICHTCODE_MISMATCH', `BerichtCode ${header.berichtCode} does not belong to ${kind} (expected ${expected})`, '/Bericht/Header/BerichtCode'));
  }
  if (outside(header.berichtXsdVersie, schema.berichtXsdMinVersie, schema.berichtXsdMaxVersie)) {
    issues.push(issue('DETECT_VERSION_MISMATCH', `BerichtXsdVersie ${header.berichtXsdVersie} is outside ${schema.berichtXsdMinVersie}–${schema.berichtXsdMaxVersie} of the installed ${kind} schema`, '/Bericht/Header/XsdVersie/BerichtXsdVersie'));
  }
  if (outside(header.basisschemaXsdVersie, schema.basisschemaXsdMinVersie, schema.basisschemaXsdMaxVersie)) {
    issues.push(issue('DETECT_VERSION_MISMATCH', `BasisschemaXsdVersie ${header.basisschemaXsdVersie} is outside ${schema.basisschemaXsdMinVersie}–${schema.basisschemaXsdMaxVersie} of the installed basisschema`, '/Bericht/Header/XsdVersie/BasisschemaXsdVersie'));
  }
  return { detected: { kind, release: parsed.release, namespace: ns, schema, model, header }, issues };
}
