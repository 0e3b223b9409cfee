/** `register serve` with --tls-* / --require-client-cert and --jwt-*: no insecure warning, HTTPS, tokens required; incomplete flags are usage errors. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServed } from '../src/reference-register/cli.js';
import { SHARED_GRAPHQL } from '../src/reference-register/sample.js';
import { cli } from './helpers/cli.js';
import { hasOpenssl, makePki, type TestPki } from './helpers/pki.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-reg-sec-'));
const file = (name: string, text: string): string => {
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
const serve = (...args: string[]) => cli('register', 'serve', '--port', '0', '--db', ':memory:', '--xsd-dir', dir, '--log-level', 'silent', ...args);
const urlOf = (out: string): string => /Bemiddelingsregister \(v1\.1\.0\): (\S+)/.exec(out)![1]!;
const QUERY = JSON.stringify({ query: '{ client { clientID } }' });

beforeAll(async () => {
  expect((await cli('register', 'schemas', 'install', SHARED_GRAPHQL(), '--xsd-dir', dir)).code).toBe(0);
});
afterAll(async () => {
  await stopServed();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasOpenssl())('register serve --require-client-cert', () => {
  let pki: TestPki;
  beforeAll(() => void (pki = makePki()));
  afterAll(() => pki.remove());

  it('serves HTTPS, says it is secured instead of the insecure warning, and refuses clients without a certificate', async () => {
    const r = await serve('--tls-cert', file('srv.crt', pki.server.cert), '--tls-key', file('srv.key', pki.server.key), '--tls-ca', file('ca.crt', pki.ca.cert), '--require-client-cert');
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/insecure/i);
    expect(r.err).toMatch(/security: mTLS \(client certificate required/);
    expect(r.out).toMatch(/Meldingen \(RFC0018\): https:\/\/127\.0\.0\.1:\d+\/meldingen\/graphql/);
    const url = urlOf(r.out);
    expect(url).toMatch(/^https:\/\//);
    const c = pki.client('/CN=zk/serialNumber=UZOVI:5501');
    const good = new Agent({ connect: { ca: pki.ca.cert, cert: c.cert, key: c.key } });
    const none = new Agent({ connect: { ca: pki.ca.cert } });
    try {
      const res = await fetch(url, { method: 'POST', dispatcher: good, headers: { 'content-type': 'application/json' }, body: QUERY });
      expect(res.status).toBe(200);
      await expect(fetch(url, { method: 'POST', dispatcher: none, headers: { 'content-type': 'application/json' }, body: QUERY })).rejects.toThrow();
    } finally {
      await Promise.all([good.close(), none.close()]);
    }
  });
});

describe('register serve --jwt-*', () => {
  it('requires a bearer token signed by the given public key', async () => {
    const keys = await generateKeyPair('ES256', { extractable: true });
    const pub = file('jwt.pem', await exportSPKI(keys.publicKey));
    const r = await serve('--jwt-public-key', pub, '--jwt-issuer', 'https://auth.example', '--jwt-audience', 'https://register.example');
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/insecure/i);
    expect(r.err).toMatch(/security: OAuth2 bearer JWTs/);
    const url = urlOf(r.out);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY })).status).toBe(401);
    const jwt = await new SignJWT({ sub: 'uzovi:5501', scopes: ['registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read'] })
      .setProtectedHeader({ alg: 'ES256' }).setIssuer('https://auth.example').setAudience('https://register.example').setExpirationTime('5m').sign(keys.privateKey);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` }, body: QUERY })).status).toBe(200);
  });

  it('incomplete or unreadable security flags are usage errors (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [['--tls-cert', 'x.crt'], /--tls-cert and --tls-key/],
      [['--tls-cert', 'x.crt', '--tls-key', 'x.key', '--require-client-cert'], /--require-client-cert needs --tls-ca/],
      [['--tls-cert', path.join(dir, 'missing.crt'), '--tls-key', path.join(dir, 'missing.key')], /--tls-cert: cannot read/],
      [['--tls-cert', file('bad.crt', 'not a pem'), '--tls-key', file('bad.key', 'not a pem')], /TLS:/],
      [['--jwt-issuer', 'https://auth.example'], /exactly one of --jwt-jwks and --jwt-public-key/],
      [['--jwt-jwks', 'jwks.json'], /--jwt-issuer and --jwt-audience/],
      [['--jwt-public-key', file('bad.pem', 'nope'), '--jwt-issuer', 'i', '--jwt-audience', 'a'], /not a PEM public key/],
      [['--log-level', 'loud'], /--log-level/],
    ];
    for (const [args, msg] of cases) {
      const r = await cli('register', 'serve', '--port', '0', '--db', ':memory:', '--xsd-dir', dir, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(msg);
    }
  });
});
