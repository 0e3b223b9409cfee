/**
 * Queries executed by graphql-jit: each query document is compiled once per schema into a
 * JavaScript function (graphql-jit, the compiler of graphql-js's execution), which skips
 * graphql-js's per-field interpretation — the largest cost of a register query after the SQL.
 * Mutations, and any document graphql-jit cannot compile, run on graphql-js's own execute, so
 * the write path and every error keep graphql-js's behaviour. Results are the same data; the
 * register tests (every official query template, the filter and loader tests) run through it.
 */
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { type DocumentNode, execute, type ExecutionArgs, type GraphQLSchema, getOperationAST, type OperationDefinitionNode } from './gql.js';

type Compiled = { query: CompiledQuery; op: OperationDefinitionNode } | null;
const compiled = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Compiled>>>();

function compiledFor(args: ExecutionArgs): Compiled {
  let bySchema = compiled.get(args.schema);
  if (!bySchema) compiled.set(args.schema, (bySchema = new WeakMap()));
  let byOp = bySchema.get(args.document);
  if (!byOp) bySchema.set(args.document, (byOp = new Map()));
  const name = args.operationName ?? '';
  let c = byOp.get(name);
  if (c === undefined) {
    const op = getOperationAST(args.document, args.operationName);
    const result = op?.operation === 'query' ? compileQuery(args.schema, args.document, args.operationName ?? undefined) : null;
    c = op && result && isCompiledQuery(result) ? { query: result, op } : null;
    byOp.set(name, c);
  }
  return c;
}

type Result = Awaited<ReturnType<typeof execute>>;

/**
 * graphql-http's `execute`: compiled for queries, graphql-js for the rest. The compiled query
 * coerces the variables itself (with the schema's scalars, as graphql-js does) and answers
 * without `data` when they do not coerce: that request is answered by graphql-js again, so its
 * errors are graphql-js's own (e.g. the Date scalar's messages). Coercing each request's
 * variables once, not twice, is ~3 % of a query.
 */
export function jitExecute(args: ExecutionArgs): ReturnType<typeof execute> {
  const c = compiledFor(args);
  if (!c) return execute(args);
  const r = c.query.query(args.rootValue, args.contextValue, args.variableValues ?? {}) as ReturnType<typeof execute>;
  const orGraphqlJs = (x: Result): ReturnType<typeof execute> => ('data' in x ? x : execute(args));
  return r instanceof Promise ? r.then(orGraphqlJs) : orGraphqlJs(r as Result);
}
