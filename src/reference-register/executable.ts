/**
 * Turns an official register SDL into an executable schema: the SDL is built as published
 * (nothing added or renamed on the query side) and generic resolvers over the SQLite tables are
 * attached; with `mutations` our write contract (write/contract.ts) is added as a Mutation type.
 */
import {
  buildSchema, extendSchema, getNamedType, GraphQLSchema, parse, type GraphQLField, type GraphQLInputObjectType,
  isInputObjectType, isObjectType,
} from './gql.js';
import { q } from './ddl.js';
import { FilterCompiler } from './filter.js';
import { loaderOf, prepared } from './loader.js';
import { buildModel, type Entity, type Relation, type RegisterModel } from './model.js';
import { OrderCompiler } from './order.js';
import { checkScalars } from './scalars.js';
import type { Db } from './storage.js';
import type { CodeLists } from './write/codes.js';
import { mutationSdl } from './write/contract.js';
import { attachMutations, type WriteEnv } from './write/mutations.js';

export interface RegisterContext {
  db: Db;
  /** Present when the register accepts writes (the write contract). */
  write?: WriteEnv;
}

export interface BuildOptions {
  /** Add the write contract (docs/register-mutations.md) beside the official query schema. */
  mutations?: boolean;
  /** Code lists named in the mutation inputs' descriptions. */
  codes?: CodeLists;
}

export interface ExecutableRegister {
  schema: GraphQLSchema;
  model: RegisterModel;
}

type Row = Record<string, unknown>;
type Args = Record<string, unknown>;

const argInput = (f: GraphQLField<unknown, unknown>, name: string): GraphQLInputObjectType | undefined => {
  const a = f.args.find((x) => x.name === name);
  const t = a && getNamedType(a.type);
  return t && isInputObjectType(t) ? t : undefined;
};

function toRow(e: Entity, r: Row): Row {
  for (const c of e.columns.values()) if (c.kind === 'boolean' && r[c.name] !== null && r[c.name] !== undefined) r[c.name] = r[c.name] === 1;
  for (const id of e.idAliases) r[id] = r[e.pk];
  return r;
}

/** SELECT rows of an entity: `extra` narrows (relation), then `where`, `order`, rowid. */
export function selectRows(db: Db, model: RegisterModel, e: Entity, f: GraphQLField<unknown, unknown>, args: Args, extra?: { sql: string; params: unknown[] }, limit?: number): Row[] {
  const fc = new FilterCompiler(model);
  const whereInput = argInput(f, 'where');
  const cond = whereInput ? fc.where(e.type, 'r0', args['where'] as Row | undefined, whereInput) : '1';
  const terms = new OrderCompiler(model).orderBy(e.type, 'r0', args['order'] as Row[] | undefined, argInput(f, 'order'));
  const sql = `SELECT r0.* FROM ${q(e.table)} r0 WHERE ${extra ? `${extra.sql} AND ` : ''}${cond} ORDER BY ${[...terms, 'r0.rowid'].join(', ')}${limit ? ` LIMIT ${limit}` : ''}`;
  const rows = prepared(db, sql).all(...(extra?.params ?? []), ...fc.params) as Row[];
  return rows.map((r) => toRow(e, r));
}

let resolverSeq = 0;

/**
 * The resolver of a relation field (`owner.r`, GraphQL field `f` whose `where`/`order` arguments
 * apply), batched per request: the keys of all parents asked for in one pass are loaded with one
 * `WHERE key IN (…)` statement carrying the same `where`/`order`, then grouped per parent in the
 * statement's order. A single reference takes the first row of its key.
 */
export function relationResolver(model: RegisterModel, owner: Entity, r: Relation, f: GraphQLField<unknown, unknown>): (src: Row, args: Args, ctx: RegisterContext) => Promise<Row[] | Row | null> | Row[] | null {
  const target = model.entities.get(r.to)!;
  const keyColumn = r.side === 'to' ? r.fk : target.pk;
  const seq = ++resolverSeq;
  return (src, args, ctx) => {
    const key = r.side === 'to' ? src[owner.pk] : src[r.fk];
    if (key === null || key === undefined) return r.list ? [] : null;
    const run = (keys: string[]): Map<string, Row[]> => {
      const extra = keys.length === 1
        ? { sql: `r0.${q(keyColumn)} = ?`, params: [keys[0]] }
        : { sql: `r0.${q(keyColumn)} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(keys)] };
      const out = new Map<string, Row[]>();
      for (const row of selectRows(ctx.db, model, target, f, args, extra)) {
        const k = String(row[keyColumn]);
        const list = out.get(k);
        if (list) list.push(row); else out.set(k, [row]);
      }
      return out;
    };
    const rows = loaderOf(ctx).load(`${seq}|${JSON.stringify(args)}`, String(key), run);
    return r.list ? rows : rows.then((l) => l[0] ?? null);
  };
}

export function buildExecutable(sdl: string, prefix: string, opts: BuildOptions = {}): ExecutableRegister {
  let schema = buildSchema(sdl);
  if (opts.mutations) {
    // extendSchema drops the schema description of the official SDL: keep it.
    const description = schema.description;
    const extended = extendSchema(schema, parse(mutationSdl(schema, buildModel(schema, prefix), opts.codes)));
    schema = new GraphQLSchema({ ...extended.toConfig(), description });
  }
  checkScalars(schema);
  const model = buildModel(schema, prefix);
  attachMutations(schema, model);
  const query = schema.getQueryType();
  for (const f of Object.values(query?.getFields() ?? {})) {
    const e = model.entities.get(getNamedType(f.type).name);
    if (!e) continue;
    f.resolve = (_src, args: Args, ctx: RegisterContext) => selectRows(ctx.db, model, e, f, args);
  }
  for (const e of model.entities.values()) {
    const t = schema.getType(e.type);
    if (!isObjectType(t)) continue;
    for (const r of e.relations.values()) {
      const f = t.getFields()[r.field]!;
      f.resolve = relationResolver(model, e, r, f);
    }
  }
  return { schema, model };
}
