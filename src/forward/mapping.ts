/**
 * Loads the mapping files (mappings/<KIND>.forward.yaml, fragments/*.yaml, defaults.yaml) into
 * compiled rules with the file:line of every line, checking them against mapping.schema.json.
 * Problems are values with their location; the engine (engine.ts) only runs a clean set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { HEEN_KINDS, type HeenKind } from '../messages/catalog.js';
import { exprOf, ExprError, type Expr } from './expr.js';
import type { RegisterId } from './plan.js';
import { checkSchema, type JsonSchema } from './schema-check.js';

export interface Loc { file: string; line: number }

export interface MappingProblem extends Loc {
  /** Where in the file: `records[0].fields.bsn`. */
  where: string;
  message: string;
}

export type PathExpr = Extract<Expr, { t: 'path' }>;

export interface FieldRule { target: string; text: string; expr: Expr; loc: Loc }

export interface RecordRule {
  loc: Loc;
  as?: string;
  each?: PathExpr;
  when?: Expr;
  register?: RegisterId;
  operation?: string;
  op?: 'registreer' | 'wijzig' | 'verwijder';
  entity?: string;
  key?: FieldRule;
  fields: FieldRule[];
  records: RecordRule[];
  /** The fragment this rule's records came from. */
  include?: string;
}

export interface IgnoreRule { path: string; reason: string; loc: Loc }

export interface DefaultValue { value: string | number | null; expr?: Expr; loc: Loc }

export interface KindMapping {
  kind: HeenKind;
  file: string;
  party?: FieldRule;
  noTarget?: string;
  defaults: Map<string, DefaultValue>;
  /** Absolute generic paths (`Clienten/Client/Indicatie/GeindiceerdeFuncties`). */
  ignore: IgnoreRule[];
  records: RecordRule[];
}

export interface MappingSet {
  dir: string;
  kinds: Map<HeenKind, KindMapping>;
}

export const SCHEMA_FILE = 'mapping.schema.json';
export const DEFAULTS_FILE = 'defaults.yaml';
export const KIND_FILE = (kind: string): string => `${kind}.forward.yaml`;

interface Parsed { file: string; doc: Document; lc: LineCounter; value: Record<string, unknown> }

