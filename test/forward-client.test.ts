/** The forward register client over real HTTP on loopback: headers, connection reuse, OAuth tokens, mTLS, classification, config checks. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkClientConfig, openRegisterClient, type RegisterClient, type RegisterClientConfig } from '../src/forward/client.js';
import { isSpanId, isTraceId } from '../src/forward/trace.js';
import { type Capture, closedPort, gqlReply, startCapture } from './helpers/http-capture.js';

const open: (RegisterClient | Capture)[] = [];
afterAll(async () => { for (const o of open.reverse()) await o.close(); });

function client(cfg: RegisterClientConfig): RegisterClient {
  const r = openRegisterClient(cfg);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  open.push(r.client);
  return r.client;
}
async function capture(...args: Parameters<typeof startCapture>): Promise<Capture> {
  const c = await startCapture(...args);
  open.push(c);
  return c;
}

describe('requests', () => {
  it('carry B3 trace headers, X-Party and the GraphQL body, to the register path, over one reused connection', async () => {
    const srv = await capture(() => gqlReply({ data: { x: 1 } }));
    const c = client({ base: srv.url, party: 'UZOVI:5507' });
    const r = await c.request('br', 'query Q($a: Int) { x }', { a: 1 });
    expect(r).toMatchObject({ class: 'ok', data: { x: 1 }, status: 200 });
    const req = srv.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/bemiddelingsregister/graphql');
    expect(req.headers['x-party']).toBe('UZOVI:5507');
    expect(req.headers['content-type']).toMatch(/^application\/json/);
    expect(isTraceId(String(req.headers['x-b3-traceid']))).toBe(true);
    expect(isSpanId(String(req.headers['x-b3-spanid']))).toBe(true);
    expect(req.headers['x-b3-traceid']).toBe(r.traceId);
    expect(JSON.parse(req.body)).toMatchObject({ query: 'query Q($a: Int) { x }', variables: { a: 1 } });

    // One trace per interaction: the same trace id, a new span per request; a new trace otherwise.
    const trace = c.newTrace();
    await c.request('lr', '{ x }', {}, { trace });
    await c.request('ir', '{ x }', {}, { trace });
    await c.request('br', '{ x }');
    const [, a, b, d] = srv.requests;
    expect(a!.path).toBe('/leveringsregister/graphql');
    expect(b!.path).toBe('/indicatieregister/graphql');
    expect(a!.headers['x-b3-traceid']).toBe(trace.traceId);
    expect(b!.headers['x-b3-traceid']).toBe(trace.traceId);
    expect(a!.headers['x-b3-spanid']).not.toBe(b!.headers['x-b3-spanid']);
    expect(d!.headers['x-b3-traceid']).not.toBe(trace.traceId);
    for (let i = 0; i < 16; i++) await c.request('br', '{ x }');
    expect(c.requests).toBe(20);
    expect(srv.requests).toHaveLength(20);
    // Kept-alive connections are reused (undici may open a second one while the first is released).
    expect(srv.connections).toBeLessThanOrEqual(2);
  });

  it('never sends an all-zero trace id (32 lower-case hex)', async () => {
    const srv = await capture(() => gqlReply({ data: { x: 1 } }));
    let calls = 0;
    const c = client({ base: srv.url, randomBytes: (n) => (calls++ < 1 ? Buffer.alloc(n) : Buffer.alloc(n, 0xab)) });
    const r = await c.request('br', '{ x }');
    expect(r.traceId).toBe('ab'.repeat(16));
    expect(srv.requests[0]!.headers['x-b3-traceid']).toBe('ab'.repeat(16));
  });
});

describe('classification', () => {
  it('network error (closed port) → retryable', async () => {
    const c = client({ endpoints: { br: `http://127.0.0.1:${await closedPort()}/graphql` } });
    const r = await c.request('br', '{ x }');
    expect(r).toMatchObject({ class: 'retryable', reason: 'network' });
    expect(r.class !== 'ok' && r.message).toMatch(/ECONNREFUSED/);
  });

  it('timeout → retryable', async () => {
    const srv = await capture(() => ({ hang: true }));
    const c = client({ base: srv.url, timeoutMs: 300 });
    expect(await c.request('br', '{ x }')).toMatchObject({ class: 'retryable', reason: 'timeout' });
  });

  it('5xx and 429 → retryable (Retry-After kept); 400, other 4xx, GraphQL errors, non-GraphQL 2xx → permanent', async () => {
    const replies: Record<string, ReturnType<typeof gqlReply>> = {
      '/500': { status: 500, body: 'boom', headers: { 'content-type': 'text/plain' } },
      '/503': gqlReply({ errors: [{ message: 'down' }] }, 503),
      '/429': { status: 429, body: '', headers: { 'retry-after': '7' } },
      '/400': gqlReply({ errors: [{ message: 'Variable "$input" got invalid value; Field "zzpCode" of required type "String!" was not provided.' }] }, 400),
      '/404': { status: 404, body: 'not here', headers: { 'content-type': 'text/plain' } },
      '/gql': gqlReply({ data: null, errors: [{ message: 'registreerClient rejected: bsn: "123456789" does not match', extensions: { code: 'BAD_USER_INPUT' } }] }),
      '/html': { status: 200, body: '<html>proxy</html>', headers: { 'content-type': 'text/html' } },
    };
    const srv = await capture((req) => replies[req.path]!);
    const at = (p: string): RegisterClient => client({ endpoints: { br: `${srv.url}${p}` } });
    expect(await at('/500').request('br', '{ x }')).toMatchObject({ class: 'retryable', reason: 'http', status: 500 });
    expect(await at('/503').request('br', '{ x }')).toMatchObject({ class: 'retryable', reason: 'graphql', status: 503 });
    expect(await at('/429').request('br', '{ x }')).toMatchObject({ class: 'retryable', reason: 'rate-limited', status: 429, retryAfterMs: 7000 });
    expect(await at('/400').request('br', '{ x }')).toMatchObject({ class: 'permanent', reason: 'graphql', status: 400 });
    expect(await at('/404').request('br', '{ x }')).toMatchObject({ class: 'permanent', reason: 'http', status: 404, message: 'HTTP 404 not here' });
    const g = await at('/gql').request('br', 'mutation { x }');
    expect(g).toMatchObject({ class: 'permanent', reason: 'graphql', status: 200, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    // A BSN in an error message is masked.
    expect(JSON.stringify(g)).not.toContain('123456789');
    expect(await at('/html').request('br', '{ x }')).toMatchObject({ class: 'permanent', reason: 'bad-response' });
  });

  it('reads a GraphQL answer as graphql-request does: a 2xx must be a GraphQL result; partial data kept when asked; a non-2xx keeps its errors', async () => {
    const JSON_TYPE = { 'content-type': 'application/graphql-response+json; charset=utf-8' };
    const replies: Record<string, ReturnType<typeof gqlReply>> = {
      '/data': gqlReply({ data: { a: 1 } }),
      '/partial': { status: 200, headers: { 'content-type': 'application/json' }, body: '{"data":{"m0":null,"m1":{"id":"x"}},"errors":[{"message":"x","path":["m0"]}]}' },
      '/truncated': { status: 200, headers: JSON_TYPE, body: '{"data":' },
      '/array': { status: 200, headers: JSON_TYPE, body: '[1]' },
      '/number': { status: 200, headers: JSON_TYPE, body: '{"data":7}' },
      '/400': gqlReply({ errors: [{ message: 'bad variable' }] }, 400),
    };
    const srv = await capture((req) => replies[req.path]!);
    const at = (p: string): RegisterClient => client({ endpoints: { br: `${srv.url}${p}` } });
    expect(await at('/data').request('br', '{ a }')).toMatchObject({ class: 'ok', status: 200, data: { a: 1 } });
    expect(await at('/partial').request('br', 'mutation { m0 m1 }', {}, { partial: true })).toMatchObject({ class: 'ok', status: 200, data: { m0: null, m1: { id: 'x' } }, errors: [{ message: 'x', path: ['m0'] }] });
    expect(await at('/partial').request('br', 'mutation { m0 m1 }')).toMatchObject({ class: 'permanent', reason: 'graphql', status: 200 });
    for (const p of ['/truncated', '/array', '/number']) expect(await at(p).request('br', '{ a }'), p).toMatchObject({ class: 'permanent', reason: 'bad-response' });
    expect(await at('/400').request('br', '{ a }')).toMatchObject({ class: 'permanent', reason: 'graphql', status: 400, errors: [{ message: 'bad variable' }] });
  });

  it('a register without endpoint → permanent config failure', async () => {
    const srv = await capture(() => gqlReply({ data: {} }));
    const c = client({ endpoints: { br: srv.url } });
    expect(await c.request('lr', '{ x }')).toMatchObject({ class: 'permanent', reason: 'config' });
    expect(srv.requests).toHaveLength(0);
  });
});

describe('OAuth2 client credentials (BRIEF §8)', () => {
  const scope = 'registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:create';
  const audience = 'https://bemiddelingsregister.test/graphql';

  it('one token for many concurrent calls, the JSON body exactly, refreshed shortly before expiry', async () => {
    let issued = 0;
    const auth = await capture(() => ({ delayMs: 30, status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ access_token: `tok-${++issued}`, token_type: 'Bearer', expires_in: 3600 }) }));
    const reg = await capture(() => gqlReply({ data: { x: 1 } }));
    let clock = Date.parse('2026-03-01T10:00:00Z');
    const c = client({ endpoints: { br: `${reg.url}/bemiddelingsregister/graphql` }, now: () => clock, oauth: { tokenUrl: `${auth.url}/netwerkmodel/v3/auth/token`, sub: 'uzovi:5507', registers: { br: { scope: [scope, 'extra:scope'], audience } } } });

    const all = await Promise.all(Array.from({ length: 20 }, () => c.request('br', '{ x }')));
    expect(all.every((r) => r.class === 'ok')).toBe(true);
    expect(auth.requests).toHaveLength(1);
    const t = auth.requests[0]!;
    expect(t.method).toBe('POST');
    expect(t.path).toBe('/netwerkmodel/v3/auth/token');
    expect(t.headers['content-type']).toBe('application/json');
    expect(isTraceId(String(t.headers['x-b3-traceid']))).toBe(true);
    expect(JSON.parse(t.body)).toEqual({ grant_type: 'client_credentials', scope: `${scope} extra:scope`, audience, access_token: { sub: 'uzovi:5507' } });
    expect(reg.requests.map((r) => r.headers['authorization'])).toEqual(Array(20).fill('Bearer tok-1'));

    clock += 3000 * 1000; // 50 min: still valid
    await c.request('br', '{ x }');
    expect(auth.requests).toHaveLength(1);
    clock += 570 * 1000; // 59.5 min: within the refresh margin (60 s)
    await Promise.all([c.request('br', '{ x }'), c.request('br', '{ x }')]);
    expect(auth.requests).toHaveLength(2);
    expect(reg.requests.at(-1)!.headers['authorization']).toBe('Bearer tok-2');
  });

  it('a request acting for a party: its X-Party and a token with that sub, kept apart from the default', async () => {
    let issued = 0;
    const auth = await capture(() => ({ status: 200, body: JSON.stringify({ access_token: `tok-${++issued}`, expires_in: 3600 }) }));
    const reg = await capture(() => gqlReply({ data: { x: 1 } }));
    const c = client({ endpoints: { br: `${reg.url}/bemiddelingsregister/graphql` }, party: 'UZOVI:5507', oauth: { tokenUrl: auth.url, sub: 'uzovi:5507', registers: { br: { scope, audience } } } });
    await c.request('br', '{ x }');
    await c.request('br', '{ x }', {}, { party: 'AGB:01234567' });
    await c.request('br', '{ x }', {}, { party: 'AGB:01234567' });
    expect(auth.requests.map((r) => (JSON.parse(r.body) as { access_token: { sub: string } }).access_token.sub)).toEqual(['uzovi:5507', 'agbcode:01234567']);
    expect(reg.requests.map((r) => `${r.headers['x-party']} ${r.headers['authorization']}`)).toEqual(['UZOVI:5507 Bearer tok-1', 'AGB:01234567 Bearer tok-2', 'AGB:01234567 Bearer tok-2']);
    expect(await c.request('br', '{ x }', {}, { party: 'nonsense' })).toMatchObject({ class: 'permanent', reason: 'config' });
  });

  it('a 401 from the register fetches a new token and retries once', async () => {
    let issued = 0;
    const auth = await capture(() => ({ status: 200, body: JSON.stringify({ access_token: `tok-${++issued}`, expires_in: 3600 }) }));
    const reg = await capture((req) => (req.headers['authorization'] === 'Bearer tok-1' ? { status: 401, body: '' } : gqlReply({ data: { x: 2 } })));
    const c = client({ endpoints: { br: `${reg.url}/bemiddelingsregister/graphql` }, oauth: { tokenUrl: auth.url, registers: { br: { scope, audience } } } });
    expect(await c.request('br', '{ x }')).toMatchObject({ class: 'ok', data: { x: 2 } });
    expect(reg.requests.map((r) => r.headers['authorization'])).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    // Without access_token.sub when no party is acted for.
    expect(JSON.parse(auth.requests[0]!.body)).toEqual({ grant_type: 'client_credentials', scope, audience });
  });

  it('token endpoint failures are classified and not cached; the register is not called', async () => {
    let n = 0;
    const auth = await capture(() => (++n === 1 ? { status: 400, body: '{"error":"invalid_scope"}' } : n === 2 ? { status: 503, body: '' } : { status: 200, body: JSON.stringify({ access_token: 'ok', expires_in: 60 }) }));
    const reg = await capture(() => gqlReply({ data: { x: 3 } }));
    const c = client({ endpoints: { br: `${reg.url}/bemiddelingsregister/graphql` }, oauth: { tokenUrl: auth.url, registers: { br: { scope, audience } } } });
    expect(await c.request('br', '{ x }')).toMatchObject({ class: 'permanent', reason: 'auth', status: 400 });
    expect(await c.request('br', '{ x }')).toMatchObject({ class: 'retryable', reason: 'auth', status: 503 });
    expect(reg.requests).toHaveLength(0);
    expect(await c.request('br', '{ x }')).toMatchObject({ class: 'ok' });
    expect(auth.requests).toHaveLength(3);
  });

  it('without expires_in the JWT exp decides the lifetime', async () => {
    const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    let clock = Date.parse('2026-03-01T10:00:00Z');
    const jwt = (): string => `${b64({ alg: 'none' })}.${b64({ exp: Math.floor(clock / 1000) + 600, sub: 'uzovi:5507' })}.`;
    const auth = await capture(() => ({ status: 200, body: JSON.stringify({ access_token: jwt() }) }));
    const reg = await capture(() => gqlReply({ data: { x: 1 } }));
    const c = client({ endpoints: { br: `${reg.url}/bemiddelingsregister/graphql` }, now: () => clock, oauth: { tokenUrl: auth.url, registers: { br: { scope, audience } } } });
    await c.request('br', '{ x }');
    clock += 500_000;
    await c.request('br', '{ x }');
    expect(auth.requests).toHaveLength(1);
    clock += 60_000; // 9m20s of 10 min: within the margin
    await c.request('br', '{ x }');
    expect(auth.requests).toHaveLength(2);
  });
});

describe('mTLS', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-mtls-'));
  const ssl = (...args: string[]): void => { execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' }); };
  const f = (n: string): string => path.join(dir, n);
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Test CA');
  for (const [name, cn, ext] of [['server', 'localhost', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], ['client', 'zorgkantoor-5507', 'extendedKeyUsage=clientAuth']] as const) {
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
    fs.writeFileSync(f(`${name}.ext`), `${ext}\n`);
    ssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`);
  }

  it('presents the client certificate (PEM files) and trusts the configured CA', async () => {
    const srv = await capture(() => gqlReply({ data: { x: 1 } }), { key: fs.readFileSync(f('server.key')), cert: fs.readFileSync(f('server.pem')), ca: fs.readFileSync(f('ca.pem')), requestCert: true, rejectUnauthorized: true });
    const c = client({ base: srv.url, tls: { cert: f('client.pem'), key: f('client.key'), ca: f('ca.pem') } });
    expect(await c.request('br', '{ x }')).toMatchObject({ class: 'ok', data: { x: 1 } });
    expect(srv.requests[0]!.peerCN).toBe('zorgkantoor-5507');

    const without = client({ base: srv.url, tls: { ca: fs.readFileSync(f('ca.pem'), 'utf8') } });
    const r = await without.request('br', '{ x }');
    expect(r.class).toBe('retryable');
    expect(srv.requests).toHaveLength(1);
    const untrusted = client({ base: srv.url, tls: { cert: f('client.pem'), key: f('client.key') } });
    expect(await untrusted.request('br', '{ x }')).toMatchObject({ class: 'retryable', reason: 'network' });
  });
});

describe('configuration, checked once at the start', () => {
  it('every problem with its path', () => {
    const r = checkClientConfig({
      endpoints: { br: 'ftp://x', xx: 'http://a' } as never, party: '5507', timeoutMs: -1,
      tls: { cert: '/nonexistent/cert.pem' },
      oauth: { tokenUrl: 'http://auth.example.org/token', sub: 'UZOVI 5507', registers: { lr: { scope: '', audience: 'http://lr.test' } } },
    });
    expect(r.ok).toBe(false);
    const paths = !r.ok ? r.issues.map((i) => i.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['endpoints.br', 'endpoints.xx', 'party', 'timeoutMs', 'tls', 'tls.cert', 'oauth.tokenUrl', 'oauth.sub', 'oauth.registers.lr', 'oauth.registers.lr.scope', 'oauth.registers.lr.audience']));
  });

  it('one base URL gives the three register endpoints', () => {
    const r = checkClientConfig({ base: 'http://127.0.0.1:4000/' });
    expect(r.ok && Object.fromEntries(r.config.endpoints)).toEqual({
      ir: 'http://127.0.0.1:4000/indicatieregister/graphql', br: 'http://127.0.0.1:4000/bemiddelingsregister/graphql', lr: 'http://127.0.0.1:4000/leveringsregister/graphql',
    });
    expect(checkClientConfig({})).toMatchObject({ ok: false, issues: [{ path: 'endpoints' }] });
    expect(checkClientConfig({ base: 'http://127.0.0.1:4000', oauth: { tokenUrl: 'http://localhost:9/token', registers: { br: { scope: 'a b', audience: 'https://br.test' } } } }))
      .toMatchObject({ ok: false, issues: [{ path: 'oauth.registers.ir' }, { path: 'oauth.registers.lr' }] });
  });
});
