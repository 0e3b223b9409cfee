/**
 * Compiles HotChocolate-style `where` inputs into parameterised SQL, driven by the schema's
 * input types: `and`/`or`; operation filters (eq, neq, in, nin, gt, ngt, gte, ngte, lt, nlt,
 * lte, nlte, contains, ncontains, startsWith, nstartsWith, endsWith, nendsWith, and nested
 * and/or); object filters on single references and list filters (some, all, none, any) on list
 * relations, both as EXISTS subqueries. A filter field the SDL declares without a matching object
 * field (RegiehouderFilterInput.client) follows the shortest chain of relations to its type.
 */
import { GraphQLError, type GraphQLInputObjectType, type GraphQLInputType, getNamedType, isInputObjectType } from './gql.js';
import { q } from './ddl.js';
import { type Column, type Entity, findPath, type Hop, type RegisterModel } from './model.js';

export interface Sql {
  sql: string;
  params: unknown[];
}

type Where = Record<string, unknown>;

const CMP: Record<string, string> = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** SQL for joining `toAlias` (entity hop.to) to `fromAlias` (entity `from`). */
export function hopJoin(model: RegisterModel, from: Entity, fromAlias: string, hop: Hop, toAlias: string): string {
  const to = model.entities.get(hop.to)!;
  return hop.side === 'to' ? `${toAlias}.${q(hop.fk)} = ${fromAlias}.${q(from.pk)}` : `${toAlias}.${q(to.pk)} = ${fromAlias}.${q(hop.fk)}`;
}

export class FilterCompiler {
  readonly params: unknown[] = [];
  private n = 0;

  constructor(private readonly model: RegisterModel) {}

  alias(): string {
    this.n += 1;
    return `t${this.n}`;
  }

  private p(v: unknown): string {
    this.params.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
    return '?';
  }

  /** A boolean SQL expression for `where` on entity `type` aliased `alias`; '1' when empty. */
  where(type: string, alias: string, where: Where | null | undefined, input: GraphQLInputObjectType): string {
    if (!where) return '1';
    const e = this.model.entities.get(type)!;
    const fields = input.getFields();
    const parts: string[] = [];
    for (const [name, value] of Object.entries(where)) {
      if (value === undefined) continue;
      const f = fields[name];
      if (!f) throw new GraphQLError(`${input.name} has no field ${name}`);
      if (name === 'and' || name === 'or') {
        const list = (value ?? []) as Where[];
        const sub = list.map((w) => this.where(type, alias, w, input));
        parts.push(sub.length === 0 ? '1' : `(${sub.join(name === 'and' ? ' AND ' : ' OR ')})`);
        continue;
      }
      if (value === null) continue;
      parts.push(this.field(e, alias, name, value as Where, f.type));
    }
    return parts.length === 0 ? '1' : parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
  }

  private field(e: Entity, alias: string, name: string, value: Where, type: GraphQLInputType): string {
    const input = getNamedType(type);
    if (!isInputObjectType(input)) throw new GraphQLError(`filter field ${name} is not an input object`);
    const target = this.entityOfFilter(input);
    if (target) return this.exists(e, alias, name, target, (a) => this.where(target, a, value, input));
    const inner = input.getFields()['some'] ?? input.getFields()['all'];
    if (inner) {
      const innerInput = getNamedType(inner.type) as GraphQLInputObjectType;
      const child = this.entityOfFilter(innerInput);
      if (!child) throw new GraphQLError(`no entity for ${innerInput.name}`);
      return this.listFilter(e, alias, name, child, value, innerInput);
    }
    const col = e.columns.get(name);
    if (!col) throw new GraphQLError(`${e.type} has no column ${name}`);
    return this.operation(`${alias}.${q(col.name)}`, col, value, input);
  }

  private entityOfFilter(input: GraphQLInputObjectType): string | undefined {
    const m = /^(.*)FilterInput$/.exec(input.name);
    return m && this.model.entities.has(m[1]!) ? m[1] : undefined;
  }

  private pathTo(e: Entity, field: string, target: string): Hop[] {
    const r = e.relations.get(field);
    if (r && r.to === target) return [r];
    const path = findPath(this.model, e.type, target);
    if (!path) throw new GraphQLError(`${e.type}.${field}: no relation to ${target}`);
    return path;
  }

