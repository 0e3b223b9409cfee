/** `register serve --address-book` delivers what a write queues; `register notifications` lists the outbox. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopServed } from '../src/reference-register/cli.js';
import { startTestReceiver } from '../src/notifications/test-receiver.js';
import { cli } from './helpers/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-reg-cli-'));
afterAll(async () => {
  await stopServed();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function create(url: string, type: string, pk: string, input: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${url}/bemiddelingsregister/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-party': 'UZOVI:5501' },
    body: JSON.stringify({ query: `mutation($input: Registreer${type}Input!) { r: registreer${type}(input: $input) { ${pk} } }`, variables: { input } }),
  });
  const body = (await res.json()) as { data?: { r: Record<string, string> }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.r[pk]!;
}

describe('iwlz-bridge register serve --address-book', () => {
  it('delivers the notifications of a write and lists them as delivered', async () => {
    const aanbieder = await startTestReceiver();
    const db = path.join(dir, 'register.sqlite');
    const book = path.join(dir, 'book.json');
    fs.writeFileSync(book, JSON.stringify({ 'AGB:01234567': aanbieder.url }));
    const served = await cli('register', 'serve', '--port', '0', '--db', db, '--address-book', book);
    expect(served.code).toBe(0);
    expect(served.err).toContain('notifications: delivering from the outbox');
    const url = /Bemiddelingsregister[^:]*: (http:\/\/[^/]+)/.exec(served.out)![1]!;

    const client = await create(url, 'Client', 'clientID', { bsn: '012345672', leefeenheid: '1' });
    const bem = await create(url, 'Bemiddeling', 'bemiddelingID', { clientID: client, wlzIndicatieID: '00000000-0000-4000-8000-000000000042', verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2026-01-01' });
    const spec = await create(url, 'Bemiddelingspecificatie', 'bemiddelingspecificatieID', {
      bemiddelingID: bem, leveringsvorm: '4', zzpCode: '750', toewijzingIngangsdatum: '2026-01-01', instelling: '01234567', uitvoerendZorgkantoor: '5501', soortToewijzing: '1', opname: '1', percentage: 10000,
    });
    for (let i = 0; i < 100 && aanbieder.accepted.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(aanbieder.accepted).toEqual([expect.objectContaining({
      eventType: 'NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER', afzenderID: '5501', ontvangerID: '01234567',
      subjectList: [{ subject: `Bemiddeling/${bem}`, recordID: `Bemiddelingspecificatie/${spec}` }],
    })]);
    // the receiver has the payload before the dispatcher has its answer: wait for the outbox
    let listed = await cli('register', 'notifications', '--db', db, '--status', 'delivered');
    for (let i = 0; i < 100 && listed.out === ''; i++) {
      await new Promise((r) => setTimeout(r, 50));
      listed = await cli('register', 'notifications', '--db', db, '--status', 'delivered');
    }
    await stopServed();
    await aanbieder.close();
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/delivered +NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER UZOVI:5501 → AGB:01234567 .*attempts=1 notificatieID=/);
    expect((await cli('register', 'notifications', '--db', db, '--status', 'failed')).out).toBe('');
    expect((await cli('register', 'notifications', '--db', db, '--status', 'nonsense')).code).toBe(2);
  });

  it('refuses an address book that does not hold up', async () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"XYZ": 3}');
    const r = await cli('register', 'serve', '--port', '0', '--db', ':memory:', '--address-book', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--address-book');
  });
});
