/**
 * zendMelding (RFC0018, BRIEF §7) on the embedded registers, and the meldingen query.
 *
 * Every register endpoint gets `zendMelding(meldingInput: MeldingInput!): Melding!` on its
 * Mutation type (beside our write contract, never on the official Query type); the endpoint
 * `/meldingen/graphql` serves `zendMelding` too and the query `meldingen(…)` over the same table.
 */
import { buildSchema, extendSchema, type GraphQLFieldConfig, GraphQLSchema, parse } from '../gql.js';
import { checkScalars } from '../scalars.js';
import type { Db } from '../storage.js';
import { rejected, type WriteEnv } from '../write/mutations.js';
import { insertMelding, listMeldingen, type MeldingFilter } from './store.js';
import { type MeldingInput, validateMelding } from './validate.js';

export const MELDINGEN_PATH = '/meldingen/graphql';

const TYPES_SDL = `
"""One subject of a notificatie or melding: for a melding the violated register rule code (e.g. GGR0001) and the record (Entity/uuid)."""
input SubjectInput { subject: String!, recordID: String! }

"""A melding (RFC0018): the NotificatieInput structure of RFC0008, eventType e.g. IWLZFOUTMELDING. Not part of the official register schema."""
input MeldingInput {
  timestamp: DateTime!
  afzenderIDType: String!
  afzenderID: String!
  ontvangerIDType: String!
  ontvangerID: String!
  ontvangerKenmerk: String
  eventType: String!
  subjectList: [SubjectInput!]!
}

type MeldingSubject { subject: String!, recordID: String! }

"""A received melding. The zendMelding answer of the network is { meldingID }; the other fields are what this register stored."""
type Melding {
  meldingID: ID!
  """When the register received it."""
  ontvangen: DateTime!
  """Endpoint it came in on: ir, br, lr or meldingen."""
  endpoint: String!
  """The authenticated sender (token or client certificate; X-Party in insecure mode), if known."""
  ingediendDoor: String
  timestamp: DateTime!
  afzenderIDType: String!
  afzenderID: String!
  """ID type as stored: upper case, AGBCODE as AGB."""
  ontvangerIDType: String!
  ontvangerID: String!
  ontvangerKenmerk: String
  eventType: String!
  subjectList: [MeldingSubject!]!
}
`;

const ZEND = `"""Receives a melding (RFC0018) and keeps it (query it at ${MELDINGEN_PATH}); answers its meldingID."""
  zendMelding(meldingInput: MeldingInput!): Melding!`;

const MELDINGEN_QUERY = `"""Received meldingen, oldest first: every criterion given must match. ontvangerIDType is case-insensitive (AGBCODE = AGB); since compares with the moment received."""
  meldingen(ontvangerIDType: String, ontvangerID: String, eventType: String, since: DateTime, first: Int = 100): [Melding!]!`;

interface Ctx { db: Db; write?: WriteEnv }

function zendMelding(endpoint: string): GraphQLFieldConfig<unknown, Ctx, { meldingInput: MeldingInput }>['resolve'] {
  return (_src, args, ctx) => {
    const env = ctx.write;
    if (!env) throw rejected('zendMelding', [{ field: 'meldingInput', rule: 'type', message: 'this endpoint does not accept meldingen' }]);
    const violations = validateMelding(args.meldingInput);
    if (violations.length > 0) throw rejected('zendMelding', violations);
    const party = env.party?.trim();
    return insertMelding(ctx.db, args.meldingInput, { meldingID: env.newId(), ontvangen: env.now(), endpoint, ingediendDoor: party || undefined });
  };
}

function attach(schema: GraphQLSchema, endpoint: string): void {
  schema.getMutationType()!.getFields()['zendMelding']!.resolve = zendMelding(endpoint) as never;
  const query = schema.getQueryType()?.getFields()['meldingen'];
  if (query) query.resolve = (_src: unknown, args: MeldingFilter, ctx: Ctx) => listMeldingen(ctx.db, args);
}

/** The register's schema plus zendMelding on its Mutation type (added if it has none); the query side is left as it is. */
export function withZendMelding(schema: GraphQLSchema, endpoint: string): GraphQLSchema {
  for (const name of ['SubjectInput', 'MeldingInput', 'MeldingSubject', 'Melding']) {
    if (schema.getType(name)) throw new Error(`${endpoint}: the schema already has a type ${name}; cannot add zendMelding`);
  }
  const mutation = schema.getMutationType();
  const sdl = [
    schema.getType('DateTime') ? '' : 'scalar DateTime',
    TYPES_SDL,
    mutation ? `extend type ${mutation.name} {\n  ${ZEND}\n}` : `extend schema { mutation: Mutation }\ntype Mutation {\n  ${ZEND}\n}`,
  ].join('\n');
  // extendSchema keeps the resolvers and scalar parsers already attached, but drops the schema description.
  const extended = extendSchema(schema, parse(sdl));
  const out = new GraphQLSchema({ ...extended.toConfig(), description: schema.description });
  checkScalars(out);
  attach(out, endpoint);
  return out;
}

/** The schema of `/meldingen/graphql`: query the received meldingen, send one. */
export function meldingenSchema(): GraphQLSchema {
  const schema = buildSchema(`scalar DateTime\n${TYPES_SDL}\ntype Query {\n  ${MELDINGEN_QUERY}\n}\ntype Mutation {\n  ${ZEND}\n}`);
  checkScalars(schema);
  attach(schema, 'meldingen');
  return schema;
}
