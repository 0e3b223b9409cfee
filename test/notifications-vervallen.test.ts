/** VERVALLEN_INDICATIE_ZORGKANTOOR end to end: IR-2 write (vervaldatum set, indicatie removed) → outbox → every responsible ZK from the Bemiddelingsregister. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressBook } from '../src/notifications/address-book.js';
import { NotificationDispatcher } from '../src/notifications/dispatcher.js';
import { listOutbox } from '../src/notifications/outbox.js';
import type { TestReceiver } from '../src/notifications/test-receiver.js';
import type { RunningRegister } from '../src/reference-register/server.js';
import { registerWithReceivers, type RegisterWithReceivers } from './helpers/register-receivers.js';

const NOW = '2026-03-04T05:06:07.000Z';
const CIZ = 'KVK:62253778';
let setup: RegisterWithReceivers;
let reg: RunningRegister;
let zk: TestReceiver;

beforeAll(async () => {
  setup = await registerWithReceivers('iwlz-vervallen-', 1, { now: () => new Date(NOW) });
  reg = setup.reg;
  zk = setup.receivers[0]!;
});
afterAll(async () => {
  await setup?.close();
});

async function gql(p: string, query: string, variables: Record<string, unknown>, party: string): Promise<Record<string, Record<string, string>>> {
  const res = await fetch(`${reg.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-party': party }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, Record<string, string>>; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}
const IR = '/indicatieregister/graphql';
const BR = '/bemiddelingsregister/graphql';
const create = async (p: string, type: string, pk: string, input: Record<string, unknown>, party: string): Promise<string> =>
  (await gql(p, `mutation($i: Registreer${type}Input!) { r: registreer${type}(input: $i) { ${pk} } }`, { i: input }, party))['r']![pk]!;
const vervallenIn = (): { ontvangerID: string; subject: string }[] => listOutbox(reg.db).filter((e) => e.input.eventType === 'VERVALLEN_INDICATIE_ZORGKANTOOR')
  .map((e) => ({ ontvangerID: e.input.ontvangerID, subject: e.input.subjectList[0]!.subject })).reverse();

describe('VERVALLEN_INDICATIE_ZORGKANTOOR', () => {
  let wlz = '';
  let wlz2 = '';
  it('setting the vervaldatum notifies the current, former and future responsible ZKs once each', async () => {
    const client = await create(IR, 'Client', 'clientID', { bsn: '012345672', geheimeClient: '2', geboorteDatum: '1940-02-03', geslacht: '2', geslachtsnaam: 'Visser', naamGebruik: '1' }, CIZ);
    const base = { clientID: client, bsn: '012345672', soortWlzindicatie: '1', afgiftedatum: '2025-12-01', ingangsdatum: '2026-01-01', initieelVerantwoordelijkZorgkantoor: '5501' };
    wlz = await create(IR, 'WlzIndicatie', 'wlzindicatieID', { ...base, besluitnummer: 1 }, CIZ);
    wlz2 = await create(IR, 'WlzIndicatie', 'wlzindicatieID', { ...base, besluitnummer: 2 }, CIZ);
    const brClient = await create(BR, 'Client', 'clientID', { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' }, 'UZOVI:5501');
    // former (5503, ended), current (5501) with an Overdracht to the future one (5502); the same ZK twice is told once
    const bem = (zk: string, ingang: string, eind?: string) => create(BR, 'Bemiddeling', 'bemiddelingID', { clientID: brClient, wlzIndicatieID: wlz, verantwoordelijkZorgkantoor: zk,
      verantwoordelijkheidIngangsdatum: ingang, ...(eind ? { verantwoordelijkheidEinddatum: eind } : {}) }, `UZOVI:${zk}`);
    await bem('5503', '2026-01-01', '2026-01-31');
    const current = await bem('5501', '2026-02-01');
    await bem('5501', '2026-02-01');
    await create(BR, 'Overdracht', 'overdrachtID', { bemiddelingID: current, verantwoordelijkZorgkantoor: '5502', overdrachtDatum: '2026-07-01', verhuisDatum: '2026-06-15' }, 'UZOVI:5501');
    expect(vervallenIn()).toEqual([]);

    await gql(IR, 'mutation($i: WijzigWlzIndicatieInput!) { wijzigWlzIndicatie(input: $i) { wlzindicatieID } }', { i: { wlzindicatieID: wlz, commentaar: 'x' } }, CIZ);
    expect(vervallenIn()).toEqual([]);
    await gql(IR, 'mutation($i: WijzigWlzIndicatieInput!) { wijzigWlzIndicatie(input: $i) { wlzindicatieID } }', { i: { wlzindicatieID: wlz, vervaldatum: '2026-03-01' } }, CIZ);
    expect(vervallenIn()).toEqual(['5503', '5501', '5502'].map((ontvangerID) => ({ ontvangerID, subject: `WlzIndicatie/${wlz}` })));

    const d = new NotificationDispatcher({ db: reg.db, addressBook: AddressBook.fromObject({ 'UZOVI:5501': zk.url, 'UZOVI:5502': zk.url, 'UZOVI:5503': zk.url }), clock: () => new Date(NOW) });
    await d.drain();
    await d.stop();
    const sent = zk.accepted.filter((n) => n['eventType'] === 'VERVALLEN_INDICATIE_ZORGKANTOOR');
    expect(sent.map((n) => n['ontvangerID']).sort()).toEqual(['5501', '5502', '5503']);
    expect(sent.find((n) => n['ontvangerID'] === '5502')).toEqual({ timestamp: NOW, afzenderIDType: 'KVK', afzenderID: '62253778', ontvangerIDType: 'UZOVI', ontvangerID: '5502',
      ontvangerKenmerk: null, eventType: 'VERVALLEN_INDICATIE_ZORGKANTOOR', subjectList: [{ subject: `WlzIndicatie/${wlz}`, recordID: `WlzIndicatie/${wlz}` }] });
  });
  it('removing an indicatie nobody bemiddelde tells the initieel verantwoordelijke ZK', async () => {
    await gql(IR, 'mutation($id: UUID!) { verwijderWlzIndicatie(id: $id) }', { id: wlz2 }, CIZ);
    expect(vervallenIn().filter((v) => v.subject === `WlzIndicatie/${wlz2}`)).toEqual([{ ontvangerID: '5501', subject: `WlzIndicatie/${wlz2}` }]);
  });
});
