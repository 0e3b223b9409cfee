/** graphql-jit answers every official query template exactly as graphql-js does, on the same data. */
import { describe, expect, it } from 'vitest';
import { execute, parse, validate } from './gql.js';
import { jitExecute } from './jit.js';
import { id, IR_SAMPLE, BR_SAMPLE, K, LR_SAMPLE, testSchemaDir } from './sample.js';
import { readQueryTemplates } from './schema-files.js';
import { seed } from './seed.js';
import { openRegisters } from './server.js';
import { openDb } from './storage.js';

const VARS: Record<string, unknown> = {
  bemiddelingspecificatieid: id(K.spec, 1), instelling: '12345678', toewijzingingangsdatum: '2024-01-01', toewijzingeinddatum: '2024-06-30',
  toewijzingeinddatum2jaar: '2026-06-30', toewijzingeinddatum31mei: '2025-05-31', uitvoerendzorgkantoor: '5501', verantwoordelijkzorgkantoor: '5502',
  overdrachtid: id(K.overdracht, 1), overdrachtdatum: '2024-07-01', regiehouderid: id(K.regie, 1), wlzindicatieid: id(K.wlz, 1), initieelverantwoordelijkzorgkantoor: '5501',
};

const db = openDb(':memory:');
const registers = openRegisters(db, testSchemaDir());
seed(db, registers.get('br')!.model, BR_SAMPLE);
seed(db, registers.get('ir')!.model, IR_SAMPLE);
seed(db, registers.get('lr')!.model, LR_SAMPLE);

const answered: number[] = [];

describe('compiled queries (graphql-jit) equal graphql-js', () => {
  for (const [folder, reg] of [['bemiddelingsregister', 'br'], ['indicatieregister', 'ir']] as const) {
    const schema = registers.get(reg)!.schema;
    for (const [name, text] of Object.entries(readQueryTemplates(testSchemaDir(), folder))) {
      it(`${folder}/${name}`, async () => {
        const document = parse(text);
        expect(validate(schema, document)).toEqual([]);
        const names = [...text.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]!);
        const variableValues = Object.fromEntries(names.map((n) => [n, VARS[n.toLowerCase()]]));
        const args = { schema, document, variableValues, contextValue: { db } };
        const js = await execute(args);
        const jit = await jitExecute(args);
        expect(JSON.stringify(jit)).toBe(JSON.stringify(js));
        answered.push(JSON.stringify(js).length);
      });
    }
  }

  it('the templates answered with data, not only nulls and errors', () => {
    expect(answered.filter((n) => n > 200).length).toBeGreaterThanOrEqual(8);
  });

  it('variables that do not coerce: graphql-js\'s answer (its messages), for every kind of failure', async () => {
    const schema = registers.get('br')!.schema;
    const document = parse('query($d: Date!, $i: [String!]) { bemiddelingspecificatie(where: {toewijzingIngangsdatum: {gte: $d}, instelling: {in: $i}}) { bemiddelingspecificatieID } }');
    for (const variableValues of [{ d: '2024-13-45' }, {}, { d: null }, { d: '2024-01-01', i: [null] }, { d: 5 }]) {
      const js = await execute({ schema, document, variableValues, contextValue: { db } });
      const jit = await jitExecute({ schema, document, variableValues, contextValue: { db } });
      expect(js.data).toBeUndefined();
      expect(JSON.stringify(jit)).toBe(JSON.stringify(js));
    }
    const ok = await jitExecute({ schema, document, variableValues: { d: '2024-01-01' }, contextValue: { db } });
    expect(ok.errors).toBeUndefined();
  });

  it('a mutation is not compiled: graphql-js runs it (and its error is graphql-js\'s)', async () => {
    const schema = registers.get('br')!.schema;
    const document = parse('mutation { verwijderClient(id: "00000000-0000-4000-8000-000000000000") }');
    const js = await execute({ schema, document, contextValue: { db } });
    const jit = await jitExecute({ schema, document, contextValue: { db } });
    expect(JSON.stringify(jit)).toBe(JSON.stringify(js));
  });
});
