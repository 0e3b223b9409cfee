/**
 * The write contract of a register, generated from its SDL (the same mechanism for every
 * register): per stored object type T
 *
 *   registreerT(input: RegistreerTInput!): T    — new record, server-generated UUID v4
 *   wijzigT(input: WijzigTInput!): T            — change: fields given are set, absent ones kept
 *   verwijderT(id: UUID!): UUID                 — remove (refused while other records point to it)
 *
 * The results are nullable on purpose: a refused write is null with its error at its own path,
 * so several writes can travel in one request (aliases) and each gets its own answer.
 *
 * Input fields are the type's stored columns: its scalar fields (same names and scalar types as
 * the query schema; deprecated fields and the deprecated `id` left out) and the keys of the
 * records it hangs under (`bemiddelingID` on a Bemiddelingspecificatie, `clientID` on a
 * Bemiddeling, …). `vaststellingMoment` is set by the register, never by the caller.
 */
import { getNamedType, type GraphQLObjectType, type GraphQLSchema, isObjectType } from '../gql.js';
import type { Column, Entity, RegisterModel } from '../model.js';
import type { CodeLists } from './codes.js';

/** Columns the register fills itself. */
export const SERVER_SET = new Set(['vaststellingMoment']);

export interface InputField {
  column: Column;
  /** GraphQL scalar of the input field. */
  gqlType: string;
  required: boolean;
}

export interface EntityContract {
  entity: Entity;
  registreer: string;
  wijzig: string;
  verwijder: string;
  fields: InputField[];
  /** Key columns of which at least one must be given (a record owned by one of several parents, e.g. IR ContactGegevens). */
  oneOf?: string[];
}

/**
 * The key columns through which other types own this one as a list element
 * (`Bemiddeling.bemiddelingspecificatie` → `Bemiddelingspecificatie.bemiddelingID`).
 */
export function ownerKeys(model: RegisterModel, e: Entity): string[] {
  const out = new Set<string>();
  for (const o of model.entities.values()) {
    if (o.type === e.type) continue;
    for (const r of o.relations.values()) if (r.to === e.type && r.side === 'to') out.add(r.fk);
  }
  return [...out];
}

/** The input fields of an entity: stored columns minus the key, server-set and deprecated ones. */
export function inputFields(schema: GraphQLSchema, e: Entity, owners: string[] = []): InputField[] {
  const t = schema.getType(e.type) as GraphQLObjectType;
  const fields = t.getFields();
  const out: InputField[] = [];
  for (const c of e.columns.values()) {
    if (c.name === e.pk || SERVER_SET.has(c.name)) continue;
    const f = fields[c.name];
    if (f?.deprecationReason) continue;
    const gqlType = f ? getNamedType(f.type).name : 'UUID';
    // A record owned by exactly one parent type must name its parent, even where the column may be NULL.
    out.push({ column: c, gqlType, required: c.notNull || (owners.length === 1 && owners[0] === c.name) });
  }
  return out;
}

export function contractOf(schema: GraphQLSchema, model: RegisterModel): EntityContract[] {
  const out: EntityContract[] = [];
  for (const e of model.entities.values()) {
    if (!isObjectType(schema.getType(e.type))) continue;
    const owners = ownerKeys(model, e).filter((k) => !e.columns.get(k)?.notNull);
    const all = ownerKeys(model, e);
    out.push({
      entity: e, registreer: `registreer${e.type}`, wijzig: `wijzig${e.type}`, verwijder: `verwijder${e.type}`,
      fields: inputFields(schema, e, all.length === 1 ? owners : []),
      ...(all.length > 1 && owners.length === all.length ? { oneOf: all } : {}),
    });
  }
  return out;
}

const doc = (s: string): string => `"""${s.replace(/"""/g, "'''")}"""`;

function fieldDoc(f: InputField, codes: CodeLists | undefined): string | undefined {
  const parts: string[] = [];
  if (f.column.references) parts.push(`Key of the ${f.column.references} this record belongs to (must exist).`);
  const list = codes?.forField(f.column.name);
  if (list) parts.push(`Code from ${list.type} (XSD pack).`);
  return parts.length > 0 ? doc(parts.join(' ')) : undefined;
}

/** SDL extending the official query schema with the register's mutations and their inputs. */
export function mutationSdl(schema: GraphQLSchema, model: RegisterModel, codes?: CodeLists): string {
  const lines: string[] = [];
  const mutation: string[] = [];
  for (const c of contractOf(schema, model)) {
    const e = c.entity;
    const stamp = e.columns.has('vaststellingMoment') ? ' Sets vaststellingMoment to the moment of the write.' : '';
    const reg = c.fields.map((f) => [fieldDoc(f, codes), `  ${f.column.name}: ${f.gqlType}${f.required ? '!' : ''}`].filter(Boolean).join('\n  '));
    lines.push(`${doc(`A new ${e.type}; the register assigns ${e.pk}.`)}\ninput Registreer${e.type}Input {\n${reg.join('\n')}\n}`);
    const wij = c.fields.map((f) => [fieldDoc(f, codes), `  ${f.column.name}: ${f.gqlType}`].filter(Boolean).join('\n  '));
    lines.push(`${doc(`A change to a ${e.type}: fields given are set (null clears an optional field), fields left out keep their value.`)}\ninput Wijzig${e.type}Input {\n  ${e.pk}: UUID!\n${wij.join('\n')}\n}`);
    mutation.push(`  ${doc(`Registers a ${e.type}.${stamp}`)}\n  ${c.registreer}(input: Registreer${e.type}Input!): ${e.type}`);
    mutation.push(`  ${doc(`Changes a ${e.type}.${stamp}`)}\n  ${c.wijzig}(input: Wijzig${e.type}Input!): ${e.type}`);
    mutation.push(`  ${doc(`Removes a ${e.type} (refused while other records refer to it); returns its ${e.pk}.`)}\n  ${c.verwijder}(id: UUID!): UUID`);
  }
  return `extend schema { mutation: Mutation }\n\n${doc('Write contract of the iwlz-bridge reference register (docs/register-mutations.md); not part of the official schema.')}\ntype Mutation {\n${mutation.join('\n')}\n}\n\n${lines.join('\n\n')}\n`;
}
