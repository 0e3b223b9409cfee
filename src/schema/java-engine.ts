import path from 'node:path';
import type { XmlDocument } from 'libxml2-wasm';
import xsdValidator from 'xsd-schema-validator';
import type { Issue } from '../issues.js';
import { RETOURCODE_TECHNICAL } from '../issues.js';
import { firstChildElement, lineOf, namedPath, nextElement, type NodePtr, rootElement } from '../xml/libxml-tree.js';
import type { InstalledPack } from './pack-store.js';

/**
 * The reference engine: Xerces through xsd-schema-validator, one JVM per call. Independent of
 * libxml2, so the tests can check the two agree; far too slow for the hot path. It reads the
 * schemas from the installed pack on disk, where the pack installer wrote the lower-case
 * `basisschema.xsd` alias that Xerces needs on a case-sensitive file system.
 */
export class JavaXsdEngine {
  private readonly schemaPaths = new Map<string, string>();

  constructor(packs: InstalledPack[]) {
    for (const pack of packs) {
      for (const m of Object.values(pack.model.messages)) this.schemaPaths.set(m.namespace, path.join(pack.dir, m.file));
    }
  }

  async validate(bytes: Uint8Array, namespace: string, doc?: XmlDocument, max = 100): Promise<Issue[]> {
    const schema = this.schemaPaths.get(namespace);
    if (!schema) throw new Error(`no schema for namespace ${namespace}`);
    let messages: string[];
    try {
      const r = await xsdValidator.validateXML(Buffer.from(bytes), schema);
      if (r.valid) return [];
      messages = r.messages;
    } catch (e) {
      const err = e as Error & { messages?: string[]; valid?: boolean };
      if (err.valid !== false || !err.messages) {
        return [{ source: 'xsd', code: 'XSD_ENGINE_FAILED', message: `java engine: ${err.message}`, retourcode: RETOURCODE_TECHNICAL }];
      }
      messages = err.messages;
    }
    const errors = messages.filter((m) => m.startsWith('[error]') || m.startsWith('[fatal]'));
    return (errors.length ? errors : messages).slice(0, max).map((m) => toIssue(m, doc));
  }
}

const LOC_RE = /\((\d+):(\d+)\)\s*$/;

function toIssue(raw: string, doc: XmlDocument | undefined): Issue {
  const m = LOC_RE.exec(raw);
  const message = raw.replace(/^\[\w+\]\s*/, '').replace(LOC_RE, '').trim();
  const issue: Issue = { source: 'xsd', code: 'XSD_INVALID', message, retourcode: RETOURCODE_TECHNICAL };
  if (m) {
    issue.line = Number(m[1]);
    issue.column = Number(m[2]);
    if (doc) {
      const el = elementAtLine(rootElement(doc), issue.line);
      if (el) issue.path = namedPath(el);
    }
  }
  return issue;
}

/** The last element that starts on or before the line (Xerces reports where a tag ends). */
function elementAtLine(root: NodePtr, line: number): NodePtr {
  let best = 0;
  const visit = (p: NodePtr): void => {
    for (let c = p; c !== 0; c = nextElement(c)) {
      if (lineOf(c) > line) return;
      best = c;
      const first = firstChildElement(c);
      if (first) visit(first);
    }
  };
  visit(root);
  return best;
}
