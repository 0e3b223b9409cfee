/**
 * The one writer of a register cluster (cluster.ts): the primary executes the mutations its
 * workers forward (forward-writes.ts) on its own connection, with the endpoints a serving thread
 * has (endpoints.ts) and the write environment a worker would have (writeEnvOf: system clock, random
 * ids, the code lists, the store's notifier), so each lands once, in one connection, without waiting for
 * another's lock. The result goes back in its JSON form: the errors as GraphQLError.toJSON writes
 * them (what graphql-http's JSON.stringify would), keys in the result's order.
 */
import { cachedParse } from './document-cache.js';
import { endpointsOf } from './endpoints.js';
import type { RegisterContext } from './executable.js';
import type { WriteAnswer, WriteRequest } from './forward-writes.js';
import type { ExecutionResult, GraphQLError } from './gql.js';
import { type Store, writeEnvOf } from './server.js';

/** The result as JSON.stringify sees it (toJSON of each error), as plain data for the channel. */
export function plainResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(result)) out[k] = k === 'errors' ? (v as readonly GraphQLError[]).map((e) => e.toJSON()) : v;
  return out as ExecutionResult;
}

/** Executes forwarded mutations on `store`: returns the answer to send back. */
export function writerOf(store: Store, schemaDir: string): (m: WriteRequest) => Promise<WriteAnswer> {
  const endpoints = endpointsOf(store, schemaDir, false); // the views answer queries only
  const base = writeEnvOf(store); // a cluster takes no clock or id functions (checkThreads)
  return async (m) => {
    try {
      const endpoint = endpoints.get(m.path);
      if (!endpoint) throw new Error(`no register at ${m.path}`);
      const contextValue: RegisterContext = { db: store.db, write: { ...base, party: m.party } };
      const result = await endpoint.execute({ schema: endpoint.schema, document: cachedParse(m.query), variableValues: m.variables, operationName: m.operationName, contextValue, rootValue: undefined });
      return { id: m.id, result: plainResult(result as ExecutionResult) };
    } catch (e) {
      return { id: m.id, error: (e as Error).message };
    }
  };
}
