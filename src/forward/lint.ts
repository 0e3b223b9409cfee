/**
 * `mappings lint`: every mapping file against mapping.schema.json (mapping.ts), every source path
 * against the message model of its kind (the installed XSD pack), every target against the
 * register write contract (the Mutation inputs of the served SDL), and completeness: every
 * element of the message is mapped or deliberately ignored. Problems located by file:line.
 */
import { getNamedType, type GraphQLInputObjectType, type GraphQLSchema, isInputObjectType, isNonNullType } from '../reference-register/gql.js';
import { buildExecutable } from '../reference-register/executable.js';
import { REGISTERS, type RegisterDef } from '../reference-register/registers.js';
import { readSdl } from '../reference-register/schema-files.js';
import type { HeenKind } from '../messages/catalog.js';
import type { ComplexTypeDef, SchemaModel } from '../schema/model.js';
import type { Expr } from './expr.js';
import { MESSAGE_KEY_PATHS } from './engine.js';
import { FUNCTIONS, type StaticType } from './functions.js';
import { loadMappings, type FieldRule, type KindMapping, type Loc, type MappingProblem, type RecordRule } from './mapping.js';

export type LintProblem = MappingProblem;

/** The Mutation fields of each register's served schema. */
export type Contract = Map<RegisterDef['id'], GraphQLSchema>;

export function loadContract(schemaDir: string): Contract {
  return new Map(REGISTERS.map((r) => [r.id, buildExecutable(readSdl(schemaDir, r.sdl), r.id, { mutations: true }).schema]));
}

interface MCtx { type: string; generic: string[] }

interface Resolved { type?: string; generic: string[]; repeats: string[]; error?: string }

class KindLint {
  readonly problems: LintProblem[] = [];
  readonly covered = new Set<string>();
  private readonly root: MCtx;

  constructor(private readonly m: KindMapping, private readonly model: SchemaModel, private readonly contract: Contract) {
    const info = model.messages[m.kind];
    if (!info) throw new Error(`the installed pack has no ${m.kind}`);
    this.root = { type: info.rootType, generic: [] };
  }

  private problem(loc: Loc, where: string, message: string): void {
    this.problems.push({ ...loc, where, message });
  }

  private child(type: string, name: string): { type: string; repeated: boolean } | undefined {
    const t = this.model.types[type];
    if (!t || t.kind !== 'complex') return undefined;
    const c = (t as ComplexTypeDef).children.find((x) => x.name === name);
    return c && { type: c.type, repeated: c.max === -1 || c.max > 1 };
  }

  private isComplex(type: string | undefined): boolean {
    return !!type && this.model.types[type]?.kind === 'complex';
  }

  resolve(stack: MCtx[], p: Extract<Expr, { t: 'path' }>): Resolved {
    const from = p.abs ? this.root : stack[stack.length - 1 - p.up];
    if (!from) return { generic: [], repeats: [], error: `${p.text}: ${p.up} steps up (..) but only ${stack.length - 1} enclosing records` };
    let type = from.type;
    const generic = [...from.generic];
    const repeats: string[] = [];
    for (const seg of p.segs) {
      const c = this.child(type, seg);
      if (!c) {
        const t = this.model.types[type];
        const known = t?.kind === 'complex' ? (t as ComplexTypeDef).children.map((x) => x.name).join(', ') : '(a leaf)';
        return { generic, repeats, error: `${p.text}: no element ${seg} in ${generic.join('/') || 'Bericht'} of ${this.m.kind} (has: ${known})` };
      }
      generic.push(seg);
      if (c.repeated) repeats.push(seg);
      type = c.type;
    }
    return { type, generic, repeats };
  }

