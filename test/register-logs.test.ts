/** One structured pino line per register request, with trace id and party, and never a full BSN. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { testSchemaDir } from '../src/reference-register/sample.js';
import { type RunningRegister, startRegister } from '../src/reference-register/server.js';

const BSN = '012345672';
const lines: string[] = [];
let reg: RunningRegister;

beforeAll(async () => {
  const logger = createLogger({ destination: { write: (l: string) => void lines.push(l) } });
  reg = await startRegister({ port: 0, db: ':memory:', schemaDir: testSchemaDir(), notifier: null, logger });
});
afterAll(() => reg.close());

interface Line { level: number; msg: string; event: string; method: string; path: string; register?: string; operation?: string; operationType?: string; status: number; ms: number; party?: string; partyVia?: string; traceId: string; spanId?: string }
const parsed = (): Line[] => lines.map((l) => JSON.parse(l) as Line).filter((l) => l.event === 'register.request');
/** The line of the request that carried this trace id (the log is written when the answer is finished). */
async function lineOf(traceId: string): Promise<Line> {
  for (let i = 0; i < 500; i++) {
    const l = parsed().find((x) => x.traceId === traceId);
    if (l) return l;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no log line with trace id ${traceId}`);
}
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${reg.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('request logs', () => {
  it('a query whose variables and operation name carry a BSN: one line with the request fields, the BSN nowhere', async () => {
    const trace = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const res = await post('/bemiddelingsregister/graphql', {
      query: `query q${BSN}($bsn: String) { client(where: {bsn: {eq: $bsn}}) { clientID } }`, operationName: `q${BSN}`, variables: { bsn: BSN },
    }, { 'x-b3-traceid': trace, 'x-b3-spanid': '0123456789abcdef', 'x-party': 'UZOVI:5501' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-b3-traceid')).toBe(trace);
    const l = await lineOf(trace);
    expect(l).toMatchObject({ event: 'register.request', method: 'POST', path: '/bemiddelingsregister/graphql', register: 'br', operation: 'q******672', operationType: 'query', status: 200, party: 'UZOVI:5501', partyVia: 'header', spanId: '0123456789abcdef', app: 'iwlz-bridge' });
    expect(typeof l.ms).toBe('number');
    expect(l.ms).toBeGreaterThanOrEqual(0);
  });

  it('a write with a BSN in its input, and a GET with the BSN in the URL: logged, the BSN nowhere', async () => {
    const w = await post('/bemiddelingsregister/graphql', { query: 'mutation($i: RegistreerClientInput!) { registreerClient(input: $i) { clientID bsn } }', variables: { i: { bsn: BSN, leefeenheid: '1', communicatievorm: '1', taal: 'NL' } } },
      { 'x-party': 'UZOVI:5501', 'x-b3-traceid': 'b'.repeat(32) });
    expect(w.status).toBe(200);
    expect(await lineOf('b'.repeat(32))).toMatchObject({ operation: 'registreerClient', operationType: 'mutation', status: 200, party: 'UZOVI:5501' });
    const q = encodeURIComponent(`query($b: String) { client(where: {bsn: {eq: $b}}) { bsn } }`);
    const g = await fetch(`${reg.url}/bemiddelingsregister/graphql?query=${q}&variables=${encodeURIComponent(JSON.stringify({ b: BSN }))}`, { headers: { 'x-b3-traceid': 'c'.repeat(32) } });
    expect(g.status).toBe(200);
    expect(await lineOf('c'.repeat(32))).toMatchObject({ method: 'GET', path: '/bemiddelingsregister/graphql', operation: 'client', status: 200 });
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(l).not.toContain(BSN);
  });

  it('a missing or invalid trace id gets a new one (32 lower-case hex, echoed); errors are logged with their status', async () => {
    const bad = await post('/bemiddelingsregister/graphql', { query: '{ client { nosuchfield } }' }, { 'x-b3-traceid': '0'.repeat(32), accept: 'application/graphql-response+json' });
    expect(bad.status).toBe(400);
    const id = bad.headers.get('x-b3-traceid')!;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(id).not.toBe('0'.repeat(32));
    expect(await lineOf(id)).toMatchObject({ status: 400, register: 'br', level: 40 });
    const missing = await fetch(`${reg.url}/nowhere/graphql`, { method: 'POST' });
    expect(missing.status).toBe(404);
    const l = await lineOf(missing.headers.get('x-b3-traceid')!);
    expect(l).toMatchObject({ status: 404, path: '/nowhere/graphql', partyVia: 'none' });
    expect(l.register).toBeUndefined();
  });
});

describe('trace ids', () => {
  it('a generated trace id never has a nine-digit run the BSN masker would garble; a valid incoming one is kept', async () => {
    const { traceIdOf } = await import('../src/reference-register/request-log.js');
    // A random source that first yields an id with a nine-digit run, then all zeros, then a clean one.
    const ids = ['f123456789abcdefabcdefabcdefabcd', '0'.repeat(32), 'abcdef0123456789abcdef0123456789'];
    let i = 0;
    const random = (): Buffer => Buffer.from(ids[i++]!, 'hex');
    expect(traceIdOf({}, random)).toBe('abcdef0123456789abcdef0123456789');
    expect(i).toBe(3);
    expect(traceIdOf({ 'x-b3-traceid': 'ABCDEF0123456789ABCDEF0123456789' })).not.toBe('ABCDEF0123456789ABCDEF0123456789');
    expect(traceIdOf({ 'x-b3-traceid': 'f1234567890000000000000000000001' })).toBe('f1234567890000000000000000000001');
  });
});
