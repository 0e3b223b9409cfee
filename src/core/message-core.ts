import type { XmlDocument } from 'libxml2-wasm';
import { detect, type Detected } from '../detect/detect.js';
import { BridgeError } from '../errors.js';
import type { Issue } from '../issues.js';
import { DEFAULT_MAX_ISSUES, RETOURCODE_TECHNICAL } from '../issues.js';
import { type HeenKind, HEEN_KINDS, type MessageKind, type RetourKind } from '../messages/catalog.js';
import { buildRetour } from '../retour/build.js';
import { type Stamp, systemStamp } from '../retour/stamp.js';
import type { History } from '../rules/history.js';
import type { RuleContext, RuleLists } from '../rules/rule.js';
import { runRules } from '../rules/run.js';
import { elementAtNamedPath, lineOf } from '../xml/libxml-tree.js';
import type { XmlRecord } from '../messages/model-types.js';
import { readHeader, readMessage } from '../messages/read.js';
import { serialise } from '../messages/write.js';
import type { SchemaModel } from '../schema/model.js';
import { type InstalledPack, requirePacks } from '../schema/pack-store.js';
import { WasmXsdEngine } from '../schema/wasm-engine.js';
import { guard, tooLarge } from '../xml/guard.js';
import { parseXml, SAFE_PARSE, writtenParse } from '../xml/libxml-parse.js';
import { DEFAULT_LIMITS, type XmlLimits } from '../xml/limits.js';
import { located, stopped, type ValidationResult } from './result.js';

/**
 * Messages validated together by validateMany() in `validate` (on one thread and on each worker
 * thread): their documents live until the batch is done, so it is bounded; beyond ~32 the gain
 * levels off (BENCHMARKS.md, "Batches").
 */
export const BATCH = 32;

export interface CoreOptions {
  xsdDir: string;
  limits?: XmlLimits;
  maxIssues?: number;
  /** Clock and id source of retour messages (tests inject a fixed one). */
  stamp?: Stamp;
}

export interface ValidateOptions {
  file?: string;
  /**
   * Also read the typed model when the message is XSD-valid (and, when it is not, its Header as
   * far as it can be read, for a header-only retour).
   */
  read?: boolean;
  /** Run the business rules of the kind on an XSD-valid heen message (implies read). */
  rules?: { lists?: RuleLists; history?: History };
  /** Also build the retour message (implies read); see retour(). */
  retour?: boolean;
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
  readonly stamp: Stamp;

  constructor(opts: CoreOptions) {
    this.stamp = opts.stamp ?? systemStamp;
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
    return this.parseAndDetect(g.bytes, SAFE_PARSE);
  }

  private parseAndDetect(bytes: Uint8Array, parseOption: number): Prepared | { issues: Issue[] } {
    const parsed = parseXml(bytes, parseOption);
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
    return this.validatePrepared(this.prepare(bytes), opts);
  }

  /**
   * Validates several messages as validate() does each, with the same results in the same order,
   * in passes: XSD validation of every message first (their documents kept), then the typed read
   * of each, its rules, and last the retours. Each pass keeps its own code and data in the CPU's
   * caches for the whole batch, instead of libxml2's validation evicting the rules' between every
   * two messages (BENCHMARKS.md, "Batches"). The batch's documents live until it is done:
   * callers bound its size (BATCH).
   */
  validateMany(items: readonly { bytes: Uint8Array; opts?: ValidateOptions }[]): ValidationResult[] {
    const prepared: (Prepared | { issues: Issue[] })[] = [];
    try {
      const xsd: Issue[][] = [];
      for (const item of items) {
        const p = this.prepare(item.bytes);
        prepared.push(p);
        xsd.push('doc' in p ? this.engine.validate(p.doc, p.detected.namespace, this.maxIssues + 1) : []);
      }
      const opts = items.map((i) => i.opts ?? {});
      const results = prepared.map((p, n): ValidationResult => {
        const file = opts[n]!.file ?? '-';
        return 'doc' in p ? this.readStep(p, xsd[n]!, opts[n]!) : stopped(file, p.issues);
      });
      prepared.forEach((p, n) => {
        if ('doc' in p) this.rulesStep(results[n]!, p, opts[n]!);
      });
      return results.map((r, n) => ('doc' in prepared[n]! ? this.lastStep(r, opts[n]!) : r));
    } finally {
      for (const p of prepared) if ('doc' in p) p.doc.dispose();
    }
  }

  private validatePrepared(p: Prepared | { issues: Issue[] }, opts: ValidateOptions): ValidationResult {
    if (!('doc' in p)) return stopped(opts.file ?? '-', p.issues);
    try {
      return this.complete(p, this.engine.validate(p.doc, p.detected.namespace, this.maxIssues + 1), opts);
    } finally {
      p.doc.dispose();
    }
  }

