/**
 * The mapping engine: pure and generic. (kind, read message, compiled mappings, defaults) → Plan
 * (plan.ts): the register mutations the message stands for, parents before children, plus the
 * message fields the mapping deliberately ignores. All mapping knowledge is in mappings/*.yaml;
 * adding a field mapping touches no TypeScript.
 */
import type { HeenKind } from '../messages/catalog.js';
import type { XmlRecord, XmlValue } from '../messages/model-types.js';
import { ConvertError } from './converters.js';
import { exprOf, ExprError, type Expr } from './expr.js';
import { FUNCTIONS, type Val } from './functions.js';
import type { DefaultOverrides, DefaultValue, FieldRule, IgnoreRule, KindMapping, MappingSet, RecordRule } from './mapping.js';
import type { IgnoredField, Plan, PlannedMutation, PlanValue } from './plan.js';

/**
 * One record (or the message root) being mapped. Its concrete path (`pathOf`) is made only when
 * asked for (explain, a problem): the step from `from` (`seg`, 1-based `index` when repeated).
 */
interface Ctx { node: XmlValue; parent?: Ctx; from?: Ctx; seg?: string; index?: number; path?: string }

/** The concrete path of a node: `/Bericht/Clienten/Client[1]/Bsn` (made once per node). */
function pathOf(c: Ctx): string {
  if (c.path === undefined) c.path = `${pathOf(c.from!)}/${c.seg!}${c.index ? `[${c.index}]` : ''}`;
  return c.path;
}

class Scope {
  private readonly names = new Map<string, string>();
  constructor(private readonly parent?: Scope) {}
  bind(name: string, as: string): void {
    this.names.set(name, as);
  }
  get(name: string): string | undefined {
    return this.names.get(name) ?? this.parent?.get(name);
  }
}

/** What feeds one planned field: for explain. */
export interface FieldTrace {
  /** Concrete message paths read: `/Bericht/Clienten/Client[1]/Bsn`. */
  reads: string[];
  /** The mapping line: `mappings/AW33.forward.yaml:40`. */
  source: string;
  register: string;
  operation: string;
  /** The mutation's `as` in the plan. */
  as: string;
  /** `input.bsn`, `id`, or `naturalKey` / `party`. */
  field: string;
}

export interface EngineProblem { source: string; path: string; message: string }

export interface EngineOptions {
  /** Overrides of the mapping defaults (configuration, `--default name=value`). */
  defaults?: DefaultOverrides;
  /** Called for every evaluated field (explain). */
  trace?: (t: FieldTrace) => void;
}

export type EngineResult = { plan: Plan; problems: [] } | { plan?: undefined; problems: EngineProblem[] };

/** `noDefaults`: every `$default` is absent (to tell whether a field's value comes from one). */
interface Env { ctx: Ctx; scope: Scope; reads?: string[]; noDefaults?: boolean }

const defaultUse = new WeakMap<Expr, boolean>();

/** Whether an expression names a `$default` anywhere (known per expression after the first ask). */
function usesDefault(e: Expr): boolean {
  let u = defaultUse.get(e);
  if (u === undefined) {
    u = e.t === 'default' || (e.t === 'call' && e.args.some(usesDefault)) || (e.t === 'lookup' && usesDefault(e.key));
    defaultUse.set(e, u);
  }
  return u;
}

const isRecord = (v: XmlValue | undefined): v is XmlRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every node a path reaches from `ctx`, with its concrete path; repeated elements expand. */
function resolve(ctx: Ctx, e: Extract<Expr, { t: 'path' }>): Ctx[] {
  let from: Ctx | undefined = ctx;
  if (e.abs) while (from?.parent) from = from.parent;
  for (let i = 0; i < e.up && from; i++) from = from.parent;
  if (!from) return [];
  let cur: Ctx[] = [from];
  for (const seg of e.segs) {
    const next: Ctx[] = [];
    for (const c of cur) {
      if (!isRecord(c.node)) continue;
      const v = c.node[seg];
      if (v === undefined) continue;
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) next.push({ node: v[i]!, parent: c.parent, from: c, seg, index: i + 1 });
      else next.push({ node: v, parent: c.parent, from: c, seg });
    }
    cur = next;
  }
  return cur;
}

