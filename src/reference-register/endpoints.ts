/**
 * The GraphQL endpoints of the registers on one database connection: per path the schema, the
 * execute graphql-http runs and its answer hook. The serving thread (server.ts) builds its
 * handlers from them; the one writer of a cluster (writer.ts) executes the workers' mutations on
 * the same ones, so a forwarded mutation runs exactly as it would where it was received.
 */
import { execute, type ExecutionArgs, type GraphQLSchema } from './gql.js';
import { buildIr1 } from './indicatieregister-v1.js';
import { jitExecute } from './jit.js';
import { MELDINGEN_PATH, meldingenSchema, withZendMelding } from './meldingen/schema.js';
import { plainAnswer } from './plain-answer.js';
import { REGISTERS, VIEWS } from './registers.js';
import { readSdl } from './schema-files.js';
import type { Store } from './server.js';
import { oneTransactionPerRequest } from './write/request-transaction.js';

export type Execute = (args: ExecutionArgs) => ReturnType<typeof execute>;

export interface Endpoint {
  schema: GraphQLSchema;
  execute: Execute;
  /** graphql-http onOperation (the plain answer of a result without errors), where the endpoint has one. */
  onOperation?: typeof plainAnswer;
}

/**
 * Every endpoint by path: the registers (with zendMelding, a mutation request in one transaction),
 * `/meldingen/graphql`, and (unless `views` is false: a writer, since views have no mutations) the views.
 */
export function endpointsOf(store: Pick<Store, 'db' | 'registers'>, schemaDir: string, views = true): Map<string, Endpoint> {
  const { db, registers } = store;
  const writes = oneTransactionPerRequest(db, jitExecute);
  const out = new Map<string, Endpoint>(REGISTERS.map((def) => [def.path, { schema: withZendMelding(registers.get(def.id)!.schema, def.id), execute: writes, onOperation: plainAnswer }]));
  // graphql-http's default execute is graphql-js's own.
  out.set(MELDINGEN_PATH, { schema: meldingenSchema(), execute });
  if (views) for (const v of VIEWS) out.set(v.path, { schema: buildIr1(readSdl(schemaDir, v.sdl), registers.get(v.over)!), execute: jitExecute, onOperation: plainAnswer });
  return out;
}
