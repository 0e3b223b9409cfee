/**
 * Queries executed by graphql-jit: each query document is compiled once per schema into a
 * JavaScript function (graphql-jit, the compiler of graphql-js's execution), which skips
 * graphql-js's per-field interpretation — the largest cost of a register query after the SQL.
 * Mutations, and any document graphql-jit cannot compile, run on graphql-js's own execute, so
 * the write path and every error keep graphql-js's behaviour. Results are the same data; the
 * register tests (every official query template, the filter and loader tests) run through it.
 */
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { operationMemo } from './document-cache.js';
import { execute, type ExecutionArgs, type GraphQLSchema, type OperationDefinitionNode } from './gql.js';

type Compiled = { query: CompiledQuery; op: OperationDefinitionNode } | null;
/** Per schema (a compiled query is bound to its schema): per operation, its compiled query or null. */
const compiled = new WeakMap<GraphQLSchema, (args: ExecutionArgs) => Compiled>();

function compiledFor(args: ExecutionArgs): Compiled {
  let forSchema = compiled.get(args.schema);
  if (!forSchema) {
    forSchema = operationMemo((op, a) => {
      const result = op?.operation === 'query' ? compileQuery(a.schema, a.document, a.operationName ?? undefined) : null;
      return op && result && isCompiledQuery(result) ? { query: result, op } : null;
    });
    compiled.set(args.schema, forSchema);
  }
  return forSchema(args);
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