  /** Checks one expression in its context; returns its static type. */
  expr(e: Expr, stack: MCtx[], f: FieldRule, scope: Set<string>, ctx: { many: boolean; optional?: boolean; condition?: boolean }): StaticType {
    const where = f.target;
    switch (e.t) {
      case 'lit':
        return e.v === null ? 'null' : typeof e.v === 'number' ? 'int' : 'string';
      case 'path': {
        const r = this.resolve(stack, e);
        if (r.error) {
          if (!ctx.optional) this.problem(f.loc, where, r.error);
          return 'string';
        }
        if (r.repeats.length && !ctx.many) this.problem(f.loc, where, `${e.text} crosses the repeated element ${r.repeats.join(', ')}: iterate it with each, or take first(...)`);
        if (this.isComplex(r.type)) {
          if (!ctx.condition) this.problem(f.loc, where, `${e.text} is a group, not a value (use exists(${e.text}) in a condition)`);
          for (const leaf of this.leaves(r.type!, r.generic)) this.covered.add(leaf);
          return 'bool';
        }
        this.covered.add(r.generic.join('/'));
        return 'string';
      }
      case 'ref':
        if (!scope.has(e.name)) this.problem(f.loc, where, `$ref(${e.name}): no earlier record rule named ${e.name} in scope (known: ${[...scope].join(', ') || 'none'})`);
        return 'id';
      case 'lookup': {
        const schema = this.contract.get(e.register as RegisterDef['id']);
        if (!schema) this.problem(f.loc, where, `$lookup: unknown register ${e.register} (ir, br, lr)`);
        else if (!schema.getMutationType()?.getFields()[`registreer${e.entity}`]) this.problem(f.loc, where, `$lookup: register ${e.register} stores no ${e.entity}`);
        this.expr(e.key, stack, f, scope, { many: false });
        return 'id';
      }
      case 'default': {
        const d = this.m.defaults.get(e.name);
        if (!d) {
          this.problem(f.loc, where, `$default(${e.name}): no such default (known: ${[...this.m.defaults.keys()].join(', ')})`);
          return 'any';
        }
        if (d.expr) return this.expr(d.expr, stack, { ...f, loc: f.loc }, scope, ctx);
        return d.value === null ? 'null' : typeof d.value === 'number' ? 'int' : 'string';
      }
      case 'call': {
        const fn = FUNCTIONS[e.fn];
        if (!fn) {
          this.problem(f.loc, where, `unknown function ${e.fn} (known: ${Object.keys(FUNCTIONS).join(', ')})`);
          return 'any';
        }
        if (e.args.length < fn.min || e.args.length > fn.max) this.problem(f.loc, where, `${e.fn} takes ${fn.min === fn.max ? fn.min : `${fn.min} to ${fn.max}`} arguments, not ${e.args.length}`);
        const cond = fn.returns === 'bool' || e.fn === 'if';
        const types = e.args.map((a, i) => this.expr(a, stack, f, scope, {
          many: !!fn.many, optional: e.fn === 'optional', condition: (e.fn === 'exists') || (e.fn === 'if' && i === 0) || (cond && fn.returns === 'bool' && e.fn !== 'eq' && e.fn !== 'in'),
        }));
        if (['not', 'and', 'or'].includes(e.fn) && types.some((t) => t !== 'bool')) this.problem(f.loc, where, `the arguments of ${e.fn}() must be conditions (eq, in, exists, not, and, or)`);
        if (e.fn === 'if' && types[0] !== 'bool') this.problem(f.loc, where, 'the first argument of if() must be a condition (eq, in, exists, not, and, or)');
        if (fn.returns !== 'args') return fn.returns;
        const joined = [...new Set(types.slice(fn.from ?? 0).filter((t) => t !== 'null'))];
        return joined.length === 1 ? joined[0]! : joined.length === 0 ? 'null' : 'any';
      }
    }
  }

  leaves(type: string, generic: string[], seen = new Set<string>()): string[] {
    const t = this.model.types[type];
    if (!t || t.kind !== 'complex') return [generic.join('/')];
    if (seen.has(type)) return [];
    const out: string[] = [];
    for (const c of (t as ComplexTypeDef).children) out.push(...this.leaves(c.type, [...generic, c.name], new Set([...seen, type])));
    return out;
  }

  rules(rules: RecordRule[], stack: MCtx[], scope: Set<string>): void {
    for (const r of rules) {
      let inner = stack;
      let s = scope;
      if (r.each) {
        const res = this.resolve(stack, r.each);
        if (res.error) {
          this.problem(r.loc, 'each', res.error);
          continue;
        }
        if (!this.isComplex(res.type)) this.problem(r.loc, 'each', `${r.each.text} is a value, not a record to iterate`);
        inner = [...stack, { type: res.type!, generic: res.generic }];
        s = new Set(scope);
      }
      const whenField: FieldRule = { target: 'when', text: '', expr: r.when ?? { t: 'lit', v: null }, loc: r.loc };
      if (r.when && this.expr(r.when, inner, whenField, s, { many: false, condition: true }) !== 'bool') this.problem(r.loc, 'when', 'when must be a condition (eq, in, exists, not, and, or)');
      if (r.operation) this.mutation(r, inner, s);
      else if (r.fields.length || r.key || r.register) this.problem(r.loc, 'operation', 'fields, key or register without an operation');
      if (r.operation) s.add(r.as ?? r.entity!.charAt(0).toLowerCase() + r.entity!.slice(1));
      this.rules(r.records, inner, s);
      if (!r.each) for (const n of s) scope.add(n);
    }
  }

