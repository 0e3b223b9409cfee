/** The registers' write contract over real HTTP on loopback: writes per entity kind, validation, atomicity, stamps. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getVariableValues, parse, validate, type OperationDefinitionNode } from '../src/reference-register/gql.js';
import { REGISTERS } from '../src/reference-register/registers.js';
import type { NotificationDraft, RegisterChange } from '../src/notifications/types.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';

const NOW = '2026-03-04T05:06:07.000Z';
let seq = 0;
const newId = (): string => `00000000-0000-4000-8000-9999${String(++seq).padStart(8, '0')}`;
const changes: RegisterChange[] = [];
const queued: NotificationDraft[][] = [];
let failOutbox = false;
/** > 0: the outbox fails at that call from now (1 = the next one). */
let failAtCall = 0;
let reg: RunningRegister;

beforeAll(async () => {
  reg = await startRegister({
    port: 0, db: ':memory:', schemaDir: testSchemaDir(), now: () => new Date(NOW), newId,
    notifier: {
      eventsFor: (c) => { changes.push(c); return [{ eventType: `TEST_${c.entity}_${c.op}`, afzenderIDType: 'UZOVI', afzenderID: '5507', ontvangerIDType: 'AGB', ontvangerID: '12345678', ontvangerKenmerk: null, subjectList: [{ subject: c.entity, recordID: c.id }] }]; },
      enqueueNotifications: (_db, drafts) => { if (failOutbox || (failAtCall > 0 && --failAtCall === 0)) throw new Error('outbox down'); queued.push(drafts); },
    },
  });
});
afterAll(() => reg.close());

const BR = '/bemiddelingsregister/graphql';
const LR = '/leveringsregister/graphql';
const IR = '/indicatieregister/graphql';

