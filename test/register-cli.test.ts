/** `iwlz-bridge register schemas install` and `register serve`, in process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopServed } from '../src/reference-register/cli.js';
import { SHARED_GRAPHQL } from '../src/reference-register/sample.js';
import { cli } from './helpers/cli.js';

const xsdDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-reg-cli-'));
afterAll(() => stopServed());

describe('iwlz-bridge register', () => {
  it('serve without installed schemas: exit 2 with what to do', async () => {
    const r = await cli('register', 'serve', '--port', '0', '--db', ':memory:', '--xsd-dir', xsdDir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/register schemas install/);
  });
  it('schemas install copies the SDLs into <xsd-dir>/graphql', async () => {
    const r = await cli('register', 'schemas', 'install', SHARED_GRAPHQL(), '--xsd-dir', xsdDir);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(xsdDir, 'graphql', 'manifest.json'))).toBe(true);
    expect(fs.existsSync(path.join(xsdDir, 'graphql', 'queries', 'indicatieregister', 'QIR-0001-ZKi.graphql'))).toBe(true);
  });
  it('schemas install of a wrong folder: exit 2', async () => {
    const r = await cli('register', 'schemas', 'install', os.tmpdir(), '--xsd-dir', xsdDir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/lacks/);
  });
  it('serve --threads: refused on :memory: and outside 1..64; on a file, served by that many processes', async () => {
    const mem = await cli('register', 'serve', '--port', '0', '--db', ':memory:', '--threads', '2', '--xsd-dir', xsdDir);
    expect(mem.code).toBe(2);
    expect(mem.err).toMatch(/--threads 2 needs a --db file: a :memory: database cannot be shared/);
    expect((await cli('register', 'serve', '--port', '0', '--db', ':memory:', '--threads', '0', '--xsd-dir', xsdDir)).code).toBe(2);
    const r = await cli('register', 'serve', '--port', '0', '--db', path.join(xsdDir, 'threads.sqlite'), '--threads', '2', '--log-level', 'silent', '--xsd-dir', xsdDir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/serving on 2 processes \(\d+, \d+\) sharing the port/);
    const url = /Bemiddelingsregister \(v1\.1\.0\): (\S+)/.exec(r.out)?.[1];
    const res = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ client { bsn } }' }) });
    expect(await res.json()).toEqual({ data: { client: [] } });
    await stopServed();
  });
  it('serve says loudly it is insecure, prints the endpoints, and answers', async () => {
    const r = await cli('register', 'serve', '--port', '0', '--db', ':memory:', '--xsd-dir', xsdDir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/WITHOUT mTLS and WITHOUT OAuth2: insecure development mode/);
    const url = /Bemiddelingsregister \(v1\.1\.0\): (\S+)/.exec(r.out)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/bemiddelingsregister\/graphql$/);
    expect(r.out).toMatch(/Indicatieregister 1 \(v1\.2\.0, read-only, over the IR-2 data\): http:\/\/127\.0\.0\.1:\d+\/indicatieregister\/v1\/graphql/);
    const res = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ client { bsn } }' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { client: [] } });
  });
});
