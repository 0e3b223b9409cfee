/** The embedded registers over real HTTP on loopback: schema identity, filters, templates, media types. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClientSchema, buildSchema, findBreakingChanges, findDangerousChanges, getIntrospectionQuery, getNamedType, type GraphQLNamedType,
  GraphQLSchema, type IntrospectionQuery, isInputObjectType, isObjectType, isScalarType, isSpecifiedScalarType, parse, printSchema, validate,
} from '../src/reference-register/gql.js';
import { REGISTERS, VIEWS } from '../src/reference-register/registers.js';
import { BR_SAMPLE, id, IR_SAMPLE, K, LR_SAMPLE, SHARED_GRAPHQL, testSchemaDir } from '../src/reference-register/sample.js';
import { readQueryTemplates } from '../src/reference-register/schema-files.js';
import { seed } from '../src/reference-register/seed.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';

/**
 * The query side of a served schema: without the Mutation type (our write contract, zendMelding)
 * and the types only it uses. Everything else must equal the official SDL.
 */
function queryPart(s: GraphQLSchema): GraphQLSchema {
  const mutation = s.getMutationType();
  if (!mutation) return s;
  const reach = (roots: GraphQLNamedType[]): Set<string> => {
    const seen = new Set<string>();
    const walk = (t: GraphQLNamedType): void => {
      if (seen.has(t.name)) return;
      seen.add(t.name);
      if (isObjectType(t)) for (const f of Object.values(t.getFields())) { walk(getNamedType(f.type)); f.args.forEach((a) => walk(getNamedType(a.type))); }
      if (isInputObjectType(t)) for (const f of Object.values(t.getFields())) walk(getNamedType(f.type));
    };
    roots.forEach(walk);
    return seen;
  };
  const cfg = s.toConfig();
  const others = cfg.types.filter((t) => t !== mutation && !t.name.startsWith('__'));
  const fromMutation = reach([mutation]);
  // Types only the Mutation reaches (the write contract's and zendMelding's own) are ours too; the
  // SDL's custom scalars stay (IR-2 declares DateTime without using it on the query side).
  const fromQuery = reach([s.getQueryType()!]);
  const fromRest = reach(others.filter((t) => !fromMutation.has(t.name) || fromQuery.has(t.name) || (isScalarType(t) && !isSpecifiedScalarType(t))));
  return new GraphQLSchema({ ...cfg, mutation: null, types: others.filter((t) => fromRest.has(t.name) || !fromMutation.has(t.name)) });
}

let reg: RunningRegister;
let schemaDir: string;

beforeAll(async () => {
  schemaDir = testSchemaDir();
  reg = await startRegister({ port: 0, db: ':memory:', schemaDir });
  seed(reg.db, reg.registers.get('br')!.model, BR_SAMPLE);
  seed(reg.db, reg.registers.get('ir')!.model, IR_SAMPLE);
  seed(reg.db, reg.registers.get('lr')!.model, LR_SAMPLE);
});
afterAll(() => reg.close());

