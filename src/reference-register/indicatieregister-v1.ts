/**
 * Indicatieregister 1 (v1.2.0, `Indicatieregister-1.graphql`) served as published, read-only,
 * over the Indicatieregister 2 tables (`ir_*`, written through the IR-2 mutations).
 *
 * The correspondence is data ({@link IR1_QUERIES}, {@link IR1_FIELDS}): a v1 field either has
 * the same name as a v2 column or relation of the same type (the default), or is listed with what
 * it is read from. Building the view checks that every v1 field is covered and that the default
 * ones agree in their named type, so a change of either SDL that breaks the mapping fails loudly.
 * docs/reference-register.md prints the same table.
 */
import { GraphQLError, buildSchema, getNamedType, type GraphQLField, type GraphQLSchema, isObjectType } from './gql.js';
import { relationResolver, type RegisterContext, selectRows } from './executable.js';
import { useFastArguments } from './arguments.js';
import { q } from './ddl.js';
import { copyOf } from './loader.js';
import type { Entity, RegisterModel } from './model.js';
import { checkScalars } from './scalars.js';

type Row = Record<string, unknown>;

/** How a v1 root query reads v2: the WlzIndicatie rows whose `column` equals argument `arg`. */
export interface ViewQuery {
  type: string;
  column: string;
  arg: string;
  /** The v1 field is non-null: no row is an error (NOT_FOUND). */
  one: boolean;
}

export const IR1_QUERIES: Record<string, ViewQuery> = {
  getWlzIndicatiesVoorBsn: { type: 'WlzIndicatie', column: 'bsn', arg: 'bsn', one: false },
  getWlzIndicatieVoorIndicatieID: { type: 'WlzIndicatie', column: 'wlzindicatieID', arg: 'wlzindicatieID', one: true },
};

/** Where a v1 field that is not the same-named v2 field comes from. */
export type FieldSource =
  /** A column of the v2 table (a renamed key, or the foreign key to the parent). */
  | { column: string }
  /** The key of the record the value was reached from (Adres/Email/Telefoon.contactGegevenID). */
  | { parentKey: true }
  /** Computed from the record a v2 single reference leads to (a deprecated v1 field); null without one. */
  | { via: string; compute: (related: Row) => unknown; describe: string };

export const IR1_FIELDS: Record<string, FieldSource> = {
  // LDT_WzdVerklaring: 1 = opname op grond van art. 21 Wzd aan de orde; 2, 3 = niet aan de orde.
  'WlzIndicatie.wzdVerklaringBijAfgifte': { via: 'wzd', compute: (wzd) => wzd['wzdVerklaring'] === '1', describe: "wzd.wzdVerklaring = '1' → true, '2'/'3' → false, no Wzd → null" },
  'GeindiceerdZorgzwaartepakket.id': { column: 'geindiceerdZorgzwaartepakketID' },
  'GeindiceerdZorgzwaartepakket.wlzindicatieID': { column: 'wlzindicatieID' },
  'Grondslag.id': { column: 'grondslagID' },
  'Grondslag.wlzindicatieID': { column: 'wlzindicatieID' },
  'Beperking.id': { column: 'beperkingID' },
  'Beperking.wlzindicatieID': { column: 'wlzindicatieID' },
  'BeperkingScore.id': { column: 'beperkingScoreID' },
  'BeperkingScore.beperkingID': { column: 'beperkingID' },
  'Stoornis.id': { column: 'stoornisID' },
  'Stoornis.wlzindicatieID': { column: 'wlzindicatieID' },
  'StoornisScore.id': { column: 'stoornisScoreID' },
  'StoornisScore.wlzindicatieID': { column: 'wlzindicatieID' },
  'Client.id': { column: 'clientID' },
  'ContactPersoon.id': { column: 'contactPersoonID' },
  'ContactGegevens.id': { column: 'contactGegevensID' },
  'Adres.id': { column: 'adresID' },
  'Adres.contactGegevenID': { parentKey: true },
  'Email.contactGegevenID': { parentKey: true },
  'Telefoon.contactGegevenID': { parentKey: true },
};