/**
 * The nodes a path reaches from `ctx`, as resolve() finds them and in its order, without their
 * Ctx (no path, no parent): what a field's value needs when nobody asks which paths were read.
 */
function nodesAt(ctx: Ctx, e: Extract<Expr, { t: 'path' }>): XmlValue[] {
  let from: Ctx | undefined = ctx;
  if (e.abs) while (from?.parent) from = from.parent;
  for (let i = 0; i < e.up && from; i++) from = from.parent;
  if (!from) return [];
  let cur: XmlValue[] = [from.node];
  for (const seg of e.segs) {
    const next: XmlValue[] = [];
    for (const n of cur) {
      if (!isRecord(n)) continue;
      const v = n[seg];
      if (v === undefined) continue;
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) next.push(v[i]!);
      else next.push(v);
    }
    cur = next;
  }
  return cur;
}

const valueOf = (n: XmlValue): Val => (typeof n === 'string' ? n : isRecord(n) ? true : undefined);

export class MappingRunError extends Error {
  constructor(message: string, readonly source: string, readonly path: string) {
    super(message);
  }
}

class Run {
  readonly mutations: PlannedMutation[] = [];
  readonly problems: EngineProblem[] = [];
  private readonly counters = new Map<string, number>();
  private readonly registered = new Map<string, PlannedMutation>();

  constructor(private readonly defaults: Map<string, DefaultValue>, private readonly trace?: (t: FieldTrace) => void) {}

  many(e: Expr, env: Env): Val[] {
    switch (e.t) {
      case 'lit':
        return [e.v];
      case 'path': {
        if (!env.reads) return nodesAt(env.ctx, e).map(valueOf);
        const found = resolve(env.ctx, e);
        for (const f of found) if (typeof f.node === 'string') env.reads.push(pathOf(f));
        return found.map((f) => valueOf(f.node));
      }
      case 'ref': {
        const as = env.scope.get(e.name);
        return as === undefined ? [] : [{ $ref: as }];
      }
      case 'lookup': {
        const key = this.one(e.key, env);
        return key === undefined ? [] : [{ $lookup: { register: e.register as 'ir', entity: e.entity, key: String(key) } }];
      }
      case 'default': {
        if (env.noDefaults) return [];
        const d = this.defaults.get(e.name);
        if (!d) throw new Error(`no default ${e.name}`);
        return d.expr ? this.many(d.expr, env) : d.value === null ? [] : [d.value];
      }
      case 'call': {
        const f = FUNCTIONS[e.fn];
        if (!f) throw new Error(`unknown function ${e.fn}`);
        return [f.fn(e.args.map((a) => this.many(a, env)))];
      }
    }
  }

  one(e: Expr, env: Env): Val {
    return this.many(e, env)[0];
  }

  field(f: FieldRule, env: Env): Val {
    try {
      return this.one(f.expr, env);
    } catch (e) {
      if (!(e instanceof ConvertError)) throw e;
      throw new MappingRunError(`${f.target}: ${e.message}`, `${f.loc.file}:${f.loc.line}`, pathOf(env.ctx));
    }
  }

  rule(rule: RecordRule, ctx: Ctx, scope: Scope): void {
    const items: Ctx[] = rule.each ? resolve(ctx, rule.each).filter((c) => isRecord(c.node)).map((c) => ({ ...c, parent: ctx })) : [ctx];
    for (const item of items) {
      const s = rule.each ? new Scope(scope) : scope;
      const env: Env = { ctx: item, scope: s };
      try {
        if (rule.when) {
          const e: Env = this.trace ? { ...env, reads: [] } : env;
          const holds = this.one(rule.when, e) === true;
          if (this.trace) this.trace({ reads: e.reads!, source: `${rule.loc.file}:${rule.loc.line}`, register: rule.register ?? '', operation: rule.operation ?? '', as: '', field: holds ? 'when (holds)' : 'when (does not hold)' });
          if (!holds) continue;
        }
        if (rule.operation) this.emit(rule, env);
      } catch (e) {
        if (!(e instanceof MappingRunError)) throw e;
        this.problems.push({ source: e.source, path: e.path, message: e.message });
        continue;
      }
      for (const child of rule.records) this.rule(child, item, s);
    }
  }

