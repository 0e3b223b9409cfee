/**
 * The embedded reference register's write contract with NULLABLE mutation fields (`registreerT:
 * T`, as the embedded register has them) or, with `nonNull`, with NON-NULL ones (`T!`, as a real
 * register's own contract might), served on its own loopback port over the same SQLite database, resolvers,
 * validation and write log. With nullable fields a failing field of a request with several
 * aliased mutations fails alone (`path: ["m3"]`) while the others keep their answers — the
 * contract the executor's batching needs (docs/forward-sending.md, "Waves"). Counts the mutation
 * requests it serves per register path.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHandler } from 'graphql-http/lib/use/http';
import { projectRoot } from '../../src/config/root.js';
import { GraphQLNonNull, type GraphQLOutputType, GraphQLObjectType, GraphQLSchema, isNonNullType } from '../../src/reference-register/gql.js';
import { cachedParse, cachedValidate } from '../../src/reference-register/document-cache.js';
import { REGISTERS } from '../../src/reference-register/registers.js';
import type { RunningRegister } from '../../src/reference-register/server.js';
import { CodeLists } from '../../src/reference-register/write/codes.js';
import { randomUuid } from '../../src/reference-register/write/mutations.js';

export interface NullableRegister {
  url: string;
  /** Requests whose document is a mutation, in arrival order: register path and the root fields. */
  mutationRequests: { path: string; fields: number }[];
  close(): Promise<void>;
}

/** The schema with every Mutation field's outer non-null removed, or added (same resolvers). */
export function nullableMutations(schema: GraphQLSchema, nonNull = false): GraphQLSchema {
  const old = schema.getMutationType();
  if (!old) return schema;
  const oc = old.toConfig();
  const retype = (t: GraphQLOutputType): GraphQLOutputType => (nonNull ? (isNonNullType(t) ? t : new GraphQLNonNull(t)) : isNonNullType(t) ? t.ofType : t);
  const fields = Object.fromEntries(Object.entries(oc.fields).map(([n, f]) => [n, { ...f, type: retype(f.type) }]));
  const mutation = new GraphQLObjectType({ ...oc, fields });
  const cfg = schema.toConfig();
  return new GraphQLSchema({ ...cfg, mutation, types: cfg.types.filter((t) => t !== old) });
}

export async function startNullableRegister(reg: RunningRegister, xsdDir = path.join(projectRoot(), 'xsd'), opts: { nonNull?: boolean } = {}): Promise<NullableRegister> {
  const codes = CodeLists.load(xsdDir);
  const mutationRequests: NullableRegister['mutationRequests'] = [];
  const handlers = new Map(REGISTERS.map((def) => [def.path, createHandler({
    schema: nullableMutations(reg.registers.get(def.id)!.schema, opts.nonNull),
    parse: cachedParse,
    validate: cachedValidate,
    context: (req) => {
      const h = req.raw.headers['x-party'];
      const party = typeof h === 'string' ? h : undefined;
      return { db: reg.db, write: { now: () => new Date(), newId: randomUuid, codes, party } };
    },
    onSubscribe: (_req, params) => {
      const q = params.query.trim();
      if (q.startsWith('mutation')) mutationRequests.push({ path: def.path, fields: (q.match(/\b(registreer|wijzig|verwijder)[A-Z]\w*\(/g) ?? []).length });
    },
  })]));
  const server = http.createServer((req, res) => {
    const h = handlers.get((req.url ?? '').split('?')[0]!);
    if (!h) res.writeHead(404).end();
    else void h(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    mutationRequests,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}
