/**
 * Reads records back from the registers over their official query side (GraphQL on loopback),
 * by type and key, for end-to-end tests: "what the bridge wrote is what the register holds".
 *
 * Generic over the served schemas (fetched by introspection): a record of type T is reached by
 * every path of fields from Query to T (up to a depth, no type twice), the last step filtered with
 * `where: { <key>: { eq: $id } }` when that field takes a filter. A write's input field is read as
 * - the scalar field of the same name (`zzpCode`, `ingangsdatum`);
 * - a reference `xID` through the single object field whose type has key `xID`
 *   (`Levering.client { clientID }`, `ContactGegevens.adres { adresID }`);
 * - the parent a record hangs under (`bemiddelingID` of a Bemiddelingspecificatie when the type
 *   has no such field): the parent, read by that id, lists the record in a field of its type.
 * A field none of these reach is reported in `unreadable`, never silently skipped.
 */
import {
  buildClientSchema, getIntrospectionQuery, getNamedType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema,
  type IntrospectionQuery, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
} from '../../src/reference-register/gql.js';
import { primaryKey as keyFieldOf } from '../../src/reference-register/model.js';

export type RegisterId = 'ir' | 'br' | 'lr';
const PATHS: Record<RegisterId, string> = { ir: '/indicatieregister/graphql', br: '/bemiddelingsregister/graphql', lr: '/leveringsregister/graphql' };
const MAX_DEPTH = 5;
const MAX_PATHS = 24;

interface Step { field: string; type: GraphQLObjectType; filter?: string }

export interface ReadBack {
  /** The record was found (by at least one path). */
  found: boolean;
  /** Input field → the stored value, for the fields that could be read. */
  values: Record<string, unknown>;
  /** Input fields no path of the query side reaches. */
  unreadable: string[];
}

export class RegisterReader {
  private constructor(private readonly base: string, private readonly schemas: Map<RegisterId, GraphQLSchema>) {}

  static async open(base: string): Promise<RegisterReader> {
    const schemas = new Map<RegisterId, GraphQLSchema>();
    for (const r of Object.keys(PATHS) as RegisterId[]) {
      const data = await gql(base, r, getIntrospectionQuery());
      schemas.set(r, buildClientSchema(data as unknown as IntrospectionQuery));
    }
    return new RegisterReader(base, schemas);
  }

  /** The same schemas, for another server (every embedded register serves the same ones). */
  at(base: string): RegisterReader {
    return new RegisterReader(base, this.schemas);
  }

  /** A raw query against one register (errors fail loudly). */
  query(register: RegisterId, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return gql(this.base, register, query, variables);
  }

  keyOf(register: RegisterId, entity: string): string {
    return keyFieldOf(this.type(register, entity));
  }

  /** The record of `entity` with key `id`, with the given input fields read back. */
  async read(register: RegisterId, entity: string, id: string, fields: string[], parents: Record<string, unknown> = {}): Promise<ReadBack> {
    const t = this.type(register, entity);
    const key = keyFieldOf(t);
    const own = t.getFields();
    const select: string[] = [key];
    const readers = new Map<string, (node: Record<string, unknown>) => unknown>();
    const viaParent: string[] = [];
    const unreadable: string[] = [];
    for (const f of fields) {
      if (f === key) continue;
      const direct = own[f];
      if (direct && isLeaf(direct)) {
        select.push(f);
        readers.set(f, (n) => n[f] ?? null);
        continue;
      }
      const ref = Object.values(own).find((g) => !isListType(unwrap(g)) && isObjectType(getNamedType(g.type)) && keyFieldOf(getNamedType(g.type) as GraphQLObjectType) === f);
      if (ref) {
        select.push(`${ref.name} { ${f} }`);
        readers.set(f, (n) => (n[ref.name] as Record<string, unknown> | null)?.[f] ?? null);
        continue;
      }
      if (this.parentOf(register, entity, f)) viaParent.push(f);
      else unreadable.push(f);
    }
    const nodes = await this.nodes(register, entity, id, select.join(' '));
    const node = nodes[0];
    const values: Record<string, unknown> = {};
    if (node) for (const [f, r] of readers) values[f] = r(node);
    for (const f of viaParent) {
      const parentId = parents[f];
      if (typeof parentId !== 'string') { unreadable.push(f); continue; }
      const p = this.parentOf(register, entity, f)!;
      const parentNodes = await this.nodes(register, p.type.name, parentId, `${keyFieldOf(p.type)} ${p.list} { ${key} }`);
      const children = parentNodes.flatMap((n) => (n[p.list] as Record<string, unknown>[] | null) ?? []);
      // The stored parent is the one that lists this record.
      values[f] = children.some((c) => c[key] === id) ? parentId : `(not listed under ${p.type.name} ${parentId})`;
    }
    return { found: node !== undefined, values, unreadable };
  }

