import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLInputObjectType } from './gql.js';
import { buildExecutable, type ExecutableRegister } from './executable.js';
import { FilterCompiler } from './filter.js';
import { OrderCompiler } from './order.js';
import { BR_SAMPLE, id, K, LR_SAMPLE, testSchemaDir } from './sample.js';
import { readSdl } from './schema-files.js';
import { seed } from './seed.js';
import { type Db, migrate, openDb } from './storage.js';
import { q } from './ddl.js';

let db: Db;
let br: ExecutableRegister;
let lr: ExecutableRegister;

beforeAll(() => {
  const dir = testSchemaDir();
  db = openDb(':memory:');
  for (const [prefix, file, data] of [['br', 'Bemiddelingsregister.graphql', BR_SAMPLE], ['lr', 'Leveringsregister-draft.graphql', LR_SAMPLE]] as const) {
    const sdl = readSdl(dir, file);
    const ex = buildExecutable(sdl, prefix);
    migrate(db, prefix, ex.model, sdl);
    seed(db, ex.model, data);
    if (prefix === 'br') br = ex; else lr = ex;
  }
});

/** Ids of `type` rows matching `where`, in rowid order (or `order`). */
function ids(type: string, where: Record<string, unknown>, order?: Record<string, unknown>[], reg = br): string[] {
  const e = reg.model.entities.get(type)!;
  const input = reg.schema.getType(`${type}FilterInput`) as GraphQLInputObjectType;
  const fc = new FilterCompiler(reg.model);
  const cond = fc.where(type, 'r0', where, input);
  const terms = new OrderCompiler(reg.model).orderBy(type, 'r0', order, reg.schema.getType(`${type}SortInput`) as GraphQLInputObjectType | undefined);
  const rows = db.prepare(`SELECT r0.${q(e.pk)} AS id FROM ${q(e.table)} r0 WHERE ${cond} ORDER BY ${[...terms, 'r0.rowid'].join(', ')}`).all(...fc.params) as { id: string }[];
  return rows.map((r) => r.id);
}
const S = (n: number): string => id(K.spec, n);

