/**
 * Turns an official register SDL into an executable schema: the SDL is built as published
 * (nothing added or renamed on the query side) and generic resolvers over the SQLite tables are
 * attached; with `mutations` our write contract (write/contract.ts) is added as a Mutation type.
 */
import {
  buildSchema, extendSchema, getNamedType, GraphQLSchema, parse, type GraphQLField, type GraphQLInputObjectType,
  isInputObjectType, isObjectType,
} from './gql.js';
import { useFastArguments } from './arguments.js';
import { q } from './ddl.js';
import { FilterCompiler } from './filter.js';
import { fill, shapeOf } from './filter-shape.js';
import { jsonRows } from './json-rows.js';
import { loadBatched, prepared, siblings } from './loader.js';
import { buildModel, type Entity, type Relation, type RegisterModel } from './model.js';
import { OrderCompiler } from './order.js';
import { checkScalars } from './scalars.js';
import type { Statement } from 'better-sqlite3';
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

/**
 * Compiled `where`/`order` of one field and argument shape (filter-shape.ts): the SQL condition,
 * order and parameters (with slots for the request's values), and per narrowing (`extra` SQL,
 * limit) the SQL text and its prepared statement on the database last used, so a repeated query
 * builds no SQL text and looks up no statement by it.
 */
interface Compiled {
  cond: string;
  order: string;
  params: unknown[];
  db?: Db;
  entity?: Entity;
  statements?: Map<string, Statement>;
}

/** Compiled `where`/`order` per field and argument shape (bounded). */
const COMPILED = new WeakMap<object, { none: Compiled; byArgs: Map<string, Compiled> }>();
const MAX_COMPILED = 500;

/** The compilation of `args` on field `f`, and the parameters of this request. */
function compile(model: RegisterModel, e: Entity, f: GraphQLField<unknown, unknown>, args: Args): { c: Compiled; params: unknown[] } {
  let forField = COMPILED.get(f);
  if (!forField) COMPILED.set(f, (forField = { none: { cond: '1', order: 'r0.rowid', params: [] }, byArgs: new Map() }));
  if (args['where'] === undefined && args['order'] === undefined) return { c: forField.none, params: forField.none.params };
  const { byArgs } = forField;
  const where = shapeOf(args['where']);
  // The order is an enum list that the SQL spells out: it is part of the key as it is.
  const key = `${e.type}|${JSON.stringify(args['order'])}|${where.key}`;
  let c = byArgs.get(key);
  if (!c) {
    const fc = new FilterCompiler(model);
    const whereInput = argInput(f, 'where');
    const cond = whereInput ? fc.where(e.type, 'r0', where.slotted as Row | undefined, whereInput) : '1';
    const terms = new OrderCompiler(model).orderBy(e.type, 'r0', args['order'] as Row[] | undefined, argInput(f, 'order'));
    c = { cond, order: [...terms, 'r0.rowid'].join(', '), params: fc.params };
    if (byArgs.size >= MAX_COMPILED) byArgs.delete(byArgs.keys().next().value!);
    byArgs.set(key, c);
  }
  return { c, params: where.values.length ? fill(c.params, where.values) : c.params };
}

/** The statement of `c` narrowed by `extraSql` (and `limit`), prepared once per database. */
function statementOf(db: Db, e: Entity, c: Compiled, extraSql: string | undefined, limit: number | undefined): Statement {
  if (c.db !== db || c.entity !== e || !c.statements) {
    c.db = db;
    c.entity = e;
    c.statements = new Map();
  }
  const key = limit ? `${extraSql ?? ''}|${limit}` : extraSql ?? '';
  let s = c.statements.get(key);
  if (!s) {
    s = prepared(db, jsonRows(e).sql(`${extraSql ? `${extraSql} AND ` : ''}${c.cond}`, c.order, limit)).pluck();
    c.statements.set(key, s);
  }
  return s;
}

/** SELECT rows of an entity: `extra` narrows (relation), then `where`, `order`, rowid. */
export function selectRows(db: Db, model: RegisterModel, e: Entity, f: GraphQLField<unknown, unknown>, args: Args, extra?: { sql: string; params: unknown[] }, limit?: number): Row[] {
  const { c, params } = compile(model, e, f, args);
  // better-sqlite3 binds each array argument as a run of anonymous parameters.
  const texts = (extra ? statementOf(db, e, c, extra.sql, limit).all(extra.params, params) : statementOf(db, e, c, undefined, limit).all(params)) as string[];
  return siblings(jsonRows(e).read(texts));
}

let resolverSeq = 0;

/**
 * The resolver of a relation field (`owner.r`, GraphQL field `f` whose `where`/`order` arguments
 * apply), batched (loader.ts): the keys of the row and all its siblings are loaded with one
 * `WHERE key IN (…)` statement carrying the same `where`/`order`, then grouped per parent in the
 * statement's order. A single reference takes the first row of its key.
 */
export function relationResolver(model: RegisterModel, owner: Entity, r: Relation, f: GraphQLField<unknown, unknown>): (src: Row, args: Args, ctx: RegisterContext, info?: { fieldNodes: readonly unknown[] }) => Row[] | Row | null {
  const target = model.entities.get(r.to)!;
  const keyColumn = r.side === 'to' ? r.fk : target.pk;
  const keyOf = r.side === 'to' ? (row: Row): unknown => row[owner.pk] : (row: Row): unknown => row[r.fk];
  const one = `r0.${q(keyColumn)} = ?`;
  const many = `r0.${q(keyColumn)} IN (SELECT value FROM json_each(?))`;
  const seq = ++resolverSeq;
  return (src, args, ctx, info) => {
    const run = (keys: string[]): Map<string, Row[]> => {
      const extra = keys.length === 1 ? { sql: one, params: [keys[0]] } : { sql: many, params: [JSON.stringify(keys)] };
      const out = new Map<string, Row[]>();
      for (const row of selectRows(ctx.db, model, target, f, args, extra)) {
        const k = String(row[keyColumn]);
        const list = out.get(k);
        if (list) list.push(row); else out.set(k, [row]);
      }
      return out;
    };
    // Within one execution (the life of a group of siblings) the field's nodes determine its
    // arguments (the variables are fixed): they key the batch without serialising the arguments
    // for every parent. Without them (a direct call), the resolver and its arguments do.
    const rows = loadBatched(src, info?.fieldNodes ?? `${seq}|${JSON.stringify(args)}`, keyOf, run);
    return r.list ? rows : rows[0] ?? null;
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
  useFastArguments(Object.values(schema.getTypeMap()).filter(isObjectType).flatMap((t) => Object.values(t.getFields())));
  return { schema, model };
}
