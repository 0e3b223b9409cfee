/** Relation loads are batched per execution: one statement per relation and level, with nested where/order kept per parent, nothing kept across executions. */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExecutable, type ExecutableRegister } from './executable.js';
import { execute, parse } from './gql.js';
import { jitExecute } from './jit.js';
import { BR_SAMPLE, id, K, testSchemaDir } from './sample.js';
import { readSdl } from './schema-files.js';
import { seed } from './seed.js';
import type { Db } from './storage.js';
import { migrate } from './storage.js';

let db: Db;
let br: ExecutableRegister;
const executed: string[] = [];

beforeAll(() => {
  db = new Database(':memory:', { verbose: (sql) => executed.push(String(sql)) });
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE register_migrations (register TEXT NOT NULL, sdl_sha256 TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (register, sdl_sha256))');
  const sdl = readSdl(testSchemaDir(), 'Bemiddelingsregister.graphql');
  br = buildExecutable(sdl, 'br');
  migrate(db, 'br', br.model, sdl);
  seed(db, br.model, BR_SAMPLE);
  // a third client with two bemiddelingen, so lists of several parents meet lists of several children
  seed(db, br.model, { Client: [{ clientID: id(K.client, 3), bsn: '000000024', bemiddeling: [
    { bemiddelingID: id(K.bemiddeling, 3), wlzIndicatieID: id(K.wlz, 3), verantwoordelijkZorgkantoor: '5503', verantwoordelijkheidIngangsdatum: '2022-01-01' },
    { bemiddelingID: id(K.bemiddeling, 4), wlzIndicatieID: id(K.wlz, 4), verantwoordelijkZorgkantoor: '5504', verantwoordelijkheidIngangsdatum: '2021-01-01' },
  ] }] });
});

async function run(query: string, jit = false): Promise<{ data: unknown; selects: string[] }> {
  executed.length = 0;
  const args = { schema: br.schema, document: parse(query), contextValue: { db } };
  const r = await (jit ? jitExecute(args) : execute(args));
  expect(r.errors).toBeUndefined();
  return { data: r.data, selects: executed.filter((s) => s.startsWith('SELECT')) };
}

describe('batched relation loads', () => {
  it('one statement per relation and level, whatever the number of parents', async () => {
    const { data, selects } = await run(`{ client { clientID bemiddeling(order: [{verantwoordelijkheidIngangsdatum: ASC}]) { bemiddelingID
      client { clientID } bemiddelingspecificatie(where: {zzpCode: {neq: "6VV"}}) { bemiddelingspecificatieID } overdracht { overdrachtID } } } }`);
    // client; bemiddeling; then per bemiddeling level: client, bemiddelingspecificatie, overdracht
    expect(selects).toHaveLength(5);
    expect(selects.filter((s) => s.includes('json_each'))).toHaveLength(4);
    expect(data).toEqual({ client: [
      { clientID: id(K.client, 1), bemiddeling: [{ bemiddelingID: id(K.bemiddeling, 1), client: { clientID: id(K.client, 1) },
        bemiddelingspecificatie: [{ bemiddelingspecificatieID: id(K.spec, 1) }], overdracht: { overdrachtID: id(K.overdracht, 1) } }] },
      { clientID: id(K.client, 2), bemiddeling: [{ bemiddelingID: id(K.bemiddeling, 2), client: { clientID: id(K.client, 2) },
        bemiddelingspecificatie: [{ bemiddelingspecificatieID: id(K.spec, 3) }], overdracht: null }] },
      { clientID: id(K.client, 3), bemiddeling: [
        { bemiddelingID: id(K.bemiddeling, 4), client: { clientID: id(K.client, 3) }, bemiddelingspecificatie: [], overdracht: null },
        { bemiddelingID: id(K.bemiddeling, 3), client: { clientID: id(K.client, 3) }, bemiddelingspecificatie: [], overdracht: null },
      ] },
    ] });
  });

  it.each([['graphql-js', false], ['graphql-jit', true]])('the same relation under two aliases with different arguments is two batches, each with its own where/order (%s)', async (_name, jit) => {
    const { data, selects } = await run(`{ client(where: {clientID: {in: ["${id(K.client, 1)}", "${id(K.client, 3)}"]}}) {
      asc: bemiddeling(order: [{verantwoordelijkheidIngangsdatum: ASC}]) { bemiddelingID }
      desc: bemiddeling(order: [{verantwoordelijkheidIngangsdatum: DESC}], where: {verantwoordelijkZorgkantoor: {neq: "5501"}}) { bemiddelingID } } }`, jit);
    expect(selects).toHaveLength(3);
    expect(data).toEqual({ client: [
      { asc: [{ bemiddelingID: id(K.bemiddeling, 1) }], desc: [] },
      { asc: [{ bemiddelingID: id(K.bemiddeling, 4) }, { bemiddelingID: id(K.bemiddeling, 3) }], desc: [{ bemiddelingID: id(K.bemiddeling, 3) }, { bemiddelingID: id(K.bemiddeling, 4) }] },
    ] });
  });

  it('nothing is kept beyond one execution: a change between two queries shows', async () => {
    const q = `{ client(where: {clientID: {eq: "${id(K.client, 3)}"}}) { bemiddeling { verantwoordelijkZorgkantoor } } }`;
    expect((await run(q)).data).toEqual({ client: [{ bemiddeling: [{ verantwoordelijkZorgkantoor: '5503' }, { verantwoordelijkZorgkantoor: '5504' }] }] });
    db.prepare('UPDATE br_Bemiddeling SET verantwoordelijkZorgkantoor = ? WHERE bemiddelingID = ?').run('5509', id(K.bemiddeling, 4));
    expect((await run(q)).data).toEqual({ client: [{ bemiddeling: [{ verantwoordelijkZorgkantoor: '5503' }, { verantwoordelijkZorgkantoor: '5509' }] }] });
  });
});