describe('filter compiler: scalar operations', () => {
  it('eq / neq, with null meaning IS NULL', () => {
    expect(ids('Bemiddelingspecificatie', { instelling: { eq: '12345678' } })).toEqual([S(1), S(3)]);
    expect(ids('Bemiddelingspecificatie', { instelling: { neq: '12345678' } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingEinddatum: { eq: null } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingEinddatum: { neq: null } })).toEqual([S(1), S(3)]);
  });
  it('neq keeps NULL rows (EF/C# semantics)', () => {
    expect(ids('Bemiddelingspecificatie', { opname: { neq: '1' } })).toEqual([S(2), S(3)]);
  });
  it('in / nin, null inside the list', () => {
    expect(ids('Bemiddelingspecificatie', { zzpCode: { in: ['6VV', 'XXX'] } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { zzpCode: { nin: ['6VV'] } })).toEqual([S(1), S(3)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingEinddatum: { in: [null, '2023-12-31'] } })).toEqual([S(2), S(3)]);
    expect(ids('Bemiddelingspecificatie', { zzpCode: { in: [] } })).toEqual([]);
  });
  it('gt / gte / lt / lte on dates; ngt / nlt include NULLs', () => {
    expect(ids('Bemiddelingspecificatie', { toewijzingIngangsdatum: { gt: '2024-01-01' } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingIngangsdatum: { gte: '2024-01-01' } })).toEqual([S(1), S(2)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingIngangsdatum: { lt: '2024-01-01' } })).toEqual([S(3)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingIngangsdatum: { lte: '2024-01-01' } })).toEqual([S(1), S(3)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingEinddatum: { ngt: '2024-01-01' } })).toEqual([S(2), S(3)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingEinddatum: { nlt: '2024-01-01' } })).toEqual([S(1), S(2)]);
    expect(ids('Bemiddelingspecificatie', { toewijzingEinddatum: { ngte: '2024-06-30', nlte: '2023-12-31' } })).toEqual([S(2)]);
  });
  it('compares DateTime by instant, not by text (offsets differ)', () => {
    // spec 1 is 2024-01-01T10:00+01:00 = 09:00Z
    expect(ids('Bemiddelingspecificatie', { vaststellingMoment: { eq: '2024-01-01T09:00:00Z' } })).toEqual([S(1)]);
    expect(ids('Bemiddelingspecificatie', { vaststellingMoment: { gt: '2024-01-01T09:30:00Z', lt: '2024-03-01T00:00:00Z' } })).toEqual([S(2)]);
  });
  it('Int comparisons', () => {
    expect(ids('Bemiddelingspecificatie', { pgbPercentage: { gte: 50 } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { percentage: { eq: 100 } })).toEqual([S(1), S(2), S(3)]);
  });
  it('contains / startsWith / endsWith and their negations', () => {
    expect(ids('Bemiddelingspecificatie', { instelling: { contains: '4567' } })).toEqual([S(1), S(3)]);
    expect(ids('Bemiddelingspecificatie', { instelling: { ncontains: '4567' } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { zzpCode: { startsWith: '6' } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { zzpCode: { nstartsWith: '6' } })).toEqual([S(1), S(3)]);
    expect(ids('Bemiddelingspecificatie', { instelling: { endsWith: '321' } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { instelling: { nendsWith: '321' } })).toEqual([S(1), S(3)]);
    expect(ids('Bemiddelingspecificatie', { redenIntrekking: { ncontains: '0' } })).toEqual([S(1), S(2)]);
  });
  it('leading zeros are kept: codes are text', () => {
    expect(ids('Bemiddelingspecificatie', { soortToewijzing: { eq: '01' } })).toHaveLength(3);
    expect(ids('Bemiddelingspecificatie', { soortToewijzing: { eq: '1' } })).toEqual([]);
  });
  it('and / or at the object and at the operation level', () => {
    expect(ids('Bemiddelingspecificatie', { or: [{ zzpCode: { eq: '6VV' } }, { redenIntrekking: { eq: '03' } }] })).toEqual([S(2), S(3)]);
    expect(ids('Bemiddelingspecificatie', { and: [{ instelling: { eq: '12345678' } }, { or: [{ toewijzingEinddatum: { eq: null } }, { toewijzingEinddatum: { gte: '2024-01-01' } }] }] })).toEqual([S(1)]);
    expect(ids('Bemiddelingspecificatie', { instelling: { or: [{ eq: '87654321' }, { eq: 'none' }] } })).toEqual([S(2)]);
    expect(ids('Bemiddelingspecificatie', { instelling: { and: [{ startsWith: '1' }, { endsWith: '8' }] } })).toEqual([S(1), S(3)]);
    expect(ids('Bemiddelingspecificatie', { or: [] })).toEqual([S(1), S(2), S(3)]);
  });
});

describe('filter compiler: relations', () => {
  it('nested object filter on a single reference', () => {
    expect(ids('Bemiddelingspecificatie', { bemiddeling: { verantwoordelijkZorgkantoor: { eq: '5502' } } })).toEqual([S(3)]);
    expect(ids('Bemiddelingspecificatie', { bemiddeling: { client: { bsn: { eq: '012345672' } } } })).toEqual([S(1), S(2)]);
  });
  it('reverse one (Bemiddeling.overdracht, FK on Overdracht)', () => {
    expect(ids('Bemiddeling', { overdracht: { verantwoordelijkZorgkantoor: { eq: '5502' } } })).toEqual([id(K.bemiddeling, 1)]);
  });
  it('foreign key columns the filter input names (bemiddelingID, clientID, leveringID)', () => {
    expect(ids('Overdracht', { bemiddelingID: { eq: id(K.bemiddeling, 1) } })).toEqual([id(K.overdracht, 1)]);
    expect(ids('Bemiddeling', { clientID: { eq: id(K.client, 2) } })).toEqual([id(K.bemiddeling, 2)]);
    expect(ids('Leveringperiode', { leveringID: { eq: id(K.levering, 1) } }, undefined, lr)).toEqual([id(K.lp, 1)]);
  });
  it('list filters: some / none / all / any', () => {
    const B1 = id(K.bemiddeling, 1);
    const B2 = id(K.bemiddeling, 2);
    expect(ids('Bemiddeling', { bemiddelingspecificatie: { some: { zzpCode: { eq: '6VV' } } } })).toEqual([B1]);
    expect(ids('Bemiddeling', { bemiddelingspecificatie: { none: { zzpCode: { eq: '6VV' } } } })).toEqual([B2]);
    expect(ids('Bemiddeling', { bemiddelingspecificatie: { all: { instelling: { eq: '12345678' } } } })).toEqual([B2]);
    expect(ids('Bemiddeling', { bemiddelingspecificatie: { all: { toewijzingEinddatum: { gte: '2023-01-01' } } } })).toEqual([B2]);
    expect(ids('Client', { contactpersoon: { any: true } })).toEqual([id(K.client, 1)]);
    expect(ids('Client', { contactpersoon: { any: false } })).toEqual([id(K.client, 2)]);
  });
  it('list filter nested in a list filter', () => {
    expect(ids('Client', { contactpersoon: { some: { contactgegevens: { some: { postcode: { eq: '1234AB' } } } } } })).toEqual([id(K.client, 1)]);
  });
  it('filter fields without an object field follow the relations (RegiehouderFilterInput.client, ClientFilterInput.regiehouder)', () => {
    expect(ids('Regiehouder', { client: { bsn: { eq: '012345672' } } })).toEqual([id(K.regie, 1)]);
    expect(ids('Regiehouder', { client: { bsn: { eq: '000000012' } } })).toEqual([]);
    expect(ids('Client', { regiehouder: { some: { instelling: { eq: '12345678' } } } })).toEqual([id(K.client, 1)]);
  });
  it('all parameters are bound, never inlined', () => {
    const fc = new FilterCompiler(br.model);
    const sql = fc.where('Client', 'r0', { bsn: { eq: "x' OR 1=1 --" } }, br.schema.getType('ClientFilterInput') as GraphQLInputObjectType);
    expect(sql).not.toContain('OR 1=1');
    expect(fc.params).toEqual(["x' OR 1=1 --"]);
    expect(ids('Client', { bsn: { eq: "x' OR 1=1 --" } })).toEqual([]);
  });
});

describe('order compiler', () => {
  it('orders by scalar fields ASC/DESC, several terms', () => {
    expect(ids('Bemiddelingspecificatie', {}, [{ toewijzingIngangsdatum: 'DESC' }])).toEqual([S(2), S(1), S(3)]);
    expect(ids('Bemiddelingspecificatie', {}, [{ instelling: 'ASC' }, { toewijzingIngangsdatum: 'DESC' }])).toEqual([S(1), S(3), S(2)]);
  });
  it('orders through a single reference (nested sort input)', () => {
    expect(ids('Bemiddelingspecificatie', {}, [{ bemiddeling: { verantwoordelijkheidIngangsdatum: 'ASC' } }, { zzpCode: 'DESC' }])).toEqual([S(3), S(2), S(1)]);
  });
});
