import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installRelease } from './pack-download.js';
import { listPacks } from './pack-store.js';
import { officialZip } from '../../test/helpers/zip.js';

let server: http.Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  const zip = officialZip();
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/archive/refs/tags/iWlz2.2-v1.0.zip') {
      res.writeHead(302, { location: '/codeload/iWlz2.2-v1.0.zip' }).end();
    } else if (req.url === '/codeload/iWlz2.2-v1.0.zip') {
      res.writeHead(200, { 'content-type': 'application/zip' }).end(Buffer.from(zip));
    } else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('installRelease', () => {
  it('downloads the archive over HTTP on loopback, follows the redirect and installs it', async () => {
    const xsdDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-dl-'));
    const r = await installRelease({ release: '2.2', url: `${base}/archive/refs/tags/iWlz2.2-v1.0.zip` }, xsdDir);
    expect(r.release).toBe('2.2');
    expect(requests).toEqual(['/archive/refs/tags/iWlz2.2-v1.0.zip', '/codeload/iWlz2.2-v1.0.zip']);
    expect(listPacks(xsdDir)[0]!.manifest.source).toBe(`${base}/archive/refs/tags/iWlz2.2-v1.0.zip`);
    fs.rmSync(xsdDir, { recursive: true });
  });

  it('reports a missing archive and an unknown release clearly', async () => {
    const xsdDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-dl-'));
    await expect(installRelease({ release: '2.2', url: `${base}/nope.zip` }, xsdDir)).rejects.toThrow(/answered 404/);
    await expect(installRelease({ release: '9.9' }, xsdDir)).rejects.toThrow(/no archive known for release 9\.9; known: 2\.2/);
    await expect(installRelease({ release: '2.3', url: `${base}/archive/refs/tags/iWlz2.2-v1.0.zip` }, xsdDir)).rejects.toThrow(/holds release 2\.2, not 2\.3/);
    expect(listPacks(xsdDir)).toEqual([]);
    fs.rmSync(xsdDir, { recursive: true });
  });

  it('refuses plain HTTP to anything but loopback', async () => {
    await expect(installRelease({ release: '2.2', url: 'http://example.org/x.zip' }, os.tmpdir())).rejects.toThrow(/use https/);
  });
});
