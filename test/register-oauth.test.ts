/** OAuth2 bearer JWTs on the embedded registers (BRIEF §8): tokens signed at test time with jose, real HTTP on loopback. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';

const ISS = 'https://auth.test.example/nid';
const AUD = 'https://register.test.example';
const S = {
  irRead: 'registers/wlzindicatieregister/indicaties/indicatie:read',
  irReadOld: 'registers/wlzindicatieregister/indicaties:read',
  brRead: 'registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read',
  brCreate: 'registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:create',
  lrRead: 'registers/leveringsregister/leveringen:read',
  meldingZk: 'organisaties/zorgkantoor/meldingen/melding:create',
  meldingRead: 'organisaties/zorgkantoor/meldingen/melding:read',
};
const BR = '/bemiddelingsregister/graphql';
const CLIENT = 'mutation($i: RegistreerClientInput!) { registreerClient(input: $i) { clientID } }';
const clientInput = { bsn: '012345672', leefeenheid: '1', communicatievorm: '1', taal: 'NL' };

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: Keys;
let stranger: Keys;
let reg: RunningRegister;

beforeAll(async () => {
  keys = await generateKeyPair('ES256');
  stranger = await generateKeyPair('ES256');
  reg = await startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), notifier: null, auth: { publicKeys: [keys.publicKey], issuer: ISS, audience: AUD } });
});
afterAll(() => reg.close());

interface TokenOpts { key?: Keys['privateKey']; iss?: string; aud?: string; exp?: string | number; nbf?: string | number; kid?: string }
function token(claims: JWTPayload, o: TokenOpts = {}): Promise<string> {
  const jwt = new SignJWT({ client_id: 'test-client', ...claims }).setProtectedHeader({ alg: 'ES256', ...(o.kid ? { kid: o.kid } : {}) })
    .setIssuedAt().setIssuer(o.iss ?? ISS).setAudience(o.aud ?? AUD).setExpirationTime(o.exp ?? '10m').setJti('jti-1');
  if (o.nbf !== undefined) jwt.setNotBefore(o.nbf);
  return jwt.sign(o.key ?? keys.privateKey);
}
interface Answer { status: number; headers: Headers; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } }
async function post(p: string, query: string, variables: unknown, bearer: string | undefined, extra: Record<string, string> = {}, base = reg.url): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (bearer !== undefined) headers['authorization'] = `Bearer ${bearer}`;
  const res = await fetch(`${base}${p}`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}
const authors = (): string[] => (reg.db.prepare('SELECT author FROM register_write_log ORDER BY seq').all() as { author: string }[]).map((r) => r.author);

describe('authentication (401)', () => {
  it('is not insecure mode', () => expect(reg.secure).toBe(true));

  it('no token, a malformed one, or a foreign signature: 401 with a GraphQL-style error', async () => {
    const none = await post(BR, '{ client { clientID } }', undefined, undefined);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(none.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(none.body).toEqual({ errors: [{ message: 'no bearer token (Authorization: Bearer <jwt>)', extensions: { code: 'UNAUTHENTICATED', status: 401 } }] });
    expect((await post(BR, '{ client { clientID } }', undefined, 'not.a.jwt')).status).toBe(401);
    const foreign = await post(BR, '{ client { clientID } }', undefined, await token({ sub: 'uzovi:5501', scopes: [S.brRead] }, { key: stranger.privateKey }));
    expect(foreign.status).toBe(401);
    expect(foreign.body.errors?.[0]?.message).toMatch(/signature/);
  });

  it('exp, nbf, iss and aud are checked', async () => {
    const claims = { sub: 'uzovi:5501', scopes: [S.brRead] };
    const now = Math.floor(Date.now() / 1000);
    const cases: [TokenOpts, RegExp][] = [
      [{ exp: now - 3600 }, /expired/],
      [{ nbf: now + 3600 }, /nbf/],
      [{ iss: 'https://evil.example' }, /iss/],
      [{ aud: 'https://other-register.example' }, /aud/],
    ];
    for (const [o, msg] of cases) {
      const r = await post(BR, '{ client { clientID } }', undefined, await token(claims, o));
      expect(r.status, JSON.stringify(o)).toBe(401);
      expect(r.body.errors?.[0]?.message).toMatch(msg);
    }
    expect((await post(BR, '{ client { clientID } }', undefined, await token(claims))).status).toBe(200);
  });
});

describe('scopes per operation (403)', () => {
  it('queries need the register read scope; IR accepts the old indicaties:read too; a scope string works like the scopes array', async () => {
    const q = { ir: ['/indicatieregister/graphql', '{ wlzIndicatie { wlzindicatieID } }'], br: [BR, '{ client { clientID } }'], lr: ['/leveringsregister/graphql', '{ levering { leveringID } }'] } as const;
    const ok = async (which: keyof typeof q, claims: JWTPayload): Promise<number> => (await post(q[which][0], q[which][1], undefined, await token({ sub: 'uzovi:5501', ...claims }))).status;
    expect(await ok('ir', { scopes: [S.irRead] })).toBe(200);
    expect(await ok('ir', { scopes: [S.irReadOld] })).toBe(200);
    expect(await ok('br', { scopes: [S.brRead] })).toBe(200);
    expect(await ok('br', { scope: `openid ${S.brRead}` })).toBe(200);
    expect(await ok('lr', { scopes: [S.lrRead] })).toBe(200);
    expect(await ok('ir', { scopes: [S.brRead, S.lrRead] })).toBe(403);
    expect(await ok('br', { scopes: [S.brCreate] })).toBe(403);
    const v1 = async (scope: string): Promise<number> => (await post('/indicatieregister/v1/graphql', '{ getWlzIndicatiesVoorBsn(bsn: "000000000") { wlzindicatieID } }', undefined, await token({ sub: 'uzovi:5501', scopes: [scope] }))).status;
    expect(await v1(S.irRead)).toBe(200);
    expect(await v1(S.brRead)).toBe(403);
    const denied = await post(BR, 'query clients { client { clientID } }', undefined, await token({ sub: 'uzovi:5501', scopes: [S.irRead] }));
    expect(denied.body).toEqual({ errors: [{ message: `scope mismatch: clients needs ${S.brRead}`, extensions: { code: 'FORBIDDEN', status: 403 } }] });
    expect(denied.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope"');
  });

  it('a write needs the create scope; the author is the token party (sub), not X-Party', async () => {
    const before = authors().length;
    const readOnly = await post(BR, CLIENT, { i: clientInput }, await token({ sub: 'uzovi:5501', scopes: [S.brRead] }), { 'x-party': 'UZOVI:5501' });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.errors?.[0]?.message).toContain(S.brCreate);
    expect(authors()).toHaveLength(before);
    const w = await post(BR, CLIENT, { i: clientInput }, await token({ sub: 'uzovi:5501', scopes: [S.brCreate] }), { 'x-party': 'UZOVI:9999' });
    expect(w.body.errors).toBeUndefined();
    expect(w.status).toBe(200);
    expect(authors().slice(before)).toEqual(['UZOVI:5501']);
  });

  it('the party comes from act.sub when sub names none; a write without any party is 403', async () => {
    const before = authors().length;
    const act = await post(BR, CLIENT, { i: clientInput }, await token({ sub: 'software-leverancier-42', act: { sub: 'agbcode:01234567' }, scopes: [S.brCreate] }));
    expect(act.status).toBe(200);
    expect(authors().slice(before)).toEqual(['AGB:01234567']);
    const nobody = await post(BR, CLIENT, { i: clientInput }, await token({ sub: 'software-leverancier-42', scopes: [S.brCreate] }), { 'x-party': 'UZOVI:5501' });
    expect(nobody.status).toBe(403);
    expect(nobody.body.errors?.[0]?.message).toMatch(/writing party/);
    expect(authors()).toHaveLength(before + 1);
  });

  it('zendMelding needs a melding:create scope; introspection only a valid token', async () => {
    const ZEND = 'mutation($m: MeldingInput!) { zendMelding(meldingInput: $m) { meldingID } }';
    const m = { timestamp: '2026-05-01T10:00:00Z', afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'AGB', ontvangerID: '01234567', eventType: 'IWLZFOUTMELDING', subjectList: [{ subject: 'GGR0001', recordID: 'Client/00000000-0000-4000-8000-000000000001' }] };
    expect((await post(BR, ZEND, { m }, await token({ sub: 'uzovi:5501', scopes: [S.brCreate] }))).status).toBe(403);
    const sent = await post(BR, ZEND, { m }, await token({ sub: 'uzovi:5501', scopes: [S.meldingZk] }));
    expect(sent.status).toBe(200);
    const list = await post('/meldingen/graphql', '{ meldingen { ingediendDoor eventType } }', undefined, await token({ sub: 'uzovi:5501', scopes: [S.meldingRead] }));
    expect(list.body).toEqual({ data: { meldingen: [{ ingediendDoor: 'UZOVI:5501', eventType: 'IWLZFOUTMELDING' }] } });
    expect((await post('/meldingen/graphql', '{ meldingen { meldingID } }', undefined, await token({ sub: 'uzovi:5501', scopes: [S.brRead] }))).status).toBe(403);
    expect((await post(BR, '{ __schema { queryType { name } } }', undefined, await token({ sub: 'uzovi:5501', scopes: [] }))).status).toBe(200);
  });
});

describe('keys from a JWKS', () => {
  it('a JWKS served over HTTP (and a JWKS file) verifies tokens by kid', async () => {
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const jwks = { keys: [{ ...(await exportJWK(stranger.publicKey)), kid: 'k0', alg: 'ES256', use: 'sig' }, jwk] };
    const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-jwks-'));
    fs.writeFileSync(path.join(dir, 'jwks.json'), JSON.stringify(jwks));
    const byUrl = await startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), notifier: null, auth: { jwks: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`, issuer: ISS, audience: AUD } });
    const byFile = await startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), notifier: null, auth: { jwks: path.join(dir, 'jwks.json'), issuer: ISS, audience: AUD } });
    try {
      for (const r of [byUrl, byFile]) {
        const good = await token({ sub: 'uzovi:5501', scopes: [S.brRead] }, { kid: 'k1' });
        expect((await post(BR, '{ client { clientID } }', undefined, good, {}, r.url)).status).toBe(200);
        const wrongKid = await token({ sub: 'uzovi:5501', scopes: [S.brRead] }, { kid: 'k0' });
        expect((await post(BR, '{ client { clientID } }', undefined, wrongKid, {}, r.url)).status).toBe(401);
      }
    } finally {
      await byUrl.close();
      await byFile.close();
      server.closeAllConnections();
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('verified tokens are cached until they expire', () => {
  it('the same token is refused once the clock passes its exp (injected clock)', async () => {
    let now = new Date('2030-01-01T12:00:00Z');
    const r = await startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), notifier: null, auth: { publicKeys: [keys.publicKey], issuer: ISS, audience: AUD, now: () => now, clockTolerance: 0 } });
    try {
      const t0 = Math.floor(now.getTime() / 1000);
      const jwt = await token({ sub: 'uzovi:5501', scopes: [S.brRead] }, { exp: t0 + 60, nbf: t0 - 1 });
      const ask = async (): Promise<number> => (await post(BR, '{ client { clientID } }', undefined, jwt, {}, r.url)).status;
      expect(await ask()).toBe(200);
      expect(await ask()).toBe(200);
      now = new Date((t0 + 61) * 1000);
      expect(await ask()).toBe(401);
      now = new Date((t0 - 10) * 1000);
      expect(await ask()).toBe(401);
    } finally {
      await r.close();
    }
  });
});
