/**
 * The key field of each register type (`bemiddelingspecificatieID`, `behandelingperiodeID` of
 * BehandelingPeriode, `contactPersoonID` of IR ContactPersoon, `wlzindicatieID` of WlzIndicatie):
 * what a `registreer…` mutation selects to learn the new record's id, and what a `wijzig…` input
 * names the record by. Derived from the register SDL by the rule the registers use (the UUID
 * field named `<type>ID`, compared case-insensitively; else the one non-null `…ID` UUID field),
 * so it follows the served schema rather than a hand-written list.
 */
import path from 'node:path';
import { projectRoot } from '../config/root.js';
import { buildSchema, getNamedType, type GraphQLObjectType, type GraphQLSchema, isNonNullType, isObjectType, isScalarType } from '../reference-register/gql.js';
import { REGISTERS } from '../reference-register/registers.js';
import { readSdl, schemaDirOf } from '../reference-register/schema-files.js';
import type { RegisterId } from './plan.js';

const lc = (s: string): string => s.toLowerCase();

/** The key field of an object type by the registers' rule. */
export function keyFieldOf(t: GraphQLObjectType): string {
  const uuid = Object.values(t.getFields()).filter((f) => isScalarType(getNamedType(f.type)) && getNamedType(f.type).name === 'UUID');
  const own = uuid.find((f) => lc(f.name) === `${lc(t.name)}id`) ?? uuid.find((f) => isNonNullType(f.type) && f.name !== 'id' && !f.deprecationReason && f.name.endsWith('ID'));
  return own ? own.name : namingRule(t.name);
}

/** Without a schema: `<type with a lower-case first letter>ID`. */
export const namingRule = (entity: string): string => `${entity.charAt(0).toLowerCase()}${entity.slice(1)}ID`;

export class KeyFields {
  private constructor(private readonly byRegister: Map<RegisterId, Map<string, string>>) {}

  static fromSchemas(schemas: ReadonlyMap<RegisterId, GraphQLSchema>): KeyFields {
    const out = new Map<RegisterId, Map<string, string>>();
    for (const [id, schema] of schemas) {
      const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
      const keys = new Map<string, string>();
      for (const t of Object.values(schema.getTypeMap())) if (isObjectType(t) && !t.name.startsWith('__') && !roots.has(t.name)) keys.set(t.name, keyFieldOf(t));
      out.set(id, keys);
    }
    return new KeyFields(out);
  }

  /** From the installed register SDLs (`<project>/xsd/graphql` by default). */
  static fromSchemaDir(dir: string = schemaDirOf(path.join(projectRoot(), 'xsd'))): KeyFields {
    return KeyFields.fromSchemas(new Map(REGISTERS.map((def) => [def.id, buildSchema(readSdl(dir, def.sdl))])));
  }

  /** Every type of a register with its key field. */
  entities(register: RegisterId): ReadonlyMap<string, string> {
    return this.byRegister.get(register) ?? new Map();
  }

  keyOf(register: RegisterId, entity: string): string {
    return this.byRegister.get(register)?.get(entity) ?? namingRule(entity);
  }
}