  /**
   * Whether field `f`, evaluated to `v`, has its value from a default rather than from the
   * message: it would be different (or absent) without the defaults.
   */
  private defaulted(f: FieldRule, v: Val, env: Env): boolean {
    if (v === undefined || !usesDefault(f.expr)) return false;
    try {
      return JSON.stringify(this.one(f.expr, { ctx: env.ctx, scope: env.scope, noDefaults: true })) !== JSON.stringify(v);
    } catch (e) {
      if (!(e instanceof ConvertError)) throw e;
      return true;
    }
  }

  private emit(rule: RecordRule, env: Env): void {
    const name = rule.as ?? rule.entity!.charAt(0).toLowerCase() + rule.entity!.slice(1);
    const n = (this.counters.get(name) ?? 0) + 1;
    this.counters.set(name, n);
    const as = `${name}#${n}`;
    const traces: FieldTrace[] = [];
    // `field` names the planned field for explain only: made when tracing.
    const evaluate = (f: FieldRule, field: () => string): Val => {
      if (!this.trace) return this.field(f, env);
      const e: Env = { ...env, reads: [] };
      const v = this.field(f, e);
      traces.push({ reads: e.reads!, source: `${f.loc.file}:${f.loc.line}`, register: rule.register!, operation: rule.operation!, as, field: field() });
      return v;
    };
    const values: { [field: string]: PlanValue } = {};
    const createOnly: string[] = [];
    for (const f of rule.fields) {
      const v = this.trace ? evaluate(f, () => (rule.op === 'verwijder' ? f.target : `input.${f.target}`)) : this.field(f, env);
      if (v !== undefined) values[f.target] = v;
      if (rule.op === 'registreer' && this.defaulted(f, v, env)) createOnly.push(f.target);
    }
    const m: PlannedMutation = {
      register: rule.register!,
      operation: rule.operation!,
      entity: rule.entity!,
      variables: rule.op === 'verwijder' ? values : { input: values },
      as,
      ...(rule.key ? { naturalKey: { entity: rule.entity!, key: String(evaluate(rule.key, () => 'naturalKey') ?? '') } } : {}),
      ...(createOnly.length ? { createOnly } : {}),
      source: `${rule.loc.file}:${rule.loc.line}`,
    };
    if (rule.op === 'registreer' && m.naturalKey) {
      // The same record twice in one message (two items naming one toewijzing): plan it once.
      const sig = `${m.register}|${m.operation}|${m.naturalKey.key}`;
      const earlier = this.registered.get(sig);
      if (earlier && JSON.stringify(earlier.variables) === JSON.stringify(m.variables)) {
        env.scope.bind(name, earlier.as!);
        return;
      }
      this.registered.set(sig, m);
    }
    env.scope.bind(name, as);
    this.mutations.push(m);
    for (const t of traces) this.trace!(t);
  }
}

/** The defaults of a kind with the overrides applied (`=expr` overrides are expressions). */
export function effectiveDefaults(m: KindMapping, overrides: DefaultOverrides = {}): { defaults: Map<string, DefaultValue>; problems: EngineProblem[] } {
  const defaults = new Map(m.defaults);
  const problems: EngineProblem[] = [];
  for (const [name, value] of Object.entries(overrides)) {
    const base = m.defaults.get(name);
    if (!base) {
      problems.push({ source: 'defaults override', path: name, message: `${m.kind} has no default ${name} (known: ${[...m.defaults.keys()].join(', ')})` });
      continue;
    }
    const d: DefaultValue = { value, loc: { file: 'override', line: 0 } };
    try {
      if (typeof value === 'string' && value.startsWith('=')) d.expr = exprOf(value.slice(1));
    } catch (e) {
      if (!(e instanceof ExprError)) throw e;
      problems.push({ source: 'defaults override', path: name, message: e.message });
    }
    defaults.set(name, d);
  }
  return { defaults, problems };
}