  /** Every node of `entity` with key `id` reachable from Query, with `selection`. */
  async nodes(register: RegisterId, entity: string, id: string, selection: string): Promise<Record<string, unknown>[]> {
    const t = this.type(register, entity);
    const key = keyFieldOf(t);
    const paths = this.paths(register, t);
    if (paths.length === 0) throw new Error(`${register} ${entity}: no path from Query`);
    const roots = paths.map((p, i) => {
      let inner = selection;
      for (let s = p.length - 1; s >= 0; s--) {
        const step = p[s]!;
        const args = s === p.length - 1 && step.filter ? `(where: { ${step.filter}: { eq: $id } })` : '';
        inner = `${s === 0 ? `p${i}: ` : ''}${step.field}${args} { ${inner} }`;
      }
      return inner;
    });
    const usesId = paths.some((p) => p[p.length - 1]!.filter);
    const data = await this.query(register, `query${usesId ? '($id: UUID)' : ''} { ${roots.join(' ')} }`, usesId ? { id } : {});
    const found: Record<string, unknown>[] = [];
    paths.forEach((p, i) => collect(data[`p${i}`], p.slice(1).map((s) => s.field), found));
    return found.filter((n) => n[key] === id);
  }

  private type(register: RegisterId, entity: string): GraphQLObjectType {
    const t = this.schemas.get(register)?.getType(entity);
    if (!t || !isObjectType(t)) throw new Error(`${register}: no object type ${entity}`);
    return t;
  }

  /** The type whose key is `field` and that lists `entity` in one of its fields. */
  private parentOf(register: RegisterId, entity: string, field: string): { type: GraphQLObjectType; list: string } | undefined {
    const schema = this.schemas.get(register)!;
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isObjectType(t) || t.name.startsWith('__') || t === schema.getQueryType() || t === schema.getMutationType() || keyFieldOf(t) !== field) continue;
      const list = Object.values(t.getFields()).find((g) => isListType(unwrap(g)) && getNamedType(g.type).name === entity);
      if (list) return { type: t, list: list.name };
    }
    return undefined;
  }

  /** Paths of fields from Query to `target`, shortest first. */
  private paths(register: RegisterId, target: GraphQLObjectType): Step[][] {
    const schema = this.schemas.get(register)!;
    const out: Step[][] = [];
    const walk = (t: GraphQLObjectType, path: Step[], seen: Set<string>): void => {
      if (path.length > MAX_DEPTH) return;
      for (const f of Object.values(t.getFields())) {
        const ft = getNamedType(f.type);
        if (!isObjectType(ft) || seen.has(ft.name) || f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
        const step: Step = { field: f.name, type: ft };
        if (ft === target) {
          const filter = filterField(f, keyFieldOf(ft));
          out.push([...path, filter ? { ...step, filter } : step]);
        } else walk(ft, [...path, step], new Set([...seen, ft.name]));
      }
    };
    walk(schema.getQueryType()!, [], new Set([schema.getQueryType()!.name]));
    return out.sort((a, b) => a.length - b.length).slice(0, MAX_PATHS);
  }
}

const unwrap = (f: GraphQLField<unknown, unknown>): unknown => (isNonNullType(f.type) ? f.type.ofType : f.type);
const isLeaf = (f: GraphQLField<unknown, unknown>): boolean => !isListType(unwrap(f)) && (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)));

/** The key field of the field's `where` filter, when it can filter on `key` with `eq`. */
function filterField(f: GraphQLField<unknown, unknown>, key: string): string | undefined {
  const where = f.args.find((a) => a.name === 'where');
  const input = where ? getNamedType(where.type) : undefined;
  if (!input || !isInputObjectType(input)) return undefined;
  const k = input.getFields()[key];
  const op = k ? getNamedType(k.type) : undefined;
  return op && isInputObjectType(op) && op.getFields()['eq'] ? key : undefined;
}

function collect(value: unknown, rest: string[], out: Record<string, unknown>[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) { for (const v of value) collect(v, rest, out); return; }
  const node = value as Record<string, unknown>;
  if (rest.length === 0) out.push(node);
  else collect(node[rest[0]!], rest.slice(1), out);
}

async function gql(base: string, register: RegisterId, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${PATHS[register]}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`${register} query failed (${res.status}): ${JSON.stringify(body.errors)}\n${query}`);
  return body.data;
}
