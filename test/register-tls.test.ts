/** mTLS on the embedded registers: real HTTPS on loopback with a throw-away PKI made at test time (openssl). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, fetch } from 'undici';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';
import { partyFromCertificate } from '../src/reference-register/security/tls.js';
import { hasOpenssl, makePki, type Pem, type TestPki } from './helpers/pki.js';

const BR = '/bemiddelingsregister/graphql';
const CLIENT = 'mutation($i: RegistreerClientInput!) { registreerClient(input: $i) { clientID } }';
const input = { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' };

describe.skipIf(!hasOpenssl())('mTLS (--require-client-cert)', () => {
  let pki: TestPki;
  let reg: RunningRegister;
  const agents: Agent[] = [];
  const agent = (client?: Pem): Agent => {
    const a = new Agent({ connect: { ca: pki.ca.cert, ...(client ? { cert: client.cert, key: client.key } : {}) } });
    agents.push(a);
    return a;
  };
  const post = async (a: Agent, query: string, variables?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${reg.url}${BR}`, { method: 'POST', dispatcher: a, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as { data?: { registreerClient?: { clientID: string } } | null; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const authors = (): string[] => (reg.db.prepare('SELECT author FROM register_write_log ORDER BY seq').all() as { author: string }[]).map((r) => r.author);

  beforeAll(async () => {
    pki = makePki();
    reg = await startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), notifier: null, tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert, requireClientCert: true } });
  });
  afterAll(async () => {
    await Promise.all(agents.map((a) => a.close()));
    await reg?.close();
    pki?.remove();
  });

  it('serves HTTPS and is not in insecure mode', () => {
    expect(reg.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(reg.secure).toBe(true);
  });

  it('a client with a good certificate writes; the author is the party of its certificate, not X-Party', async () => {
    const zk = agent(pki.client('/CN=zorgkantoor 5501/serialNumber=UZOVI:5501'));
    const r = await post(zk, CLIENT, { i: input }, { 'x-party': 'UZOVI:9999' });
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
    const oin = agent(pki.client('/CN=PKIoverheid services/O=Gemeente/serialNumber=00000001234567890000'));
    expect((await post(oin, CLIENT, { i: input })).status).toBe(200);
    const agb = agent(pki.client('/CN=aanbieder/OU=afdeling zorg/OU=agbcode:01234567'));
    expect((await post(agb, CLIENT, { i: input })).status).toBe(200);
    expect(authors()).toEqual(['UZOVI:5501', 'OIN:00000001234567890000', 'AGB:01234567']);
  });

  it('a good certificate that names no party may read but not write (403)', async () => {
    const anon = agent(pki.client('/CN=monitoring'));
    const q = await post(anon, '{ client { clientID } }');
    expect(q.status).toBe(200);
    const before = authors().length;
    const w = await post(anon, CLIENT, { i: input }, { 'x-party': 'UZOVI:5501' });
    expect(w.status).toBe(403);
    expect(w.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(w.body.errors?.[0]?.message).toMatch(/writing party/);
    expect(authors()).toHaveLength(before);
  });

  it('a client without a certificate, or with one of another CA, is refused in the handshake', async () => {
    const before = authors().length;
    await expect(post(agent(), CLIENT, { i: input }, { 'x-party': 'UZOVI:5501' })).rejects.toThrow();
    await expect(post(agent(pki.foreign('/CN=zk/serialNumber=UZOVI:5501')), CLIENT, { i: input })).rejects.toThrow();
    expect(authors()).toHaveLength(before);
  });
});

describe.skipIf(!hasOpenssl())('TLS with an optional client certificate', () => {
  let pki: TestPki;
  let reg: RunningRegister;
  beforeAll(async () => {
    pki = makePki();
    reg = await startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), notifier: null, tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca.cert } });
  });
  afterAll(async () => {
    await reg?.close();
    pki?.remove();
  });

  it('is still insecure mode: X-Party names the author without a certificate; a verified certificate wins over X-Party', async () => {
    expect(reg.secure).toBe(false);
    const plain = new Agent({ connect: { ca: pki.ca.cert } });
    const zk = pki.client('/CN=zk/serialNumber=UZOVI:5507');
    const withCert = new Agent({ connect: { ca: pki.ca.cert, cert: zk.cert, key: zk.key } });
    const foreign = pki.foreign('/CN=zk/serialNumber=UZOVI:5599');
    const withForeign = new Agent({ connect: { ca: pki.ca.cert, cert: foreign.cert, key: foreign.key } });
    try {
      for (const a of [plain, withCert, withForeign]) {
        const res = await fetch(`${reg.url}${BR}`, { method: 'POST', dispatcher: a, headers: { 'content-type': 'application/json', 'x-party': 'UZOVI:5501' }, body: JSON.stringify({ query: CLIENT, variables: { i: input } }) });
        expect(res.status).toBe(200);
      }
    } finally {
      await Promise.all([plain.close(), withCert.close(), withForeign.close()]);
    }
    // The unverified (foreign) certificate names nobody: X-Party counts.
    expect((reg.db.prepare('SELECT author FROM register_write_log ORDER BY seq').all() as { author: string }[]).map((r) => r.author)).toEqual(['UZOVI:5501', 'UZOVI:5507', 'UZOVI:5501']);
  });
});

describe('party from a certificate subject', () => {
  const party = (subject: Record<string, string | string[]>) => partyFromCertificate({ subject } as never);
  it('follows the documented order: serialNumber TYPE:id, 20-digit serialNumber (OIN), organizationIdentifier NTRNL, OU, CN', () => {
    expect(party({ serialNumber: 'uzovi:5501', OU: 'AGB:01234567', CN: 'KVK:12345678' })).toBe('UZOVI:5501');
    expect(party({ serialNumber: '00000001234567890000' })).toBe('OIN:00000001234567890000');
    expect(party({ serialNumber: '12345', organizationIdentifier: 'NTRNL-62253778' })).toBe('KVK:62253778');
    expect(party({ OU: ['zorg', 'AGBCODE-01234567'], CN: 'UZOVI:5501' })).toBe('AGB:01234567');
    expect(party({ CN: 'UZOVI:5501' })).toBe('UZOVI:5501');
    expect(party({ CN: 'www.example.nl', O: 'UZOVI:5501' })).toBeUndefined();
    expect(party({ serialNumber: 'BSN:012345672' })).toBeUndefined();
  });
});