  private mutation(r: RecordRule, stack: MCtx[], scope: Set<string>): void {
    const schema = r.register && this.contract.get(r.register);
    if (!schema) {
      this.problem(r.loc, 'register', `${r.operation} needs a register (ir, br, lr)`);
      return;
    }
    const field = schema.getMutationType()?.getFields()[r.operation!];
    if (!field) {
      const like = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((n) => n.startsWith(r.op!)).join(', ');
      this.problem(r.loc, 'operation', `register ${r.register} has no mutation ${r.operation} (has: ${like})`);
      return;
    }
    if (r.key) this.expr(r.key.expr, stack, r.key, scope, { many: false });
    if (r.op === 'verwijder') {
      for (const f of r.fields) {
        if (f.target !== 'id') this.problem(f.loc, f.target, `${r.operation} takes only id`);
        else if (this.expr(f.expr, stack, f, scope, { many: false }) !== 'id') this.problem(f.loc, 'id', 'id must be $lookup(...) or $ref(...)');
      }
      if (!r.fields.some((f) => f.target === 'id')) this.problem(r.loc, 'fields', `${r.operation} needs id`);
      return;
    }
    const input = getNamedType(field.args.find((a) => a.name === 'input')!.type) as GraphQLInputObjectType;
    if (!isInputObjectType(input)) return;
    const known = input.getFields();
    for (const f of r.fields) {
      const target = known[f.target];
      const t = this.expr(f.expr, stack, f, scope, { many: false });
      if (!target) {
        this.problem(f.loc, f.target, `${input.name} has no field ${f.target} (has: ${Object.keys(known).join(', ')})`);
        continue;
      }
      const gql = getNamedType(target.type).name;
      const ok = t === 'any' || t === 'null' ? true
        : gql === 'Int' || gql === 'Float' ? t === 'int'
          : gql === 'UUID' ? t === 'id'
            : t === 'string';
      if (!ok) this.problem(f.loc, f.target, `${input.name}.${f.target} is ${gql}, the expression gives ${t === 'int' ? 'a number' : t === 'id' ? 'an id' : t === 'bool' ? 'a condition' : 'text'}${gql === 'Int' ? ': convert with int(...)' : ''}`);
      if (t === 'null' && r.op === 'registreer') this.problem(f.loc, f.target, 'null in a registreer: leave the field out instead');
    }
    if (r.op === 'registreer') {
      for (const [name, def] of Object.entries(known)) {
        if (isNonNullType(def.type) && !r.fields.some((f) => f.target === name)) this.problem(r.loc, 'fields', `${input.name}.${name} is required but not mapped`);
      }
    }
    if (r.op === 'wijzig') {
      const pk = Object.entries(known).find(([, d]) => isNonNullType(d.type))?.[0];
      if (pk && !r.fields.some((f) => f.target === pk)) this.problem(r.loc, 'fields', `${r.operation} needs ${pk} ($lookup or $ref)`);
    }
  }

  run(): void {
    const m = this.m;
    if (m.noTarget) return;
    const scope = new Set<string>();
    if (m.party) this.expr(m.party.expr, [this.root], m.party, scope, { many: false });
    this.rules(m.records, [this.root], scope);
    for (const g of m.ignore) {
      const r = this.resolve([this.root], { t: 'path', up: 0, abs: true, segs: g.path.split('/'), text: g.path });
      if (r.error) this.problem(g.loc, 'ignore', r.error);
    }
    const ignored = m.ignore.map((g) => g.path);
    const uncovered = this.leaves(this.root.type, []).filter((leaf) => !this.covered.has(leaf) && !MESSAGE_KEY_PATHS.includes(leaf) && !ignored.some((g) => leaf === g || leaf.startsWith(`${g}/`)));
    for (const leaf of uncovered) this.problem({ file: m.file, line: 1 }, 'ignore', `${leaf} is neither mapped nor ignored: map it or add an ignore entry with the reason`);
  }
}

export interface LintOptions {
  model: SchemaModel;
  contract: Contract;
  display?: string;
  kinds?: readonly HeenKind[];
}

/** Lints the mapping folder; an empty list means every check passed. */
export function lintMappings(dir: string, opts: LintOptions): LintProblem[] {
  const { set, problems } = loadMappings(dir, { ...(opts.display ? { display: opts.display } : {}), ...(opts.kinds ? { kinds: opts.kinds } : {}) });
  const out: LintProblem[] = [...problems];
  for (const m of set.kinds.values()) {
    const k = new KindLint(m, opts.model, opts.contract);
    k.run();
    out.push(...k.problems);
  }
  const seen = new Set<string>();
  return out.filter((p) => {
    const id = `${p.file}:${p.line}:${p.where}:${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatProblem(p: LintProblem): string {
  return `${p.file}:${p.line}: ${p.where ? `${p.where}: ` : ''}${p.message}`;
}