  /** EXISTS (SELECT 1 FROM <chain of hops> WHERE <joins> AND <cond on the last alias>). */
  private exists(e: Entity, alias: string, field: string, target: string, cond: (a: string) => string): string {
    const path = this.pathTo(e, field, target);
    const from: string[] = [];
    const joins: string[] = [];
    let at = e;
    let atAlias = alias;
    for (const hop of path) {
      const a = this.alias();
      from.push(`${q(this.model.entities.get(hop.to)!.table)} ${a}`);
      joins.push(hopJoin(this.model, at, atAlias, hop, a));
      at = this.model.entities.get(hop.to)!;
      atAlias = a;
    }
    joins.push(cond(atAlias));
    return `EXISTS (SELECT 1 FROM ${from.join(', ')} WHERE ${joins.join(' AND ')})`;
  }

  private listFilter(e: Entity, alias: string, field: string, child: string, value: Where, inner: GraphQLInputObjectType): string {
    const parts: string[] = [];
    for (const [op, v] of Object.entries(value)) {
      if (v === undefined || v === null) continue;
      switch (op) {
        case 'some': parts.push(this.exists(e, alias, field, child, (a) => this.where(child, a, v as Where, inner))); break;
        case 'none': parts.push(`NOT ${this.exists(e, alias, field, child, (a) => this.where(child, a, v as Where, inner))}`); break;
        case 'all': parts.push(`NOT ${this.exists(e, alias, field, child, (a) => `(${this.where(child, a, v as Where, inner)}) IS NOT 1`)}`); break;
        case 'any': parts.push(`${v ? '' : 'NOT '}${this.exists(e, alias, field, child, () => '1')}`); break;
        default: throw new GraphQLError(`unknown list operation ${op}`);
      }
    }
    return parts.length === 0 ? '1' : `(${parts.join(' AND ')})`;
  }

  /** A scalar operation filter on one column. Negations follow C#/EF semantics: NULL rows match. */
  private operation(expr: string, col: Column, ops: Where, input: GraphQLInputObjectType): string {
    const parts: string[] = [];
    const dt = col.kind === 'datetime';
    const lhs = dt ? `julianday(${expr})` : expr;
    const rhs = (v: unknown): string => (dt ? `julianday(${this.p(v)})` : this.p(v));
    const not = (s: string): string => `(${expr} IS NULL OR NOT (${s}))`;
    for (const [op, v] of Object.entries(ops)) {
      if (v === undefined) continue;
      if (op === 'and' || op === 'or') {
        const sub = ((v ?? []) as Where[]).map((w) => this.operation(expr, col, w, input));
        parts.push(sub.length === 0 ? '1' : `(${sub.join(op === 'and' ? ' AND ' : ' OR ')})`);
        continue;
      }
      const negated = op.startsWith('n') && op !== 'neq' && op !== 'nin' ? op.charAt(1).toLowerCase() + op.slice(2) : undefined;
      const base = op === 'neq' ? 'eq' : op === 'nin' ? 'in' : negated ?? op;
      const isNot = op === 'neq' || op === 'nin' || negated !== undefined;
      let s: string;
      if (base === 'eq') {
        if (v === null) { parts.push(`${expr} IS ${isNot ? 'NOT ' : ''}NULL`); continue; }
        s = `${lhs} = ${rhs(v)}`;
      } else if (base === 'in') {
        const list = (v ?? []) as unknown[];
        const vals = list.filter((x) => x !== null);
        const inSql = vals.length === 0 ? '0' : `${lhs} IN (${vals.map((x) => rhs(x)).join(', ')})`;
        const withNull = list.length !== vals.length ? `(${inSql} OR ${expr} IS NULL)` : inSql;
        parts.push(isNot ? (list.length !== vals.length ? `(${expr} IS NOT NULL AND NOT (${inSql}))` : not(inSql)) : withNull);
        continue;
      } else if (v === null) {
        // A comparison with null is false in C#; its negation true.
        parts.push(isNot ? '1' : '0');
        continue;
      } else if (CMP[base]) {
        s = `${lhs} ${CMP[base]} ${rhs(v)}`;
      } else if (base === 'contains') {
        s = `instr(${expr}, ${this.p(v)}) > 0`;
      } else if (base === 'startsWith') {
        s = `substr(${expr}, 1, length(${this.p(v)})) = ${this.p(v)}`;
      } else if (base === 'endsWith') {
        s = `substr(${expr}, length(${expr}) - length(${this.p(v)}) + 1) = ${this.p(v)}`;
      } else {
        throw new GraphQLError(`${input.name}: operation ${op} is not supported`);
      }
      parts.push(isNot ? not(s) : s);
    }
    return parts.length === 0 ? '1' : parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
  }
}
