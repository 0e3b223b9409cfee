/** A `where` compiled on its shape, with the slots filled, is the SQL and parameters of the `where` itself. */
import { describe, expect, it } from 'vitest';
import type { GraphQLInputObjectType } from './gql.js';
import { buildExecutable } from './executable.js';
import { FilterCompiler } from './filter.js';
import { fill, shapeOf } from './filter-shape.js';
import { testSchemaDir } from './sample.js';
import { readSdl } from './schema-files.js';

const br = buildExecutable(readSdl(testSchemaDir(), 'Bemiddelingsregister.graphql'), 'br');

function direct(type: string, where: unknown): { cond: string; params: unknown[] } {
  const fc = new FilterCompiler(br.model);
  const cond = fc.where(type, 'r0', where as Record<string, unknown>, br.schema.getType(`${type}FilterInput`) as GraphQLInputObjectType);
  return { cond, params: fc.params };
}
function viaShape(type: string, where: unknown): { cond: string; params: unknown[] } {
  const s = shapeOf(where);
  const c = direct(type, s.slotted);
  return { cond: c.cond, params: fill(c.params, s.values) };
}

const CASES: [string, unknown][] = [
  ['Bemiddelingspecificatie', { instelling: { eq: '12345678' }, toewijzingEinddatum: { eq: null } }],
  ['Bemiddelingspecificatie', { instelling: { neq: null }, zzpCode: { in: ['6VV', null, 'XXX'] }, redenIntrekking: { nin: ['01'] } }],
  ['Bemiddelingspecificatie', { zzpCode: { in: [] }, opname: { nin: [null] } }],
  ['Bemiddelingspecificatie', { toewijzingIngangsdatum: { gt: '2024-01-01', ngte: '2024-06-30', nlte: null } }],
  ['Bemiddelingspecificatie', { vaststellingMoment: { gt: '2024-01-01T09:30:00Z', lt: '2024-03-01T00:00:00Z' } }],
  ['Bemiddelingspecificatie', { percentage: { eq: 100 }, pgbPercentage: { gte: 50, lt: 0 } }],
  ['Bemiddelingspecificatie', { instelling: { contains: '4567', nstartsWith: '6', endsWith: '321', nendsWith: '' } }],
  ['Bemiddelingspecificatie', { or: [{ zzpCode: { eq: '6VV' } }, { redenIntrekking: { eq: '03' } }] }],
  ['Bemiddelingspecificatie', { and: [{ instelling: { eq: '12345678' } }, { or: [{ toewijzingEinddatum: { eq: null } }, { toewijzingEinddatum: { gte: '2024-01-01' } }] }] }],
  ['Bemiddelingspecificatie', { instelling: { or: [{ eq: '87654321' }, { eq: 'none' }], and: [{ startsWith: '1' }, { endsWith: '8' }] } }],
  ['Bemiddelingspecificatie', { or: [], and: null }],
  ['Bemiddelingspecificatie', { bemiddeling: { client: { bsn: { eq: '012345672' } } } }],
  ['Bemiddeling', { bemiddelingspecificatie: { some: { zzpCode: { eq: '6VV' } }, none: { instelling: { eq: 'x' } }, all: { toewijzingEinddatum: { gte: '2023-01-01' } } } }],
  ['Client', { contactpersoon: { any: true }, regiehouder: { any: false } }],
  ['Client', { contactpersoon: { some: { contactgegevens: { some: { postcode: { eq: '1234AB' } } } } }, bsn: { eq: "x' OR 1=1 --" } }],
  ['Regiehouder', { client: { bsn: { eq: '000000012' } }, ingangsdatum: { lte: '2024-01-01' } }],
  ['Bemiddelingspecificatie', null],
  ['Bemiddelingspecificatie', {}],
];

describe('filter-shape: compile once per shape, fill the values per request', () => {
  it('gives the SQL and parameters of compiling the where itself', () => {
    for (const [type, where] of CASES) expect(viaShape(type, where)).toEqual(direct(type, where));
  });
  it('keys wheres that differ only in strings and numbers alike, and all else apart', () => {
    const key = (w: unknown): string => shapeOf(w).key;
    expect(key({ a: { eq: 'x' }, b: { gte: 1 } })).toBe(key({ a: { eq: 'y' }, b: { gte: 2 } }));
    const distinct = [{ a: { eq: 'x' } }, { a: { eq: null } }, { a: { neq: 'x' } }, { b: { eq: 'x' } }, { a: { eq: 'x' }, b: { eq: 'x' } }, { b: { eq: 'x' }, a: { eq: 'x' } },
      { a: { in: ['x'] } }, { a: { in: ['x', 'y'] } }, { a: { in: ['x', null] } }, { a: { any: true } }, { a: { any: false } }, { a: { eq: undefined } }, { or: [] }, { or: [{}] }, null, {}];
    expect(new Set(distinct.map(key)).size).toBe(distinct.length);
  });
});
