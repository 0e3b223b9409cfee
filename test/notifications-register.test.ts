/** End to end: a write to the embedded register (its default notifier = src/notifications) → outbox → zendNotificatie at a test receiver. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressBook } from '../src/notifications/address-book.js';
import { NotificationDispatcher } from '../src/notifications/dispatcher.js';
import { listOutbox } from '../src/notifications/outbox.js';
import type { TestReceiver } from '../src/notifications/test-receiver.js';
import type { RunningRegister } from '../src/reference-register/server.js';
import { registerWithReceivers, type RegisterWithReceivers } from './helpers/register-receivers.js';

const NOW = '2026-03-04T05:06:07.000Z';
let setup: RegisterWithReceivers;
let reg: RunningRegister;
let zk: TestReceiver;
let aanbieder: TestReceiver;

beforeAll(async () => {
  setup = await registerWithReceivers('iwlz-notif-reg-', 2, { now: () => new Date(NOW) });
  reg = setup.reg;
  zk = setup.receivers[0]!;
  aanbieder = setup.receivers[1]!;
});
afterAll(async () => {
  await setup?.close();
});

async function create(type: string, pk: string, input: Record<string, unknown>, party: string): Promise<string> {
  const res = await fetch(`${reg.url}/bemiddelingsregister/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-party': party },
    body: JSON.stringify({ query: `mutation($input: Registreer${type}Input!) { r: registreer${type}(input: $input) { ${pk} } }`, variables: { input } }),
  });
  const body = (await res.json()) as { data?: { r: Record<string, string> }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.r[pk]!;
}

describe('register write → notification', () => {
  it('a Bemiddelingspecificatie with another uitvoerend ZK notifies the instelling and that ZK, exactly once each', async () => {
    const client = await create('Client', 'clientID', { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' }, 'UZOVI:5501');
    const bem = await create('Bemiddeling', 'bemiddelingID', { clientID: client, wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01' }, 'UZOVI:5501');
    const spec = await create('Bemiddelingspecificatie', 'bemiddelingspecificatieID', {
      bemiddelingID: bem, leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5507',
      soortToewijzing: '1', opname: '1', percentage: 10000,
    }, 'UZOVI:5501');

    const d = new NotificationDispatcher({ db: reg.db, addressBook: AddressBook.fromObject({ 'UZOVI:5507': zk.url, 'AGB:01234567': aanbieder.url }), clock: () => new Date(NOW) });
    await d.drain();
    await d.stop();
    const subjectList = [{ subject: `Bemiddeling/${bem}`, recordID: `Bemiddelingspecificatie/${spec}` }];
    expect(aanbieder.accepted).toEqual([{ timestamp: NOW, afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'AGB', ontvangerID: '01234567',
      ontvangerKenmerk: null, eventType: 'NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER', subjectList }]);
    expect(zk.accepted).toEqual([{ timestamp: NOW, afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'UZOVI', ontvangerID: '5507',
      ontvangerKenmerk: null, eventType: 'NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR', subjectList }]);
    expect(listOutbox(reg.db).map((e) => e.state)).toEqual(['delivered', 'delivered']);
  });
});
