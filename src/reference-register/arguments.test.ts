/** The fast argument path gives exactly graphql-js's arguments (values and key order) for the register schemas. */
import { describe, expect, it } from 'vitest';
import { fastArgumentValues, graphqlArgumentValues } from './arguments.js';
import { buildExecutable } from './executable.js';
import {
  type FieldNode, type GraphQLField, type GraphQLSchema, getVariableValues, type OperationDefinitionNode, parse, TypeInfo, validate, visit, visitWithTypeInfo,
} from './gql.js';
import { id, K, testSchemaDir } from './sample.js';
import { readQueryTemplates, readSdl } from './schema-files.js';

const dir = testSchemaDir();
const br = buildExecutable(readSdl(dir, 'Bemiddelingsregister.graphql'), 'br').schema;
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
