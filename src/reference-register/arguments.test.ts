/** The fast argument path gives exactly graphql-js's arguments (values and key order) for the register schemas. */
import { describe, expect, it } from 'vitest';
import { fastArgumentValues, fastVariableValues, graphqlArgumentValues, graphqlVariableValues } from './arguments.js';
import { buildExecutable } from './executable.js';
import {
  type FieldNode, type GraphQLField, type GraphQLSchema, getVariableValues, type OperationDefinitionNode, parse, TypeInfo, validate, visit, visitWithTypeInfo,
} from './gql.js';
import { id, K, testSchemaDir } from './sample.js';
import { readQueryTemplates, readSdl } from './schema-files.js';

const dir = testSchemaDir();
const br = buildExecutable(readSdl(dir, 'Bemiddelingsregister.graphql'), 'br', { mutations: true }).schema;
const ir = buildExecutable(readSdl(dir, 'Indicatieregister-2.graphql'), 'ir').schema;

const VARS: Record<string, unknown> = {
  bemiddelingspecificatieid: id(K.spec, 1), instelling: '12345678', toewijzingingangsdatum: '2024-01-01', toewijzingeinddatum: '2024-06-30',
  toewijzingeinddatum2jaar: '2026-06-30', toewijzingeinddatum31mei: '2025-05-31', uitvoerendzorgkantoor: '5501', verantwoordelijkzorgkantoor: '5502',
  overdrachtid: id(K.overdracht, 1), overdrachtdatum: '2024-07-01', regiehouderid: id(K.regie, 1), wlzindicatieid: id(K.wlz, 1), initieelverantwoordelijkzorgkantoor: '5501',
};

/** [fast, graphql-js] arguments of every field with arguments in the document. */
function both(schema: GraphQLSchema, query: string, raw: Record<string, unknown>): [unknown, unknown][] {
  const doc = parse(query);
  expect(validate(schema, doc)).toEqual([]);
  const op = doc.definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], raw);
  expect(coerced.errors).toBeUndefined();
  const vars = coerced.coerced!;
  const out: [unknown, unknown][] = [];
  const info = new TypeInfo(schema);
  visit(doc, visitWithTypeInfo(info, {
    Field(node: FieldNode) {
      const def = info.getFieldDef() as GraphQLField<unknown, unknown> | null;
      if (!def || def.args.length === 0) return;
      const g = graphqlArgumentValues(def, node, vars);
      const f = fastArgumentValues(def, node, vars, () => { throw new Error(`fell back for ${def.name}`); });
      out.push([f, g]);
    },
  }));
  return out;
}

const same = (pairs: [unknown, unknown][]): void => {
  expect(pairs.length).toBeGreaterThan(0);
  for (const [f, g] of pairs) {
    expect(f).toEqual(g);
    expect(JSON.stringify(f)).toBe(JSON.stringify(g)); // the same key order
  }
};

describe('fast field arguments equal graphql-js', () => {
  for (const [folder, schema] of [['bemiddelingsregister', br], ['indicatieregister', ir]] as const) {
    for (const [name, text] of Object.entries(readQueryTemplates(dir, folder))) {
      if (!text.includes('(')) continue;
      it(`${folder}/${name}`, () => {
        const names = [...text.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]!);
        same(both(schema, text, Object.fromEntries(names.map((n) => [n, VARS[n.toLowerCase()]]))));
      });
    }
  }
  it('literals of every kind, a single value for a list, key order, missing and null variables', () => {
    same(both(br, `query($z: [String], $missing: String, $n: String, $d: Date) {
      bemiddelingspecificatie(where: {zzpCode: {in: "4VV"}, instelling: {nin: [$missing, "1", $n]}, toewijzingIngangsdatum: {gte: $d, lt: "2030-01-01"},
        percentage: {eq: 100, gt: null}, leveringsvorm: {eq: $missing, in: $z}, or: [{etmalen: {startsWith: "3"}}, {opname: {neq: null}}]}) { zzpCode }
      client(where: {bemiddeling: {some: {bemiddelingspecificatie: {all: {zzpCode: {eq: "x"}}}, verantwoordelijkZorgkantoor: {eq: "5501"}}}}) {
        bemiddeling(where: {verantwoordelijkheidIngangsdatum: {ngt: $d}}, order: [{verantwoordelijkZorgkantoor: ASC, wlzIndicatieID: DESC}, {bemiddelingID: ASC}]) {
          bemiddelingspecificatie(order: {toewijzingIngangsdatum: DESC, zzpCode: ASC}) { zzpCode } } } }`,
    { z: ['1', '2'], n: null, d: '2024-01-01' }));
  });
  it('anything unusual goes to graphql-js', () => {
    const f = br.getQueryType()!.getFields()['bemiddelingspecificatie']!;
    const op = parse('{ bemiddelingspecificatie(where: {zzpCode: {eq: 5}}) { zzpCode } }').definitions[0] as OperationDefinitionNode;
    const node = op.selectionSet.selections[0] as FieldNode;
    expect(() => fastArgumentValues(f, node, {}, graphqlArgumentValues)).toThrow('Argument "where" has invalid value {zzpCode: {eq: 5}}.');
  });
});

describe('fast variables equal graphql-js', () => {
  const defs = (query: string) => (parse(query).definitions[0] as OperationDefinitionNode).variableDefinitions ?? [];
  const M = `mutation($i: RegistreerBemiddelingspecificatieInput!, $w: WijzigBemiddelingspecificatieInput, $ids: [UUID!], $z: [String], $n: Int, $d: Date) {
    registreerBemiddelingspecificatie(input: $i) { bemiddelingspecificatieID } }`;
  const input = { zzpCode: '750', bemiddelingID: id(K.bemiddeling, 1), leveringsvorm: '4', toewijzingIngangsdatum: '2026-01-01', uitvoerendZorgkantoor: '5507',
    soortToewijzing: '1', percentage: 10000, opname: null, instelling: '01234567' };
  it('a write input, lists, a single value for a list, null and absent variables: same values, same key order, null prototypes', () => {
    const inputs = { i: input, w: { bemiddelingspecificatieID: id(K.spec, 1), toewijzingEinddatum: '2026-12-31' }, ids: [id(K.spec, 1), id(K.spec, 2)], z: 'x', n: null };
    const fast = fastVariableValues(br, defs(M), inputs, () => { throw new Error('fell back'); });
    const slow = graphqlVariableValues(br, defs(M), inputs);
    expect(fast).toEqual(slow);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
    expect(Object.getPrototypeOf(fast.coerced!['i'])).toBeNull();
    expect(Object.keys(fast.coerced!)).toEqual(['i', 'w', 'ids', 'z', 'n']);
  });
  it('anything graphql-js rejects is left to graphql-js, with its error', () => {
    for (const inputs of [{ i: { ...input, zzpCode: 750 } }, { i: { ...input, onbekend: '1' } }, { i: { ...input, zzpCode: undefined } }, { i: input, d: '2026-02-30' }, { i: input, ids: [null] }, {}]) {
      const fast = fastVariableValues(br, defs(M), inputs, graphqlVariableValues);
      expect(fast.errors?.length, JSON.stringify(inputs)).toBeGreaterThan(0);
      expect(fast).toEqual(graphqlVariableValues(br, defs(M), inputs));
    }
  });
});