  /**
   * The steps after XSD validation, whichever engine did it: cap the issues, read the model (or
   * the header), run the rules, build the retour. The document is still alive here.
   */
  complete(p: Prepared, xsdIssues: Issue[], opts: ValidateOptions): ValidationResult {
    const result = this.readStep(p, xsdIssues, opts);
    this.rulesStep(result, p, opts);
    return this.lastStep(result, opts);
  }

  /** complete()'s first step: the issues so far (capped), and the typed model (or the header). */
  private readStep(p: Prepared, xsdIssues: Issue[], opts: ValidateOptions): ValidationResult {
    const { doc, detected } = p;
    const issues = [...p.issues, ...xsdIssues];
    const result: ValidationResult = { file: opts.file ?? '-', kind: detected.kind, release: detected.release, valid: issues.length === 0, issues };
    if (issues.length > this.maxIssues) {
      result.droppedIssues = issues.length - this.maxIssues;
      result.issues = issues.slice(0, this.maxIssues);
    }
    const read = opts.read || opts.rules || opts.retour;
    if (read && result.valid) result.message = readMessage(doc, detected.model, detected.kind);
    else if (read) result.header = readHeader(doc, detected.model, detected.kind);
    return result;
  }

  /** complete()'s second step: the business rules, on a read heen message. */
  private rulesStep(result: ValidationResult, p: Prepared, opts: ValidateOptions): void {
    if (opts.rules && result.message && isHeen(p.detected.kind)) this.applyRules(result, p.doc, p.detected.kind, opts.rules);
  }

  /** complete()'s last step: the issues located in the file, and the retour. */
  private lastStep(result: ValidationResult, opts: ValidateOptions): ValidationResult {
    located(result.issues, result.file);
    if (opts.retour) {
      const retour = this.retour(result);
      if (retour) result.retour = retour;
    }
    return result;
  }

  private applyRules(result: ValidationResult, doc: XmlDocument, kind: HeenKind, rules: NonNullable<ValidateOptions['rules']>): void {
    const ctx: RuleContext = { kind, lists: rules.lists ?? {} };
    if (rules.history) ctx.history = rules.history;
    const outcome = runRules(result.message!, ctx);
    for (const issue of outcome.issues) {
      const el = issue.path ? elementAtNamedPath(doc, issue.path) : 0;
      if (el) issue.line = lineOf(el);
    }
    const room = Math.max(0, this.maxIssues - result.issues.length);
    result.issues.push(...outcome.issues.slice(0, room));
    if (outcome.issues.length > room) result.droppedIssues = (result.droppedIssues ?? 0) + outcome.issues.length - room;
    result.valid = result.issues.length === 0;
    if (outcome.notChecked.length) result.notChecked = outcome.notChecked;
  }

  /**
   * The retour message for a validated heen message (header-only 0001 when it failed technically),
   * written and validated against its XSD; undefined when the input is not an identifiable heen
   * message. When the retour cannot be valid (a header value the XSD rejects cannot be echoed),
   * the issues say why and no XML is returned.
   */
  retour(result: ValidationResult, stamp: Stamp = this.stamp): { kind: RetourKind; xml?: string; issues: Issue[] } | undefined {
    if (!result.kind || !isHeen(result.kind) || !result.release) return undefined;
    const heen = result.message ?? (result.header ? { Header: result.header } : undefined);
    if (!heen) return undefined;
    const { kind, retour } = buildRetour({ heenKind: result.kind, heen, issues: result.issues }, this.model(result.release), stamp);
    const written = this.write(kind, retour, result.release);
    if (written.issues.length === 0) return { kind, xml: written.xml, issues: [] };
    const why = written.issues.map((i) => `${i.path ?? ''} ${i.message}`.trim()).join('; ');
    return { kind, issues: [{ source: 'xsd', code: 'RETOUR_NOT_POSSIBLE', message: `the ${kind} would not be XSD-valid, so none is sent: ${why}`, retourcode: '0001' }] };
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
    const check = this.validatePrepared(this.prepareWritten(xml), { file: `<${kind} written>` });
    const issues = check.issues.map((i): Issue => ({ ...i, code: i.source === 'xsd' ? 'WRITE_INVALID' : i.code, retourcode: RETOURCODE_TECHNICAL }));
    return { xml, issues };
  }

  /**
   * prepare() for what serialise wrote: of the guard only the size limit, since its other checks
   * (DOCTYPE/ENTITY, depth, attributes, encoding) cannot fail on element names from the schema,
   * escaped text, two namespace attributes and a UTF-8 declaration; parsed with writtenParse().
   */
  private prepareWritten(xml: string): Prepared | { issues: Issue[] } {
    const bytes = Buffer.from(xml, 'utf8');
    if (bytes.length > this.limits.maxBytes) return { issues: [tooLarge(bytes.length, this.limits.maxBytes)] };
    return this.parseAndDetect(bytes, writtenParse(xml));
  }

  dispose(): void {
    this.engine.dispose();
  }
}

function isHeen(kind: MessageKind): kind is HeenKind {
  return (HEEN_KINDS as readonly string[]).includes(kind);
}
