/**
 * The key field of each register type (`bemiddelingspecificatieID`, `behandelingperiodeID` of
 * BehandelingPeriode, `contactPersoonID` of IR ContactPersoon, `wlzindicatieID` of WlzIndicatie):
 * what a `registreer…` mutation selects to learn the new record's id, and what a `wijzig…` input
 * names the record by. Taken from the register model of the SDL (`buildModel`, the primary keys
 * the registers themselves use), so it follows the served schema rather than a hand-written list.
 */
import path from 'node:path';
import { projectRoot } from '../config/root.js';
import { buildSchema, type GraphQLSchema } from '../reference-register/gql.js';
import { buildModel } from '../reference-register/model.js';
import { REGISTERS } from '../reference-register/registers.js';
import { readSdl, schemaDirOf } from '../reference-register/schema-files.js';
import type { RegisterId } from './plan.js';

/** Without a schema: `<type with a lower-case first letter>ID`. */
export const namingRule = (entity: string): string => `${entity.charAt(0).toLowerCase()}${entity.slice(1)}ID`;

export class KeyFields {
  private constructor(private readonly byRegister: Map<RegisterId, Map<string, string>>) {}

  static fromSchemas(schemas: ReadonlyMap<RegisterId, GraphQLSchema>): KeyFields {
    const out = new Map<RegisterId, Map<string, string>>();
    for (const [id, schema] of schemas) out.set(id, new Map([...buildModel(schema, id).entities.values()].map((e) => [e.type, e.pk])));
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
