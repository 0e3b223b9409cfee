import type { XmlDocument } from 'libxml2-wasm';
import { detect, type Detected } from '../detect/detect.js';
import { BridgeError } from '../errors.js';
import type { Issue } from '../issues.js';
import { DEFAULT_MAX_ISSUES, RETOURCODE_TECHNICAL } from '../issues.js';
import type { MessageKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
import { readMessage } from '../messages/read.js';
import { serialise } from '../messages/write.js';
import type { SchemaModel } from '../schema/model.js';
import { type InstalledPack, requirePacks } from '../schema/pack-store.js';
import { WasmXsdEngine } from '../schema/wasm-engine.js';
import { guard } from '../xml/guard.js';
import { parseXml } from '../xml/libxml-parse.js';
import { DEFAULT_LIMITS, type XmlLimits } from '../xml/limits.js';
import { located, type ValidationResult } from './result.js';

export interface CoreOptions {
  xsdDir: string;
  limits?: XmlLimits;
  maxIssues?: number;
}

export interface ValidateOptions {
  file?: string;
  /** Also read the typed model when the message is XSD-valid. */
  read?: boolean;
}

/** A parsed and detected message, still holding its libxml2 document (dispose it). */
export interface Prepared {
  doc: XmlDocument;
  detected: Detected;
  issues: Issue[];
}

/**
 * The message core: bytes → guarded, parsed, detected, XSD-validated, typed message; and typed
 * message → validated XML. Holds the installed packs and the compiled schemas.
 */
export class MessageCore {
  readonly packs: InstalledPack[];
  readonly models: ReadonlyMap<string, SchemaModel>;
  readonly engine: WasmXsdEngine;
  readonly limits: XmlLimits;
  readonly maxIssues: number;

  constructor(opts: CoreOptions) {
    this.packs = requirePacks(opts.xsdDir);
    this.models = new Map(this.packs.map((p) => [p.model.release, p.model]));
    this.engine = new WasmXsdEngine(this.packs);
    this.limits = opts.limits ?? DEFAULT_LIMITS;
    this.maxIssues = opts.maxIssues ?? DEFAULT_MAX_ISSUES;
  }

  /** Guard, parse and detect. Either a prepared document or the issues that stopped it. */
  prepare(bytes: Uint8Array): Prepared | { issues: Issue[] } {
    const g = guard(bytes, this.limits);
    if (g.issue) return { issues: [g.issue] };
    const parsed = parseXml(g.bytes);
    if (!parsed.doc) return { issues: parsed.issues };
    const d = detect(parsed.doc, this.models);
    if (!d.detected) {
      parsed.doc.dispose();
      return { issues: d.issues };
    }
    return { doc: parsed.doc, detected: d.detected, issues: d.issues };
  }

  /** Validates one message with the in-process engine; never throws for bad input. */
  validate(bytes: Uint8Array, opts: ValidateOptions = {}): ValidationResult {
    const file = opts.file ?? '-';
    const p = this.prepare(bytes);
    if (!('doc' in p)) return { file, valid: false, issues: located(p.issues, file) };
    const { doc, detected } = p;
    try {
      const issues = [...p.issues, ...this.engine.validate(doc, detected.namespace, this.maxIssues + 1)];
      const result: ValidationResult = { file, kind: detected.kind, release: detected.release, valid: issues.length === 0, issues };
      if (issues.length > this.maxIssues) {
        result.droppedIssues = issues.length - this.maxIssues;
        result.issues = issues.slice(0, this.maxIssues);
      }
      located(result.issues, file);
      if (opts.read && result.valid) result.message = readMessage(doc, detected.model, detected.kind);
      return result;
    } finally {
      doc.dispose();
    }
  }

  model(release?: string): SchemaModel {
    const m = release ? this.models.get(release) : [...this.models.values()].at(-1);
    if (!m) throw new BridgeError('PACK_NOT_INSTALLED', `release ${release ?? '(any)'} is not installed`);
    return m;
  }

  /**
   * Writes a typed model as XML and validates it against the pack before returning it: either
   * the XML or the issues that kept it back.
   */
  write(kind: MessageKind, message: XmlRecord, release?: string): { xml: string; issues: Issue[] } {
    const model = this.model(release);
    const { xml, problems } = serialise(model, kind, message);
    if (problems.length) return { xml, issues: problems };
    const check = this.validate(Buffer.from(xml, 'utf8'), { file: `<${kind} written>` });
    const issues = check.issues.map((i): Issue => ({ ...i, code: i.source === 'xsd' ? 'WRITE_INVALID' : i.code, retourcode: RETOURCODE_TECHNICAL }));
    return { xml, issues };
  }

  dispose(): void {
    this.engine.dispose();
  }
}