interface Answer { status: number; data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { violations?: { field: string; rule: string }[] } }[] }
async function post(p: string, query: string, variables?: Record<string, unknown>, party: string | null = 'UZOVI:5507'): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (party) headers['x-party'] = party;
  const res = await fetch(`${reg.url}${p}`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...((await res.json()) as object) };
}
async function ok(p: string, query: string, variables?: Record<string, unknown>, party?: string): Promise<Record<string, unknown>> {
  const r = await post(p, query, variables, party);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(r.status).toBe(200);
  return r.data!;
}
/** registreerX(input) { <pk> } → the new id. */
async function create(p: string, type: string, pk: string, input: Record<string, unknown>, party?: string): Promise<string> {
  const d = await ok(p, `mutation($input: Registreer${type}Input!) { r: registreer${type}(input: $input) { ${pk} } }`, { input }, party);
  return (d['r'] as Record<string, string>)[pk]!;
}
/** Every row of every table: a bad write must leave this unchanged. */
function snapshot(): Record<string, number> {
  const tables = (reg.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, (reg.db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
}
function rejectedWith(r: Answer, field: string, rule: string): void {
  expect(r.errors?.length, JSON.stringify(r)).toBeGreaterThan(0);
  const e = r.errors![0]!;
  expect(e.message).toContain(field);
  if (e.extensions?.violations) expect(e.extensions.violations).toContainEqual(expect.objectContaining({ field, rule }));
  else expect(e.message).toMatch(new RegExp(rule === 'required' ? 'required|not provided' : rule, 'i'));
}

const br: Record<string, string> = {};

describe('Bemiddelingsregister writes', () => {
  it('Client, Bemiddeling, Bemiddelingspecificatie, Regiehouder: written and queried back', async () => {
    br['client'] = await create(BR, 'Client', 'clientID', { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' });
    br['bem'] = await create(BR, 'Bemiddeling', 'bemiddelingID', { clientID: br['client'], wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01' });
    br['spec'] = await create(BR, 'Bemiddelingspecificatie', 'bemiddelingspecificatieID', {
      bemiddelingID: br['bem'], leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507',
      soortToewijzing: '1', opname: '1', etmalen: '3,5', percentage: 10000,
    });
    br['regie'] = await create(BR, 'Regiehouder', 'regiehouderID', { bemiddelingID: br['bem'], instelling: '01234567', ingangsdatum: '2026-01-01', regierol: 'DH' });
    expect(br['spec']).toMatch(/^00000000-0000-4000-8000-9999\d{8}$/);
    const d = await ok(BR, `query($id: UUID) { bemiddelingspecificatie(where: {bemiddelingspecificatieID: {eq: $id}}) {
      leveringsvorm zzpCode instelling etmalen opname percentage vaststellingMoment soortToewijzing
      bemiddeling { verantwoordelijkZorgkantoor client { bsn } regiehouder { regiehouderID instelling regierol } } } }`, { id: br['spec'] });
    expect(d['bemiddelingspecificatie']).toEqual([{
      leveringsvorm: '4', zzpCode: '750', instelling: '01234567', etmalen: '3,5', opname: '1', percentage: 10000, vaststellingMoment: NOW, soortToewijzing: '1',
      bemiddeling: { verantwoordelijkZorgkantoor: '5501', client: { bsn: '012345672' }, regiehouder: [{ regiehouderID: br['regie'], instelling: '01234567', regierol: 'DH' }] },
    }]);
  });

  it('records the author and the moment of every write, and hands a RegisterChange to the notifications', () => {
    const log = reg.db.prepare(`SELECT entity, op, author, vaststelling_moment AS at, parent_id AS parent FROM register_write_log WHERE record_id = ?`).get(br['spec']);
    expect(log).toEqual({ entity: 'Bemiddelingspecificatie', op: 'create', author: 'UZOVI:5507', at: NOW, parent: br['bem'] });
    const c = changes.find((x) => x.id === br['spec']);
    expect(c).toEqual({
      register: 'bemiddelingsregister', entity: 'Bemiddelingspecificatie', op: 'create', id: br['spec'], parentId: br['bem'], author: 'UZOVI:5507',
      parties: {
        instelling: '01234567', uitvoerendZorgkantoor: '5507', verantwoordelijkZorgkantoor: '5501', 'bemiddeling.verantwoordelijkZorgkantoor': '5501',
        bemiddelingspecificatieID: br['spec'], bemiddelingID: br['bem'], 'bemiddeling.bemiddelingID': br['bem'], clientID: br['client'], 'bemiddeling.clientID': br['client'],
        'client.clientID': br['client'], wlzIndicatieID: '00000000-0000-4000-8000-000000000042', 'bemiddeling.wlzIndicatieID': '00000000-0000-4000-8000-000000000042',
      },
    });
    expect(queued.flat().some((n) => n.subjectList[0]!.recordID === br['spec'])).toBe(true);
  });

  it('wijzig changes only the fields given and restamps; verwijder removes', async () => {
    const later = '2026-06-30';
    const d = await ok(BR, `mutation($i: WijzigBemiddelingspecificatieInput!) { wijzigBemiddelingspecificatie(input: $i) { toewijzingEinddatum redenIntrekking zzpCode instelling } }`,
      { i: { bemiddelingspecificatieID: br['spec'], toewijzingEinddatum: later, redenIntrekking: '6' } }, 'UZOVI:5501');
    expect(d['wijzigBemiddelingspecificatie']).toEqual({ toewijzingEinddatum: later, redenIntrekking: '6', zzpCode: '750', instelling: '01234567' });
    expect(reg.db.prepare(`SELECT author FROM register_write_log WHERE record_id = ? AND op = 'update'`).get(br['spec'])).toEqual({ author: 'UZOVI:5501' });
    const del = await ok(BR, 'mutation($id: UUID!) { verwijderRegiehouder(id: $id) }', { id: br['regie'] });
    expect(del['verwijderRegiehouder']).toBe(br['regie']);
    expect((await ok(BR, '{ regiehouder { regiehouderID } }'))['regiehouder']).toEqual([]);
    expect(changes.at(-1)).toMatchObject({ entity: 'Regiehouder', op: 'delete', id: br['regie'], parentId: br['bem'], parties: { instelling: '01234567' } });
  });

  it('Overdracht (+specificatie), Contactpersoon and contactgegevens', async () => {
    const ov = await create(BR, 'Overdracht', 'overdrachtID', { bemiddelingID: br['bem'], verantwoordelijkZorgkantoor: '5508', overdrachtDatum: '2026-07-01', verhuisDatum: '2026-06-15' });
    await create(BR, 'Overdrachtspecificatie', 'overdrachtspecificatieID', { overdrachtID: ov, bemiddelingspecificatieID: br['spec'], leveringsstatus: '4', leveringsstatusClassificatie: '01' });
    const cp = await create(BR, 'Contactpersoon', 'contactpersoonID', { clientID: br['client'], relatienummer: '01', soortRelatie: '03', geslachtsnaam: 'Jansen', ingangsdatum: '2026-01-01' });
    await create(BR, 'ContactpersoonContactgegevens', 'contactpersoonContactgegevensID', { contactpersoonID: cp, adressoort: '01', postcode: '1234AB', telefoonnummer01: '0612345678', ingangsdatum: '2026-01-01' });
    await create(BR, 'ClientContactgegevens', 'clientContactgegevensID', { clientID: br['client'], adressoort: '02', huisnummer: 7, land: 'NL', ingangsdatum: '2026-01-01' });
    const d = await ok(BR, `query($id: UUID) { bemiddeling(where: {bemiddelingID: {eq: $id}}) { overdracht { verantwoordelijkZorgkantoor vaststellingMoment overdrachtspecificatie { leveringsstatus leveringsstatusClassificatie bemiddelingspecificatie { zzpCode } } }
      client { contactpersoon { relatienummer soortRelatie contactgegevens { adressoort telefoonnummer01 } } contactgegevens { adressoort huisnummer land } } } }`, { id: br['bem'] });
    expect(d['bemiddeling']).toEqual([{
      overdracht: { verantwoordelijkZorgkantoor: '5508', vaststellingMoment: NOW, overdrachtspecificatie: [{ leveringsstatus: '4', leveringsstatusClassificatie: '01', bemiddelingspecificatie: { zzpCode: '750' } }] },
      client: { contactpersoon: [{ relatienummer: '01', soortRelatie: '03', contactgegevens: [{ adressoort: '01', telefoonnummer01: '0612345678' }] }], contactgegevens: [{ adressoort: '02', huisnummer: 7, land: 'NL' }] },
    }]);
  });
});

describe('bad writes are rejected and change nothing', () => {
  const spec = (over: Record<string, unknown>) => ({
    bemiddelingID: br['bem'], leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507', soortToewijzing: '1', ...over,
  });
  const M = 'mutation($input: RegistreerBemiddelingspecificatieInput!) { registreerBemiddelingspecificatie(input: $input) { bemiddelingspecificatieID } }';
  const cases: [string, () => Record<string, unknown>, string, string][] = [
    ['unknown code', () => spec({ leveringsvorm: '3' }), 'leveringsvorm', 'code'],
    ['unknown code (leading zero matters)', () => spec({ soortToewijzing: '01' }), 'soortToewijzing', 'code'],
    ['unknown zorgkantoor', () => spec({ uitvoerendZorgkantoor: '5522' }), 'uitvoerendZorgkantoor', 'code'],
    ['AGB code of 7 digits (format from LDT_AgbCode)', () => spec({ instelling: '1234567' }), 'instelling', 'format'],
    ['missing required field', () => Object.fromEntries(Object.entries(spec({})).filter(([k]) => k !== 'zzpCode')), 'zzpCode', 'required'],
    ['empty required field', () => spec({ zzpCode: '' }), 'zzpCode', 'required'],
    ['date that does not exist', () => spec({ toewijzingIngangsdatum: '2026-02-30' }), 'toewijzingIngangsdatum', 'date'],
    ['unknown parent', () => spec({ bemiddelingID: '00000000-0000-4000-8000-000000000bad' }), 'bemiddelingID', 'reference'],
  ];
  for (const [name, input, field, rule] of cases) {
    it(name, async () => {
      const before = snapshot();
      const n = changes.length;
      const r = await post(BR, M, { input: input() });
      rejectedWith(r, field, rule);
      expect(snapshot()).toEqual(before);
      expect(changes.length).toBe(n);
    });
  }
  it('several violations are reported together', async () => {
    const r = await post(BR, M, { input: spec({ leveringsvorm: 'X', etmalen: '3.5' }) });
    expect(r.errors![0]!.message).toMatch(/leveringsvorm.*LDT_Leveringsvorm.*etmalen.*LDT_Etmalen/s);
  });
  it('a BSN that is not 9 digits is refused (LDT_BurgerServicenummer)', async () => {
    const before = snapshot();
    rejectedWith(await post(BR, 'mutation { registreerClient(input: {bsn: "12345672"}) { clientID } }'), 'bsn', 'format');
    expect(snapshot()).toEqual(before);
  });
  it('a write without X-Party is refused', async () => {
    const before = snapshot();
    const r = await post(BR, 'mutation { registreerClient(input: {bsn: "000000012"}) { clientID } }', undefined, null);
    rejectedWith(r, 'X-Party', 'author');
    expect(snapshot()).toEqual(before);
  });
  it('wijzig of an unknown record, a required field set to null, a bad parent', async () => {
    const before = snapshot();
    rejectedWith(await post(BR, 'mutation($i: WijzigBemiddelingInput!) { wijzigBemiddeling(input: $i) { bemiddelingID } }', { i: { bemiddelingID: '00000000-0000-4000-8000-000000000bad' } }), 'bemiddelingID', 'exists');
    rejectedWith(await post(BR, 'mutation($i: WijzigBemiddelingInput!) { wijzigBemiddeling(input: $i) { bemiddelingID } }', { i: { bemiddelingID: br['bem'], verantwoordelijkZorgkantoor: null } }), 'verantwoordelijkZorgkantoor', 'required');
    rejectedWith(await post(BR, 'mutation($i: WijzigBemiddelingInput!) { wijzigBemiddeling(input: $i) { bemiddelingID } }', { i: { bemiddelingID: br['bem'], clientID: '00000000-0000-4000-8000-000000000bad' } }), 'clientID', 'reference');
    expect(snapshot()).toEqual(before);
  });
  it('verwijder of a record others refer to is refused', async () => {
    const before = snapshot();
    const r = await post(BR, 'mutation($id: UUID!) { verwijderBemiddeling(id: $id) }', { id: br['bem'] });
    rejectedWith(r, 'id', 'in-use');
    expect(r.errors![0]!.message).toContain('Bemiddelingspecificatie');
    expect(snapshot()).toEqual(before);
  });
  it('a failing outbox rolls the data back (one transaction)', async () => {
    const before = snapshot();
    failOutbox = true;
    try {
      const r = await post(BR, 'mutation { registreerClient(input: {bsn: "000000012"}) { clientID } }');
      expect(r.errors?.[0]?.message).toContain('outbox down');
    } finally { failOutbox = false; }
    expect(snapshot()).toEqual(before);
  });
  it('several writes in one request (committed together): one that fails after writing undoes only its own writes', async () => {
    const before = snapshot();
    // b's client row and write-log row are written, then its outbox fails: b is undone, a and c stand.
    failAtCall = 2;
    let r: Answer;
    try {
      r = await post(BR, `mutation { a: registreerClient(input: {bsn: "000000024"}) { clientID }
        b: registreerClient(input: {bsn: "000000048"}) { clientID } c: registreerClient(input: {bsn: "000000036"}) { clientID } }`);
    } finally { failAtCall = 0; }
    expect(r.status).toBe(200);
    expect(Object.keys(r.data ?? {})).toEqual(['a', 'b', 'c']);
    expect(r.data!['b']).toBeNull();
    expect(r.errors?.map((e) => e.message)).toEqual([expect.stringContaining('outbox down')]);
    const ids = [r.data!['a'], r.data!['c']].map((x) => (x as { clientID: string }).clientID);
    for (const id of ids) expect(reg.db.prepare(`SELECT op FROM register_write_log WHERE record_id = ?`).all(id)).toEqual([{ op: 'create' }]);
    // Only a and c are there: two clients and their two write-log rows, nothing of b.
    const after = snapshot();
    const changed = Object.fromEntries(Object.keys(after).filter((t) => after[t] !== before[t]).map((t) => [t, after[t]! - before[t]!]));
    expect(changed).toEqual({ br_Client: 2, register_write_log: 2 });
  });
});

describe('Leveringsregister writes', () => {
  it('Levering with Leveringperiode, Behandelingperiode, Uitstelperiode, Afstel, Verzoek, VerzoekAanbieder', async () => {
    const agb = 'AGB:01234567';
    const client = await create(LR, 'Client', 'clientID', { bsn: '012345672' }, agb);
    const lev = await create(LR, 'Levering', 'leveringID', { clientID: client, bemiddelingspecificatieID: br['spec'] }, agb);
    const lp = await create(LR, 'Leveringperiode', 'leveringperiodeID', { leveringID: lev, ingangsdatum: '2026-02-01', sleuteldatum: '2026-01-25' }, agb);
    await create(LR, 'BehandelingPeriode', 'behandelingperiodeID', { leveringperiodeID: lp, ingangsdatum: '2026-02-01' }, agb);
    await create(LR, 'Uitstelperiode', 'uitstelperiodeID', { leveringID: lev, ingangsdatum: '2026-01-01', reden: '01', leveringsstatus: '3', leveringsstatusClassificatie: '05', einddatum: '2026-01-31' }, agb);
    await create(LR, 'Afstel', 'afstelID', { leveringID: lev, afsteldatum: '2026-03-01', reden: '02' }, agb);
    const vz = await create(LR, 'Verzoek', 'verzoekID', { leveringID: lev, verzoekdatum: '2026-01-10', product: '750', toewijzingSoort: '1', leveringsvorm: '4', volume: 3.5 }, agb);
    await create(LR, 'VerzoekAanbieder', 'verzoekAanbiederID', { verzoekID: vz, aanbieder: '01234567', toewijzingIngangsdatum: '2026-02-01', toewijzingPercentage: 10000, regiehouder: 'Ja', opname: '1' }, agb);
    const d = await ok(LR, `query($id: UUID) { levering(where: {leveringID: {eq: $id}}) { bemiddelingspecificatieID client { bsn }
      leveringperiodes { ingangsdatum sleuteldatum vaststellingMoment behandelingperiodes { ingangsdatum } }
      uitstelperiodes { leveringsstatus leveringsstatusClassificatie vaststellingMoment } afstel { afsteldatum reden vaststellingMoment }
      verzoeken { product toewijzingSoort leveringsvorm volume verzoekAanbieders { aanbieder toewijzingPercentage regiehouder } } } }`, { id: lev });
    expect(d['levering']).toEqual([{
      bemiddelingspecificatieID: br['spec'], client: { bsn: '012345672' },
      leveringperiodes: [{ ingangsdatum: '2026-02-01', sleuteldatum: '2026-01-25', vaststellingMoment: NOW, behandelingperiodes: [{ ingangsdatum: '2026-02-01' }] }],
      uitstelperiodes: [{ leveringsstatus: '3', leveringsstatusClassificatie: '05', vaststellingMoment: NOW }], afstel: { afsteldatum: '2026-03-01', reden: '02', vaststellingMoment: NOW },
      verzoeken: [{ product: '750', toewijzingSoort: '1', leveringsvorm: '4', volume: 3.5, verzoekAanbieders: [{ aanbieder: '01234567', toewijzingPercentage: 10000, regiehouder: 'Ja' }] }],
    }]);
    expect(changes.find((c) => c.id === lp)).toMatchObject({ register: 'leveringsregister', entity: 'Leveringperiode', parentId: lev, author: 'AGB:01234567' });
  });
  it('rejects a bad leveringsstatus and an unknown Levering', async () => {
    const before = snapshot();
    const M = 'mutation($i: RegistreerUitstelperiodeInput!) { registreerUitstelperiode(input: $i) { uitstelperiodeID } }';
    const lev = (reg.db.prepare('SELECT leveringID FROM lr_Levering').get() as { leveringID: string }).leveringID;
    rejectedWith(await post(LR, M, { i: { leveringID: lev, ingangsdatum: '2026-01-01', reden: '01', leveringsstatus: '8', leveringsstatusClassificatie: '05' } }), 'leveringsstatus', 'code');
    rejectedWith(await post(LR, M, { i: { leveringID: '00000000-0000-4000-8000-000000000bad', ingangsdatum: '2026-01-01', reden: '01', leveringsstatus: '3', leveringsstatusClassificatie: '05' } }), 'leveringID', 'reference');
    expect(snapshot()).toEqual(before);
  });
});

describe('Indicatieregister writes', () => {
  it('WlzIndicatie with client, wzd, grondslag, zzp, beperking(+score), stoornis, stoornisScore, contacts', async () => {
    const ciz = 'KVK:12345678';
    const client = await create(IR, 'Client', 'clientID', { bsn: '012345672', geheimeClient: '2', geboorteDatum: '1940-02-29', geslacht: '2', geslachtsnaam: 'Visser', naamGebruik: '1', voorletters: 'AB' }, ciz);
    const wzd = await create(IR, 'Wzd', 'wzdID', { wzdVerklaring: '1', ingangsdatum: '2026-01-01' }, ciz);
    const wlz = await create(IR, 'WlzIndicatie', 'wlzindicatieID', { clientID: client, wzdID: wzd, bsn: '012345672', besluitnummer: 4711, soortWlzindicatie: '1', afgiftedatum: '2026-01-01', ingangsdatum: '2026-01-01', initieelVerantwoordelijkZorgkantoor: '5507' }, ciz);
    await create(IR, 'Grondslag', 'grondslagID', { wlzindicatieID: wlz, grondslag: '01', volgorde: 1 }, ciz);
    await create(IR, 'GeindiceerdZorgzwaartepakket', 'geindiceerdZorgzwaartepakketID', { wlzindicatieID: wlz, zzpCode: '750', ingangsdatum: '2026-01-01', financiering: '1' }, ciz);
    const bep = await create(IR, 'Beperking', 'beperkingID', { wlzindicatieID: wlz, categorie: '1' }, ciz);
    await create(IR, 'BeperkingScore', 'beperkingScoreID', { beperkingID: bep, beperkingVraag: '0101', beperkingScore: '0' }, ciz);
    await create(IR, 'Stoornis', 'stoornisID', { wlzindicatieID: wlz, grondslag: '01', diagnoseCodelijst: '014', ziektebeeldStoornis: '1' }, ciz);
    await create(IR, 'StoornisScore', 'stoornisScoreID', { wlzindicatieID: wlz, stoornisVraag: '0101', stoornisScore: '9' }, ciz);
    const adres = await create(IR, 'Adres', 'adresID', { adresSoort: '01', postcode: '1234AB', huisnummer: 1, ingangsdatum: '2026-01-01' }, ciz);
    await create(IR, 'ContactGegevens', 'contactGegevensID', { clientID: client, adresID: adres }, ciz);
    const d = await ok(IR, `query($id: UUID, $zk: String) { wlzIndicatie(where: {wlzindicatieID: {eq: $id}, initieelVerantwoordelijkZorgkantoor: {eq: $zk}}) {
      besluitnummer bsn wzd { wzdVerklaring } grondslag { grondslag volgorde } geindiceerdZorgzwaartepakket { zzpCode financiering }
      beperking { categorie beperkingScore { beperkingVraag beperkingScore } } stoornis { diagnoseCodelijst } stoornisScore { stoornisVraag stoornisScore }
      client { bsn geboorteDatum contactGegevens { adres { adresSoort postcode } } } } }`, { id: wlz, zk: '5507' });
    expect(d['wlzIndicatie']).toEqual([{
      besluitnummer: 4711, bsn: '012345672', wzd: { wzdVerklaring: '1' }, grondslag: [{ grondslag: '01', volgorde: 1 }], geindiceerdZorgzwaartepakket: [{ zzpCode: '750', financiering: '1' }],
      beperking: [{ categorie: '1', beperkingScore: [{ beperkingVraag: '0101', beperkingScore: '0' }] }], stoornis: [{ diagnoseCodelijst: '014' }], stoornisScore: [{ stoornisVraag: '0101', stoornisScore: '9' }],
      client: { bsn: '012345672', geboorteDatum: '1940-02-29', contactGegevens: [{ adres: { adresSoort: '01', postcode: '1234AB' } }] },
    }]);
    expect(changes.find((c) => c.id === wlz)).toMatchObject({ register: 'indicatieregister', entity: 'WlzIndicatie', author: 'KVK:12345678', parties: { initieelVerantwoordelijkZorgkantoor: '5507' } });
  });
  it('a child without its parent and ContactGegevens without an owner are refused', async () => {
    const before = snapshot();
    rejectedWith(await post(IR, 'mutation { registreerGrondslag(input: {grondslag: "01", volgorde: 1}) { grondslagID } }'), 'wlzindicatieID', 'required');
    rejectedWith(await post(IR, 'mutation { registreerContactGegevens(input: {}) { contactGegevensID } }'), 'clientID|contactPersoonID', 'required');
    rejectedWith(await post(IR, 'mutation { registreerGrondslag(input: {grondslag: "1", volgorde: 1, wlzindicatieID: "00000000-0000-4000-8000-000000000bad"}) { grondslagID } }'), 'grondslag', 'code');
    expect(snapshot()).toEqual(before);
  });
});

describe('docs/register-mutations.md', () => {
  const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'docs', 'register-mutations.md'), 'utf8');
  const examplesIn = (section: string) => [...section.matchAll(/```graphql\n([\s\S]*?)```\n\n```json\n([\s\S]*?)```/g)].map((m) => ({ query: m[1]!, variables: JSON.parse(m[2]!) as Record<string, unknown> }));
  it('has an example for every mutation of every register, each valid against the served schema', () => {
    const uuid = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/"<[^>"]+>"/g, '"00000000-0000-4000-8000-000000000001"'));
    const sections = text.split('\n### ');
    for (const def of REGISTERS) {
      const schema = reg.registers.get(def.id)!.schema;
      const section = sections.find((x) => x.split('\n')[0]!.includes(`\`${def.path}\``));
      expect(section, def.path).toBeDefined();
      const examples = examplesIn(section!);
      for (const name of Object.keys(schema.getMutationType()!.getFields())) {
        const ex = examples.find((e) => e.query.includes(` ${name}(`));
        expect(ex, `${def.path} ${name}`).toBeDefined();
        const doc = parse(ex!.query);
        expect(validate(schema, doc), name).toEqual([]);
        const op = doc.definitions[0] as OperationDefinitionNode;
        const coerced = getVariableValues(schema, op.variableDefinitions ?? [], uuid(ex!.variables) as Record<string, unknown>);
        expect(coerced.errors, name).toBeUndefined();
      }
    }
  });
});

describe('with the notifications part (src/notifications) as the default notifier', () => {
  it('a Leveringperiode finds its zorgkantoren through the toewijzing in the Bemiddelingsregister and queues AW35-worthy notifications', async () => {
    const own = await startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), now: () => new Date(NOW) });
    try {
      const call = async (p: string, type: string, pk: string, input: Record<string, unknown>, party: string): Promise<string> => {
        const res = await fetch(`${own.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-party': party },
          body: JSON.stringify({ query: `mutation($input: Registreer${type}Input!) { r: registreer${type}(input: $input) { ${pk} } }`, variables: { input } }) });
        const body = (await res.json()) as { data?: { r: Record<string, string> }; errors?: unknown };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        return body.data!.r[pk]!;
      };
      const zk = 'UZOVI:5501';
      const client = await call(BR, 'Client', 'clientID', { bsn: '012345672' }, zk);
      const bem = await call(BR, 'Bemiddeling', 'bemiddelingID', { clientID: client, wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01' }, zk);
      const spec = await call(BR, 'Bemiddelingspecificatie', 'bemiddelingspecificatieID', { bemiddelingID: bem, leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507', soortToewijzing: '1' }, zk);
      const lrClient = await call(LR, 'Client', 'clientID', { bsn: '012345672' }, 'AGB:01234567');
      const lev = await call(LR, 'Levering', 'leveringID', { clientID: lrClient, bemiddelingspecificatieID: spec }, 'AGB:01234567');
      const lp = await call(LR, 'Leveringperiode', 'leveringperiodeID', { leveringID: lev, ingangsdatum: '2026-02-01' }, 'AGB:01234567');
      const rows = own.db.prepare(`SELECT event_type AS e, afzender_id AS van, ontvanger_id AS aan, subject_list AS s FROM outbox WHERE event_type LIKE '%LEVERINGPERIODE%' ORDER BY id`).all();
      expect(rows).toEqual([
        { e: 'NIEUWE_LEVERINGPERIODE_ZORGKANTOOR', van: '01234567', aan: '5501', s: JSON.stringify([{ subject: `Levering/${lev}`, recordID: `Leveringperiode/${lp}` }]) },
        { e: 'NIEUWE_LEVERINGPERIODE_ZORGKANTOOR', van: '01234567', aan: '5507', s: JSON.stringify([{ subject: `Levering/${lev}`, recordID: `Leveringperiode/${lp}` }]) },
      ]);
    } finally {
      await own.close();
    }
  });
});