/** The key of the parent a row was reached from (set on a copy of the row by the relation resolvers). */
const PARENT = Symbol('parent key');

function sourceFor(v1Type: string, f: GraphQLField<unknown, unknown>, e: Entity, v2: GraphQLSchema): FieldSource | 'relation' | 'same' {
  const mapped = IR1_FIELDS[`${v1Type}.${f.name}`];
  if (mapped) return mapped;
  const named = getNamedType(f.type).name;
  const v2Type = v2.getType(v1Type);
  const v2Field = isObjectType(v2Type) ? v2Type.getFields()[f.name] : undefined;
  if (!v2Field || getNamedType(v2Field.type).name !== named) {
    throw new Error(`Indicatieregister 1: ${v1Type}.${f.name}: ${named} has no counterpart of that type in Indicatieregister 2 and no entry in IR1_FIELDS`);
  }
  if (e.relations.has(f.name)) return 'relation';
  if (e.columns.has(f.name)) return 'same';
  throw new Error(`Indicatieregister 1: ${v1Type}.${f.name} is neither a column nor a relation of ${e.table}`);
}

/** Builds the v1 schema (as published) with resolvers over the v2 model `ir` (schema `v2`). */
export function buildIr1(sdl: string, ir: { schema: GraphQLSchema; model: RegisterModel }): GraphQLSchema {
  const schema = buildSchema(sdl);
  checkScalars(schema);
  const { model } = ir;
  const queryType = schema.getQueryType()!;
  for (const f of Object.values(queryType.getFields())) {
    const qd = IR1_QUERIES[f.name];
    if (!qd) throw new Error(`Indicatieregister 1: query ${f.name} has no entry in IR1_QUERIES`);
    const e = model.entities.get(qd.type)!;
    if (!e.columns.has(qd.column)) throw new Error(`Indicatieregister 1: ${e.table} has no column ${qd.column}`);
    f.resolve = (_src, args: Row, ctx: RegisterContext) => {
      const rows = selectRows(ctx.db, model, e, f, {}, { sql: `r0.${q(qd.column)} = ?`, params: [args[qd.arg]] });
      if (!qd.one) return rows;
      if (rows.length === 0) throw new GraphQLError(`no ${qd.type} with ${qd.column} ${String(args[qd.arg])}`, { extensions: { code: 'NOT_FOUND' } });
      return rows[0];
    };
  }
  for (const t of Object.values(schema.getTypeMap())) {
    if (!isObjectType(t) || t === queryType || t.name.startsWith('__')) continue;
    const e = model.entities.get(t.name);
    if (!e) throw new Error(`Indicatieregister 1: type ${t.name} has no table in Indicatieregister 2`);
    for (const f of Object.values(t.getFields())) {
      const src = sourceFor(t.name, f, e, ir.schema);
      if (src === 'same') continue;
      if (src === 'relation') {
        const batched = relationResolver(model, e, e.relations.get(f.name)!, f);
        const key = e.pk;
        const mark = (r: Row | null, parent: unknown): Row | null => (r ? copyOf({ ...r, [PARENT]: parent }, r) : r);
        f.resolve = (row: Row, args: Row, ctx: RegisterContext) => {
          const v = batched(row, args, ctx);
          return Array.isArray(v) ? v.map((r) => mark(r, row[key])) : mark(v, row[key]);
        };
      } else if ('column' in src) {
        const col = src.column;
        f.resolve = (row: Row) => row[col];
      } else if ('parentKey' in src) {
        f.resolve = (row: Row) => row[PARENT as unknown as string];
      } else {
        const r = e.relations.get(src.via);
        if (!r || r.list) throw new Error(`Indicatieregister 1: ${t.name}.${f.name}: ${src.via} is not a single reference of ${e.type}`);
        const via = relationResolver(model, e, r, f);
        const compute = src.compute;
        f.resolve = (row: Row, _args: unknown, ctx: RegisterContext) => {
          const related = via(row, {}, ctx);
          return related && !Array.isArray(related) ? compute(related) : null;
        };
      }
    }
  }
  useFastArguments(Object.values(schema.getTypeMap()).filter(isObjectType).flatMap((t) => Object.values(t.getFields())));
  return schema;
}