async function post(p: string, body: unknown, accept = 'application/graphql-response+json'): Promise<{ status: number; type: string; json: { data?: Record<string, unknown> | null; errors?: { message: string }[] } }> {
  const res = await fetch(`${reg.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', json: (await res.json()) as never };
}
const gql = async (p: string, query: string, variables?: Record<string, unknown>) => {
  const r = await post(p, { query, variables });
  expect(r.json.errors, JSON.stringify(r.json.errors)).toBeUndefined();
  expect(r.status).toBe(200);
  return r.json.data!;
};
const BR = '/bemiddelingsregister/graphql';

describe('served schemas equal the official SDLs', () => {
  for (const def of [...REGISTERS, ...VIEWS]) {
    it(`${def.title} at ${def.path}`, async () => {
      const r = await post(def.path, { query: getIntrospectionQuery({ specifiedByUrl: true, schemaDescription: true }) });
      expect(r.status).toBe(200);
      const served = queryPart(buildClientSchema(r.json.data as unknown as IntrospectionQuery));
      const official: GraphQLSchema = buildSchema(fs.readFileSync(path.join(SHARED_GRAPHQL(), def.sdl), 'utf8'));
      expect(findBreakingChanges(official, served)).toEqual([]);
      expect(findDangerousChanges(official, served)).toEqual([]);
      expect(findBreakingChanges(served, official)).toEqual([]);
      expect(findDangerousChanges(served, official)).toEqual([]);
      expect(printSchema(served)).toBe(printSchema(official));
    });
  }
});

describe('queries with filters return exactly the right rows', () => {
  const specIds = (d: Record<string, unknown>) => (d['bemiddelingspecificatie'] as { bemiddelingspecificatieID: string }[]).map((s) => s.bemiddelingspecificatieID);
  it('eq and in', async () => {
    expect(specIds(await gql(BR, '{ bemiddelingspecificatie(where: {instelling: {eq: "12345678"}}) { bemiddelingspecificatieID } }'))).toEqual([id(K.spec, 1), id(K.spec, 3)]);
    expect(specIds(await gql(BR, 'query($z: [String]) { bemiddelingspecificatie(where: {zzpCode: {in: $z}}) { bemiddelingspecificatieID } }', { z: ['6VV'] }))).toEqual([id(K.spec, 2)]);
  });
  it('and/or with gt/lt on dates', async () => {
    const d = await gql(BR, `{ bemiddelingspecificatie(where: {or: [{toewijzingIngangsdatum: {gt: "2024-02-01"}}, {toewijzingEinddatum: {lt: "2024-01-01"}}], and: [{instelling: {neq: "none"}}]}) { bemiddelingspecificatieID } }`);
    expect(specIds(d)).toEqual([id(K.spec, 2), id(K.spec, 3)]);
  });
  it('some on a list relation, nested object filter, order', async () => {
    const d = await gql(BR, `{ client(where: {bemiddeling: {some: {bemiddelingspecificatie: {some: {zzpCode: {eq: "6VV"}}}}}}) { clientID
      bemiddeling { bemiddelingspecificatie(order: [{toewijzingIngangsdatum: DESC}]) { bemiddelingspecificatieID } overdracht { overdrachtID } } } }`);
    expect(d).toEqual({ client: [{ clientID: id(K.client, 1), bemiddeling: [{ bemiddelingspecificatie: [{ bemiddelingspecificatieID: id(K.spec, 2) }, { bemiddelingspecificatieID: id(K.spec, 1) }], overdracht: { overdrachtID: id(K.overdracht, 1) } }] }] });
    const n = await gql(BR, '{ bemiddeling(where: {client: {bsn: {eq: "000000012"}}}) { bemiddelingID overdracht { overdrachtID } } }');
    expect(n).toEqual({ bemiddeling: [{ bemiddelingID: id(K.bemiddeling, 2), overdracht: null }] });
  });
  it('where on a nested list field', async () => {
    const d = await gql(BR, '{ client(where: {clientID: {eq: "' + id(K.client, 1) + '"}}) { contactpersoon(where: {einddatum: {eq: null}}) { relatienummer contactgegevens { postcode } } } }');
    expect(d).toEqual({ client: [{ contactpersoon: [{ relatienummer: '1', contactgegevens: [{ postcode: '1234AB' }] }] }] });
  });
  it('Indicatieregister: deprecated id mirrors the new ID; children and single references resolve', async () => {
    const d = await gql('/indicatieregister/graphql', `{ wlzIndicatie(where: {initieelVerantwoordelijkZorgkantoor: {eq: "5501"}}) { besluitnummer
      wzd { wzdVerklaring } beperking { id beperkingID beperkingScore { beperkingScore } beperkingScores { beperkingScore } }
      client { bsn contactGegevens { adres { postcode huisnummer } } contactPersoon { contactGegevens { telefoon { telefoonnummer } } } } } }`);
    expect(d).toEqual({ wlzIndicatie: [{ besluitnummer: 1001, wzd: { wzdVerklaring: '1' }, beperking: [{ id: id(K.wlz, 13), beperkingID: id(K.wlz, 13), beperkingScore: [{ beperkingScore: '2' }], beperkingScores: [{ beperkingScore: '2' }] }],
      client: { bsn: '012345672', contactGegevens: [{ adres: { postcode: '1234AB', huisnummer: 1 } }], contactPersoon: [{ contactGegevens: [{ telefoon: { telefoonnummer: '0612345678' } }] }] } }] });
  });
  it('Leveringsregister: FK filters and Float', async () => {
    const d = await gql('/leveringsregister/graphql', `{ levering(where: {clientID: {eq: "${id(K.client, 1)}"}}) { leveringID afstel { reden } verzoeken { volume verzoekAanbieders { regiehouder } } }
      afstel { levering { bemiddelingspecificatieID client { bsn } } } }`);
    expect(d).toEqual({
      levering: [{ leveringID: id(K.levering, 1), afstel: null, verzoeken: [{ volume: 1.5, verzoekAanbieders: [{ regiehouder: 'Ja' }] }] }, { leveringID: id(K.levering, 2), afstel: { reden: '01' }, verzoeken: [] }],
      afstel: [{ levering: { bemiddelingspecificatieID: id(K.spec, 3), client: { bsn: '012345672' } } }],
    });
  });
});

describe('Indicatieregister 1 over the Indicatieregister 2 data', () => {
  const IR2 = '/indicatieregister/graphql';
  const IR1 = '/indicatieregister/v1/graphql';
  const write = async (type: string, pk: string, input: Record<string, unknown>): Promise<string> => {
    const res = await fetch(`${reg.url}${IR2}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-party': 'KVK:62253778' },
      body: JSON.stringify({ query: `mutation($i: Registreer${type}Input!) { r: registreer${type}(input: $i) { ${pk} } }`, variables: { i: input } }) });
    const body = (await res.json()) as { data?: { r: Record<string, string> }; errors?: unknown };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.r[pk]!;
  };
  const BSN = '999990019';
  let wlz = '';
  let wlz2 = '';
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids['client'] = await write('Client', 'clientID', { bsn: BSN, geheimeClient: '2', geboorteDatum: '1950-05-01', geslacht: '1', geslachtsnaam: 'Mulder', naamGebruik: '1' });
    ids['wzd'] = await write('Wzd', 'wzdID', { wzdVerklaring: '2', ingangsdatum: '2026-01-01' });
    const base = { clientID: ids['client'], bsn: BSN, soortWlzindicatie: '1', afgiftedatum: '2026-01-01', ingangsdatum: '2026-01-01', initieelVerantwoordelijkZorgkantoor: '5507' };
    wlz = await write('WlzIndicatie', 'wlzindicatieID', { ...base, besluitnummer: 7001, wzdID: ids['wzd'], vervaldatum: '2027-01-01' });
    wlz2 = await write('WlzIndicatie', 'wlzindicatieID', { ...base, besluitnummer: 7002 });
    ids['grondslag'] = await write('Grondslag', 'grondslagID', { wlzindicatieID: wlz, grondslag: '01', volgorde: 1 });
    ids['beperking'] = await write('Beperking', 'beperkingID', { wlzindicatieID: wlz, categorie: '1' });
    ids['score'] = await write('BeperkingScore', 'beperkingScoreID', { beperkingID: ids['beperking'], beperkingVraag: '0101', beperkingScore: '0' });
    ids['adres'] = await write('Adres', 'adresID', { adresSoort: '01', postcode: '9999ZZ', huisnummer: 7, ingangsdatum: '2026-01-01' });
    ids['email'] = await write('Email', 'emailID', { emailadres: 'm@example.org', ingangsdatum: '2026-01-01' });
    ids['cg'] = await write('ContactGegevens', 'contactGegevensID', { clientID: ids['client'], adresID: ids['adres'], emailID: ids['email'] });
    ids['cp'] = await write('ContactPersoon', 'contactPersoonID', { clientID: ids['client'], relatieNummer: '1', soortRelatie: '03', ingangsdatum: '2026-01-01', rol: null });
  });
  it('getWlzIndicatieVoorIndicatieID returns the indicatie written through IR-2, with the v1 field names', async () => {
    const d = await gql(IR1, `query($id: UUID!) { getWlzIndicatieVoorIndicatieID(wlzindicatieID: $id) { wlzindicatieID bsn besluitnummer wzdVerklaringBijAfgifte wzd { wzdVerklaring }
      grondslag { id grondslag volgorde wlzindicatieID } beperking { id wlzindicatieID beperkingScores { id beperkingID beperkingScore } }
      client { id bsn geslachtsnaam contactPersoon { id relatieNummer clientID } contactGegevens { id clientID contactPersoonID adres { id postcode contactGegevenID } email { emailadres contactGegevenID } telefoon { telefoonnummer } } } } }`, { id: wlz });
    expect(d).toEqual({ getWlzIndicatieVoorIndicatieID: {
      wlzindicatieID: wlz, bsn: BSN, besluitnummer: 7001, wzdVerklaringBijAfgifte: false, wzd: { wzdVerklaring: '2' },
      grondslag: [{ id: ids['grondslag'], grondslag: '01', volgorde: 1, wlzindicatieID: wlz }],
      beperking: [{ id: ids['beperking'], wlzindicatieID: wlz, beperkingScores: [{ id: ids['score'], beperkingID: ids['beperking'], beperkingScore: '0' }] }],
      client: { id: ids['client'], bsn: BSN, geslachtsnaam: 'Mulder', contactPersoon: [{ id: ids['cp'], relatieNummer: '1', clientID: ids['client'] }],
        contactGegevens: [{ id: ids['cg'], clientID: ids['client'], contactPersoonID: null, adres: { id: ids['adres'], postcode: '9999ZZ', contactGegevenID: ids['cg'] },
          email: { emailadres: 'm@example.org', contactGegevenID: ids['cg'] }, telefoon: null }] },
    } });
  });
  it('getWlzIndicatiesVoorBsn filters on the BSN; no Wzd gives wzdVerklaringBijAfgifte null', async () => {
    const d = await gql(IR1, `query($bsn: String!) { getWlzIndicatiesVoorBsn(bsn: $bsn) { wlzindicatieID besluitnummer wzdVerklaringBijAfgifte grondslag { id } } }`, { bsn: BSN });
    expect(d).toEqual({ getWlzIndicatiesVoorBsn: [{ wlzindicatieID: wlz, besluitnummer: 7001, wzdVerklaringBijAfgifte: false, grondslag: [{ id: ids['grondslag'] }] },
      { wlzindicatieID: wlz2, besluitnummer: 7002, wzdVerklaringBijAfgifte: null, grondslag: [] }] });
    expect(await gql(IR1, '{ getWlzIndicatiesVoorBsn(bsn: "000000000") { wlzindicatieID } }')).toEqual({ getWlzIndicatiesVoorBsn: [] });
  });
  it('a changed Wzd shows in v1 at once; an unknown id is a NOT_FOUND error; v1 has no mutations', async () => {
    const res = await fetch(`${reg.url}${IR2}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-party': 'KVK:62253778' },
      body: JSON.stringify({ query: 'mutation($i: WijzigWzdInput!) { wijzigWzd(input: $i) { wzdID } }', variables: { i: { wzdID: ids['wzd'], wzdVerklaring: '1' } } }) });
    expect(res.status).toBe(200);
    expect(await gql(IR1, `{ getWlzIndicatieVoorIndicatieID(wlzindicatieID: "${wlz}") { wzdVerklaringBijAfgifte } }`)).toEqual({ getWlzIndicatieVoorIndicatieID: { wzdVerklaringBijAfgifte: true } });
    const missing = await post(IR1, { query: `{ getWlzIndicatieVoorIndicatieID(wlzindicatieID: "${id(K.wlz, 999)}") { bsn } }` });
    expect(missing.json.data).toBeNull();
    expect(missing.json.errors?.[0]).toMatchObject({ message: `no WlzIndicatie with wlzindicatieID ${id(K.wlz, 999)}`, extensions: { code: 'NOT_FOUND' } });
    const write = await post(IR1, { query: 'mutation { registreerWzd(input: {wzdVerklaring: "1"}) { wzdID } }' });
    expect(write.json).toMatchObject({ data: null, errors: [{ message: 'Schema is not configured to execute mutation operation.' }] });
  });
});

describe('official query templates parse, validate and execute', () => {
  const vars: Record<string, unknown> = {
    bemiddelingspecificatieid: id(K.spec, 1), instelling: '12345678', toewijzingingangsdatum: '2024-01-01', toewijzingeinddatum: '2024-06-30',
    toewijzingeinddatum2jaar: '2026-06-30', toewijzingeinddatum31mei: '2025-05-31', uitvoerendzorgkantoor: '5501', verantwoordelijkzorgkantoor: '5502',
    overdrachtid: id(K.overdracht, 1), overdrachtdatum: '2024-07-01', regiehouderid: id(K.regie, 1), wlzindicatieid: id(K.wlz, 1), initieelverantwoordelijkzorgkantoor: '5501',
  };
  const cases: [string, string][] = [['bemiddelingsregister', BR], ['indicatieregister', '/indicatieregister/graphql']];
  for (const [folder, endpoint] of cases) {
    const templates = readQueryTemplates(testSchemaDir(), folder);
    it(`${folder} has templates`, () => expect(Object.keys(templates).length).toBeGreaterThan(0));
    for (const [name, text] of Object.entries(templates)) {
      it(`${folder}/${name}`, async () => {
        const ex = reg.registers.get(folder === 'indicatieregister' ? 'ir' : 'br')!;
        expect(validate(ex.schema, parse(text))).toEqual([]);
        const names = [...text.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]!);
        const variables = Object.fromEntries(names.map((n) => [n, vars[n.toLowerCase()]]));
        const data = await gql(endpoint, text, variables);
        const root = Object.values(data)[0] as unknown[];
        expect(root.length, `${name} returns rows`).toBeGreaterThan(0);
      });
    }
  }
});

describe('GraphQL over HTTP', () => {
  const q = { query: '{ client { clientID } }' };
  it('answers application/graphql-response+json by default', async () => {
    const r = await post(BR, q);
    expect(r.status).toBe(200);
    expect(r.type).toContain('application/graphql-response+json');
  });
  it('answers application/json when asked', async () => {
    const r = await post(BR, q, 'application/json');
    expect(r.status).toBe(200);
    expect(r.type).toContain('application/json');
    expect(r.type).not.toContain('graphql-response');
  });
  it('answers carry their length (one piece, not chunked)', async () => {
    for (const body of [q, { query: '{ client { clientID ' }]) {
      const res = await fetch(`${reg.url}${BR}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const bytes = Buffer.byteLength(await res.text());
      expect(res.headers.get('transfer-encoding')).toBeNull();
      expect(res.headers.get('content-length')).toBe(String(bytes));
    }
  });
  it('a malformed query is a 400 with errors', async () => {
    const r = await post(BR, { query: '{ client { clientID ' });
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.message).toMatch(/Syntax Error/);
  });
  it('a query that does not validate is a 400 with errors', async () => {
    const r = await post(BR, { query: '{ client(where: {bsn: {like: "x"}}) { clientID } }' });
    expect(r.status).toBe(400);
    expect(r.json.errors?.length).toBeGreaterThan(0);
  });
  it('a bad Date variable is rejected', async () => {
    const r = await post(BR, { query: 'query($d: Date) { bemiddelingspecificatie(where: {toewijzingIngangsdatum: {eq: $d}}) { zzpCode } }', variables: { d: '01-01-2024' } });
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.message).toMatch(/Date must be/);
  });
  it('an unknown path is a 404', async () => {
    expect((await post('/nope/graphql', q)).status).toBe(404);
  });
});
