/**
 * Compiles HotChocolate-style `order` inputs (a list of `XSortInput`, each field ASC/DESC or a
 * nested sort input of a single reference) into ORDER BY terms; nested ones are correlated
 * scalar subqueries, so no joins change the row set. The table's rowid breaks ties.
 */
import { GraphQLError, type GraphQLInputObjectType, getNamedType, isInputObjectType } from './gql.js';
import { q } from './ddl.js';
import { hopJoin } from './filter.js';
import type { RegisterModel } from './model.js';

interface Term {
  expr: string;
  dir: 'ASC' | 'DESC';
}

type Order = Record<string, unknown>;

export class OrderCompiler {
  private n = 0;
  constructor(private readonly model: RegisterModel, private readonly prefix = 'o') {}

  /** `ORDER BY …` terms (without the keywords) for `order` on entity `type` aliased `alias`. */
  orderBy(type: string, alias: string, order: readonly (Order | null)[] | Order | null | undefined, input: GraphQLInputObjectType | undefined): string[] {
    if (!order || !input) return [];
    const list = Array.isArray(order) ? order : [order];
    return list.flatMap((o) => (o ? this.terms(type, alias, o, input) : [])).map((t) => `${t.expr} ${t.dir}`);
  }

  private terms(type: string, alias: string, order: Order, input: GraphQLInputObjectType): Term[] {
    const e = this.model.entities.get(type)!;
    const fields = input.getFields();
    const out: Term[] = [];
    for (const [name, v] of Object.entries(order)) {
      if (v === undefined || v === null) continue;
      const f = fields[name];
      if (!f) throw new GraphQLError(`${input.name} has no field ${name}`);
      const t = getNamedType(f.type);
      if (isInputObjectType(t)) {
        const r = e.relations.get(name);
        if (!r || r.list) throw new GraphQLError(`${type}.${name} is not a single reference`);
        const target = this.model.entities.get(r.to)!;
        this.n += 1;
        const a = `${this.prefix}${this.n}`;
        const join = hopJoin(this.model, e, alias, r, a);
        for (const inner of this.terms(r.to, a, v as Order, t)) {
          out.push({ expr: `(SELECT ${inner.expr} FROM ${q(target.table)} ${a} WHERE ${join} LIMIT 1)`, dir: inner.dir });
        }
        continue;
      }
      const col = e.columns.get(name);
      if (!col) throw new GraphQLError(`${type} has no column ${name}`);
      const expr = col.kind === 'datetime' ? `julianday(${alias}.${q(name)})` : `${alias}.${q(name)}`;
      out.push({ expr, dir: v === 'DESC' ? 'DESC' : 'ASC' });
    }
    return out;
  }
}
