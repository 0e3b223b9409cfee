/**
 * The storage model of a register, derived generically from its SDL object types:
 * scalar fields → columns, list-of-object fields → child tables holding a foreign key to the
 * parent, single object references → a foreign key column on the referring table (or, when the
 * other side holds a non-null reference back, on that side: a "reverse one").
 */
import {
  type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema,
  getNamedType, isEnumType, isListType, isNonNullType, isObjectType, isScalarType,
} from './gql.js';

export type SqlKind = 'text' | 'integer' | 'real' | 'boolean' | 'date' | 'datetime';

export interface Column {
  name: string;
  kind: SqlKind;
  notNull: boolean;
  /** Entity this column points to (foreign keys only). */
  references?: string;
}

/** One way from an entity to another: `to.fk = from.pk` (child) or `to.pk = from.fk` (parent). */
export interface Hop {
  to: string;
  /** The column holding the key: on `to` when `side` is 'to', on `from` when 'from'. */
  fk: string;
  side: 'to' | 'from';
}

export interface Relation extends Hop {
  field: string;
  list: boolean;
}

export interface Entity {
  type: string;
  table: string;
  pk: string;
  columns: Map<string, Column>;
  relations: Map<string, Relation>;
  /** Deprecated `id` fields that mirror the primary key. */
  idAliases: Set<string>;
}

export interface RegisterModel {
  prefix: string;
  entities: Map<string, Entity>;
}

const lc = (s: string): string => s.toLowerCase();

function kindOf(t: GraphQLNamedType): SqlKind {
  if (isEnumType(t)) return 'text';
  switch (t.name) {
    case 'Int': return 'integer';
    case 'Float': return 'real';
    case 'Boolean': return 'boolean';
    case 'Date': return 'date';
    case 'DateTime': return 'datetime';
    default: return 'text';
  }
}

/** The key field of an object type: the UUID field named `<type>ID` (case-insensitive), else the one non-null `…ID` UUID field, else `id`. */
export function primaryKey(t: GraphQLObjectType): string {
  const fields = Object.values(t.getFields());
  const uuid = fields.filter((f) => isScalarType(getNamedType(f.type)) && getNamedType(f.type).name === 'UUID');
  const own = uuid.find((f) => lc(f.name) === `${lc(t.name)}id`) ?? uuid.find((f) => isNonNullType(f.type) && f.name !== 'id' && !f.deprecationReason && f.name.endsWith('ID'));
  if (own) return own.name;
  if (uuid.some((f) => f.name === 'id')) return 'id';
  return `${t.name.charAt(0).toLowerCase()}${t.name.slice(1)}ID`;
}

const objectTarget = (f: GraphQLField<unknown, unknown>): GraphQLObjectType | undefined => {
  const n = getNamedType(f.type);
  return isObjectType(n) ? n : undefined;
};
const isList = (f: GraphQLField<unknown, unknown>): boolean => isListType(isNonNullType(f.type) ? f.type.ofType : f.type);

/** Builds the model of one register schema; `prefix` keeps the registers' tables apart. */
export function buildModel(schema: GraphQLSchema, prefix: string): RegisterModel {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const types = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !roots.has(t.name));
  const entities = new Map<string, Entity>();
  for (const t of types) {
    const pk = primaryKey(t);
    const e: Entity = { type: t.name, table: `${prefix}_${t.name}`, pk, columns: new Map(), relations: new Map(), idAliases: new Set() };
    e.columns.set(pk, { name: pk, kind: 'text', notNull: true });
    for (const f of Object.values(t.getFields())) {
      const n = getNamedType(f.type);
      if (isObjectType(n) || f.name === pk) continue;
      if (f.name === 'id' && pk !== 'id') { e.idAliases.add(f.name); continue; }
      e.columns.set(f.name, { name: f.name, kind: kindOf(n), notNull: isNonNullType(f.type) });
    }
    entities.set(t.name, e);
  }
  const fkColumn = (on: Entity, name: string, target: Entity, notNull: boolean): string => {
    const existing = on.columns.get(name);
    if (existing && !existing.references && existing.kind === 'text' && name !== on.pk) {
      existing.references = target.type;
      return name;
    }
    if (existing?.references === target.type) { existing.notNull ||= notNull; return name; }
    const col = existing ? `${name}_fk` : name;
    on.columns.set(col, { name: col, kind: 'text', notNull, references: target.type });
    return col;
  };
  for (const t of types) {
    const e = entities.get(t.name)!;
    for (const f of Object.values(t.getFields())) {
      const target = objectTarget(f);
      if (!target) continue;
      const te = entities.get(target.name)!;
      const back = Object.values(target.getFields()).filter((g) => objectTarget(g)?.name === t.name);
      if (isList(f)) {
        const nonNullBack = back.some((g) => !isList(g) && isNonNullType(g.type));
        const fk = fkColumn(te, e.pk, e, nonNullBack);
        e.relations.set(f.name, { field: f.name, list: true, to: te.type, fk, side: 'to' });
        continue;
      }
      const parentHasList = back.some((g) => isList(g));
      const reverseOne = !parentHasList && !isNonNullType(f.type) && back.some((g) => !isList(g) && isNonNullType(g.type));
      if (reverseOne) {
        const fk = fkColumn(te, e.pk, e, true);
        e.relations.set(f.name, { field: f.name, list: false, to: te.type, fk, side: 'to' });
      } else {
        const fk = fkColumn(e, te.pk, te, isNonNullType(f.type));
        e.relations.set(f.name, { field: f.name, list: false, to: te.type, fk, side: 'from' });
      }
    }
  }
  return { prefix, entities };
}

/** Every hop out of an entity: its own relations plus the reverse of others' relations to it. */
export function hopsFrom(model: RegisterModel, from: string): Hop[] {
  const e = model.entities.get(from)!;
  const hops: Hop[] = [...e.relations.values()].map(({ to, fk, side }) => ({ to, fk, side }));
  for (const other of model.entities.values()) {
    for (const r of other.relations.values()) {
      if (r.to !== from) continue;
      hops.push({ to: other.type, fk: r.fk, side: r.side === 'to' ? 'from' : 'to' });
    }
  }
  return hops;
}

/**
 * Shortest chain of hops from one entity to another (for filter fields the SDL declares without
 * a matching object field, e.g. RegiehouderFilterInput.client); undefined when unreachable.
 */
export function findPath(model: RegisterModel, from: string, to: string): Hop[] | undefined {
  const seen = new Set([from]);
  let frontier: { at: string; path: Hop[] }[] = [{ at: from, path: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { at, path } of frontier) {
      for (const h of hopsFrom(model, at)) {
        if (h.to === to) return [...path, h];
        if (!seen.has(h.to)) { seen.add(h.to); next.push({ at: h.to, path: [...path, h] }); }
      }
    }
    frontier = next;
  }
  return undefined;
}
