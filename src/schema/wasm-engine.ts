import { XmlDocument, XmlValidateError, XsdValidator } from 'libxml2-wasm';
import type { Issue } from '../issues.js';
import { RETOURCODE_TECHNICAL } from '../issues.js';
import { elementAtNodePath, lineOf, namedPath } from '../xml/libxml-tree.js';
import { SAFE_PARSE } from '../xml/libxml-parse.js';
import { packUrl, providePack } from './pack-provider.js';
import { type InstalledPack, readSchemas } from './pack-store.js';

/**
 * The default XSD engine: libxml2 compiled to WebAssembly, in process. Each message schema is
 * compiled once, on first use, and kept.
 */
export class WasmXsdEngine {
  private readonly validators = new Map<string, XsdValidator>();
  private readonly schemaFiles = new Map<string, { release: string; file: string; bytes: Uint8Array }>();

  constructor(packs: InstalledPack[]) {
    for (const pack of packs) {
      const files = readSchemas(pack);
      providePack(pack.model.release, files);
      for (const m of Object.values(pack.model.messages)) {
        const bytes = files.get(m.file.toLowerCase());
        if (bytes) this.schemaFiles.set(m.namespace, { release: pack.model.release, file: m.file, bytes });
      }
    }
  }

  /** The compiled validator for a message namespace (compiled on first use). */
  validator(namespace: string): XsdValidator {
    let v = this.validators.get(namespace);
    if (v) return v;
    const where = this.schemaFiles.get(namespace);
    if (!where) throw new Error(`no schema for namespace ${namespace}`);
    // The URL makes relative imports resolve inside the pack, never against the file system.
    const schemaDoc = XmlDocument.fromBuffer(where.bytes, { url: packUrl(where.release, where.file), option: SAFE_PARSE });
    try {
      v = XsdValidator.fromDoc(schemaDoc);
    } finally {
      schemaDoc.dispose();
    }
    this.validators.set(namespace, v);
    return v;
  }

  /** Compiles every schema now (e.g. at daemon start, or before a benchmark). */
  warm(): number {
    const t = performance.now();
    for (const ns of this.schemaFiles.keys()) this.validator(ns);
    return performance.now() - t;
  }

  /** Validates a parsed document; returns the XSD issues (empty when valid), capped at max. */
  validate(doc: XmlDocument, namespace: string, max = 100): Issue[] {
    try {
      this.validator(namespace).validate(doc);
      return [];
    } catch (e) {
      if (!(e instanceof XmlValidateError)) throw e;
      return e.details.slice(0, max).map((d) => {
        const issue: Issue = {
          source: 'xsd',
          code: 'XSD_INVALID',
          message: tidy(d.message),
          retourcode: RETOURCODE_TECHNICAL,
        };
        if (d.line) issue.line = d.line;
        const xpath = (d as { xpath?: string }).xpath;
        const el = xpath ? elementAtNodePath(doc, xpath) : 0;
        if (el) {
          issue.path = namedPath(el);
          issue.line ??= lineOf(el);
        }
        return issue;
      });
    }
  }

  dispose(): void {
    for (const v of this.validators.values()) v.dispose();
    this.validators.clear();
  }
}

/**
 * Drops the namespace part of `{uri}Local` in libxml2 messages, shortens long enumeration sets
 * (the retourcode list has 128 values) and the trailing newline.
 */
export function tidy(message: string): string {
  return message
    .replace(/\{[a-z]+:\/\/[^}]*\}/g, '')
    .replace(/\{('[^']*'(?:, '[^']*'){11,})\}/g, (_m, set: string) => {
      const values = set.split(', ');
      return `{${values.slice(0, 10).join(', ')}, … (${values.length} values)}`;
    })
    .trim();
}