const where = (p: (string | number)[]): string => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${s}`)).join('');

class Loader {
  readonly problems: MappingProblem[] = [];
  private readonly parsed = new Map<string, Parsed | undefined>();
  private readonly schema: JsonSchema;

  constructor(readonly dir: string, readonly display: string) {
    this.schema = JSON.parse(fs.readFileSync(path.join(dir, SCHEMA_FILE), 'utf8')) as JsonSchema;
  }

  /** `mappings/AW33.forward.yaml` as shown in sources and problems. */
  shown(rel: string): string {
    return path.join(this.display, rel).split(path.sep).join('/');
  }

  problem(file: string, line: number, at: (string | number)[], message: string): void {
    this.problems.push({ file, line, where: where(at), message });
  }

  line(p: Parsed, at: (string | number)[], key = false): number {
    for (let n = at.length; n >= 0; n--) {
      const node = (n === 0 ? p.doc.contents : p.doc.getIn(at.slice(0, n), true)) as Node | null | undefined;
      if (!node?.range) continue;
      if (key && n === at.length && n > 0) {
        const parent = (n === 1 ? p.doc.contents : p.doc.getIn(at.slice(0, n - 1), true)) as Node | null;
        if (isMap(parent)) {
          const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === at[n - 1]);
          const k = pair?.key as Node | undefined;
          if (k?.range) return p.lc.linePos(k.range[0]).line;
        }
      }
      return p.lc.linePos(node.range[0]).line;
    }
    return 1;
  }

  /** Parses and schema-checks one file (once). */
  parse(rel: string): Parsed | undefined {
    if (this.parsed.has(rel)) return this.parsed.get(rel);
    const file = this.shown(rel);
    const full = path.join(this.dir, rel);
    let result: Parsed | undefined;
    if (!fs.existsSync(full)) this.problem(file, 1, [], 'file not found');
    else {
      const lc = new LineCounter();
      const doc = parseDocument(fs.readFileSync(full, 'utf8'), { lineCounter: lc, prettyErrors: false });
      for (const e of doc.errors) this.problem(file, e.linePos?.[0]?.line ?? 1, [], `YAML: ${e.message.split('\n')[0]}`);
      const value = doc.errors.length ? undefined : (doc.toJS() as unknown);
      if (value !== undefined) {
        const p: Parsed = { file, doc, lc, value: (value ?? {}) as Record<string, unknown> };
        const violations = checkSchema(this.schema, value ?? {});
        for (const v of violations) this.problem(file, this.line(p, v.path), v.path, `schema: ${v.message}`);
        if (violations.length === 0) result = p;
      }
    }
    this.parsed.set(rel, result);
    return result;
  }

  field(p: Parsed, at: (string | number)[], target: string, raw: unknown): FieldRule | undefined {
    const loc = { file: p.file, line: this.line(p, at, true) };
    try {
      return { target, text: raw === null ? 'null' : String(raw), expr: exprOf(raw), loc };
    } catch (e) {
      if (!(e instanceof ExprError)) throw e;
      this.problem(loc.file, loc.line, at, `expression ${JSON.stringify(raw)}: ${e.message}${e.column ? ` (column ${e.column + 1})` : ''}`);
      return undefined;
    }
  }

  /** Compiles the records of `p` at `at`; fragment ignores are made absolute with `ctx`. */
  records(p: Parsed, at: (string | number)[], list: unknown, ctx: string[], ignores: IgnoreRule[], stack: string[]): RecordRule[] {
    const out: RecordRule[] = [];
    (Array.isArray(list) ? list : []).forEach((raw, i) => {
      const r = raw as Record<string, unknown>;
      const here = [...at, i];
      const rule: RecordRule = { loc: { file: p.file, line: this.line(p, here) }, fields: [], records: [] };
      if (typeof r['as'] === 'string') rule.as = r['as'];
      let inner = ctx;
      if (typeof r['each'] === 'string') {
        const e = this.field(p, [...here, 'each'], 'each', r['each']);
        if (e?.expr.t === 'path') {
          rule.each = e.expr;
          inner = [...ctx, ...e.expr.segs];
        }
      }
      if (r['when'] !== undefined) rule.when = this.field(p, [...here, 'when'], 'when', r['when'])?.expr;
      if (typeof r['register'] === 'string') rule.register = r['register'] as RegisterId;
      if (typeof r['operation'] === 'string') {
        rule.operation = r['operation'];
        const m = /^(registreer|wijzig|verwijder)(.+)$/.exec(r['operation'])!;
        rule.op = m[1] as RecordRule['op'];
        rule.entity = m[2];
      }
      if (r['key'] !== undefined) rule.key = this.field(p, [...here, 'key'], 'key', r['key']);
      const fields = r['fields'] as Record<string, unknown> | undefined;
      for (const [target, v] of Object.entries(fields ?? {})) {
        const f = this.field(p, [...here, 'fields', target], target, v);
        if (f) rule.fields.push(f);
      }
      if (typeof r['include'] === 'string') {
        const inc = r['include'];
        if (stack.includes(inc)) this.problem(p.file, this.line(p, [...here, 'include']), [...here, 'include'], `include cycle: ${[...stack, inc].join(' → ')}`);
        else {
          const fp = this.parse(inc);
          rule.include = this.shown(inc);
          if (fp) {
            if (typeof fp.value['fragment'] !== 'string') this.problem(fp.file, 1, [], `included by ${p.file}:${rule.loc.line} but has no "fragment:" line`);
            for (const [k] of Object.entries(fp.value)) {
              if (!['fragment', 'description', 'records', 'ignore'].includes(k)) this.problem(fp.file, this.line(fp, [k], true), [k], `"${k}" has no meaning in a fragment (only records and ignore)`);
            }
            this.ignores(fp, inner, ignores);
            rule.records.push(...this.records(fp, ['records'], fp.value['records'], inner, ignores, [...stack, inc]));
          }
        }
      }
      rule.records.push(...this.records(p, [...here, 'records'], r['records'], inner, ignores, stack));
      out.push(rule);
    });
    return out;
  }

  ignores(p: Parsed, ctx: string[], into: IgnoreRule[]): void {
    const list = (p.value['ignore'] ?? []) as { path: string; reason: string }[];
    list.forEach((g, i) => into.push({ path: [...ctx, g.path].join('/'), reason: g.reason, loc: { file: p.file, line: this.line(p, ['ignore', i]) } }));
  }

  defaults(p: Parsed | undefined, into: Map<string, DefaultValue>): void {
    if (!p) return;
    for (const [name, value] of Object.entries((p.value['defaults'] ?? {}) as Record<string, string | number | null>)) {
      const loc = { file: p.file, line: this.line(p, ['defaults', name], true) };
      const d: DefaultValue = { value, loc };
      if (typeof value === 'string' && value.startsWith('=')) {
        const f = this.field(p, ['defaults', name], name, value.slice(1));
        if (f) d.expr = f.expr;
      }
      into.set(name, d);
    }
  }

  kind(kind: HeenKind, shared: Map<string, DefaultValue>): KindMapping | undefined {
    const rel = KIND_FILE(kind);
    const p = this.parse(rel);
    if (!p) return undefined;
    const file = p.file;
    if (p.value['kind'] !== kind) this.problem(file, this.line(p, ['kind']), ['kind'], `kind must be ${kind} (the file name), not ${JSON.stringify(p.value['kind'])}`);
    if (p.value['fragment'] !== undefined) this.problem(file, this.line(p, ['fragment']), ['fragment'], 'a kind file is not a fragment');
    const m: KindMapping = { kind, file, defaults: new Map(shared), ignore: [], records: [] };
    this.defaults(p, m.defaults);
    if (typeof p.value['noTarget'] === 'string') {
      m.noTarget = p.value['noTarget'];
      if (p.value['records'] !== undefined || p.value['party'] !== undefined) this.problem(file, this.line(p, ['noTarget']), ['noTarget'], 'a kind without register target has no records or party');
    }
    if (p.value['party'] !== undefined) m.party = this.field(p, ['party'], 'party', p.value['party']);
    this.ignores(p, [], m.ignore);
    m.records = this.records(p, ['records'], p.value['records'], [], m.ignore, [rel]);
    if (!m.noTarget && m.records.length === 0) this.problem(file, 1, [], 'neither records nor noTarget');
    return m;
  }
}

export interface LoadOptions {
  /** How file names are shown in sources (default: the folder's name, `mappings`). */
  display?: string;
  /** Kinds to load (default all heen kinds). */
  kinds?: readonly HeenKind[];
}

/** Loads and compiles every kind's mapping in `dir`; problems located by file:line. */
export function loadMappings(dir: string, opts: LoadOptions = {}): { set: MappingSet; problems: MappingProblem[] } {
  const loader = new Loader(dir, opts.display ?? path.basename(path.resolve(dir)));
  const shared = new Map<string, DefaultValue>();
  if (fs.existsSync(path.join(dir, DEFAULTS_FILE))) loader.defaults(loader.parse(DEFAULTS_FILE), shared);
  const set: MappingSet = { dir, kinds: new Map() };
  for (const kind of opts.kinds ?? HEEN_KINDS) {
    const m = loader.kind(kind, shared);
    if (m) set.kinds.set(kind, m);
  }
  return { set, problems: loader.problems };
}

/** The project's shipped mappings folder. */
export function defaultMappingsDir(root: string): string {
  return path.join(root, 'mappings');
}

export type DefaultOverrides = Record<string, string | number | null>;

/** Reads a defaults override file (YAML or JSON): `{ defaults: { name: value } }` or a plain map. */
export function readDefaultOverrides(file: string): DefaultOverrides {
  const v = parseDocument(fs.readFileSync(file, 'utf8')).toJS() as unknown;
  const map = v && typeof v === 'object' && 'defaults' in v ? (v as { defaults: unknown }).defaults : v;
  if (!map || typeof map !== 'object' || Array.isArray(map)) throw new Error(`${file}: expected a map of default names to values`);
  for (const [k, x] of Object.entries(map)) if (x !== null && typeof x !== 'string' && typeof x !== 'number') throw new Error(`${file}: default ${k} must be a string, number or null`);
  return map as DefaultOverrides;
}

/** `name=value` (a CLI --default option) as an override. */
export function parseDefaultOption(option: string): DefaultOverrides {
  const i = option.indexOf('=');
  if (i <= 0) throw new Error(`--default expects name=value, not ${JSON.stringify(option)}`);
  return { [option.slice(0, i)]: option.slice(i + 1) };
}

/** The overrides of a `--defaults <file>` and repeated `--default name=value` options (options win). */
export function collectOverrides(file?: string, options: readonly string[] = []): DefaultOverrides {
  return Object.assign({}, file ? readDefaultOverrides(file) : {}, ...options.map(parseDefaultOption)) as DefaultOverrides;
}