function header(message: XmlRecord, name: string): string {
  const h = message['Header'];
  const v = isRecord(h) ? h[name] : undefined;
  return typeof v === 'string' ? v : '';
}

/** The header elements the engine reads itself, for the message key. */
export const MESSAGE_KEY_PATHS = ['Header/Afzender', 'Header/BerichtIdentificatie/Identificatie', 'Header/BerichtIdentificatie/Dagtekening'];

/** Afzender + kind + BerichtIdentificatie (Identificatie, Dagtekening), joined with |. */
export function messageKey(kind: HeenKind, message: XmlRecord): string {
  const h = message['Header'];
  const id = isRecord(h) && isRecord(h['BerichtIdentificatie']) ? h['BerichtIdentificatie'] : {};
  return [header(message, 'Afzender'), kind, id['Identificatie'] ?? '', id['Dagtekening'] ?? ''].join('|');
}

/**
 * Plans the register mutations of one read (XSD-valid) message. Pure: the same input gives the
 * same plan; no clock, no ids, no I/O.
 */
export function planMessage(set: MappingSet, kind: HeenKind, message: XmlRecord, opts: EngineOptions = {}): EngineResult {
  const m = set.kinds.get(kind);
  if (!m) return { problems: [{ source: `${set.dir}`, path: '', message: `no mapping for ${kind}` }] };
  const plan: Plan = { kind, messageKey: messageKey(kind, message), mutations: [], ignored: [] };
  if (m.noTarget) {
    plan.noTarget = m.noTarget;
    return { plan, problems: [] };
  }
  const { defaults, problems } = effectiveDefaults(m, opts.defaults);
  if (problems.length) return { problems };
  const run = new Run(defaults, opts.trace);
  const root: Ctx = { node: message, path: '/Bericht' };
  const scope = new Scope();
  if (m.party) {
    try {
      const env = { ctx: root, scope, ...(opts.trace ? { reads: [] as string[] } : {}) };
      const party = run.field(m.party, env);
      if (opts.trace) opts.trace({ reads: env.reads!, source: `${m.party.loc.file}:${m.party.loc.line}`, register: '', operation: '', as: '', field: 'party' });
      if (typeof party === 'string' && party) plan.party = party;
    } catch (e) {
      if (!(e instanceof MappingRunError)) throw e;
      run.problems.push({ source: e.source, path: e.path, message: e.message });
    }
  }
  for (const r of m.records) run.rule(r, root, scope);
  if (run.problems.length) return { problems: run.problems };
  plan.mutations = run.mutations;
  plan.ignored = ignoredFields(m, message);
  return { plan, problems: [] };
}

const ignorePaths = new WeakMap<IgnoreRule, Extract<Expr, { t: 'path' }>>();

/** The ignore rules of the mapping whose element occurs in the message. */
export function ignoredFields(m: KindMapping, message: XmlRecord): IgnoredField[] {
  const root: Ctx = { node: message, path: '/Bericht' };
  const pathExpr = (g: IgnoreRule): Extract<Expr, { t: 'path' }> => {
    let e = ignorePaths.get(g);
    if (!e) ignorePaths.set(g, (e = { t: 'path', up: 0, abs: true, segs: g.path.split('/'), text: g.path }));
    return e;
  };
  return m.ignore
    .filter((g) => resolve(root, pathExpr(g)).length > 0)
    .map((g) => ({ path: g.path, reason: g.reason, source: `${g.loc.file}:${g.loc.line}` }));
}

/** Every leaf element of a message with its concrete and generic path (for explain). */
export function leaves(message: XmlRecord): { path: string; generic: string }[] {
  const out: { path: string; generic: string }[] = [];
  const walk = (v: XmlValue, p: string, g: string): void => {
    if (typeof v === 'string') out.push({ path: p, generic: g });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i + 1}]`, g));
    else for (const [k, x] of Object.entries(v)) if (x !== undefined) walk(x, `${p}/${k}`, g ? `${g}/${k}` : k);
  };
  walk(message, '/Bericht', '');
  return out;
}
