import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { binary, cli } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';
import { CA319 } from './helpers/sample.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const good = path.join(dir, 'good.xml');
const bad = path.join(dir, 'sub', 'bad.xml');
fs.writeFileSync(good, CA319);
fs.mkdirSync(path.dirname(bad));
fs.writeFileSync(bad, CA319.replace('<Bsn>111222333</Bsn>', '<Bsn>1112</Bsn>'));

describe('iwlz-bridge validate', () => {
  it('exits 0 when every input is valid', async () => {
    const r = await cli('validate', good);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^valid {3}.*good\.xml \(CA319 2\.2\)$/);
  });

  it('exits 1 with located issues when one is invalid, walking folders', async () => {
    const r = await cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`INVALID ${bad} (CA319 2.2): 1 issue(s)`);
    expect(r.out).toMatch(new RegExp(`${bad.replace(/[/.]/g, '\\$&')}:\\d+ /Bericht/Clienten/Client\\[2\\]/Bsn {2}XSD_INVALID .*\\[retourcode 0001\\]`));
    expect(r.err.split('\n')[0]).toBe('1 valid, 1 invalid');
    expect(r.err).toContain('not checked: TR056: no message history available');
  });

  it('prints one JSON result per file with ndjson, the same with json as an array', async () => {
    const nd = await cli('validate', '--format', 'ndjson', good, bad);
    const lines = nd.out.split('\n').map((l) => JSON.parse(l) as { file: string; kind: string; release: string; valid: boolean; issues: unknown[] });
    expect(lines.map((l) => [l.file, l.kind, l.release, l.valid])).toEqual([
      [good, 'CA319', '2.2', true],
      [bad, 'CA319', '2.2', false],
    ]);
    const js = await cli('validate', '--format', 'json', good, bad);
    expect(JSON.parse(js.out)).toEqual(lines);
  });

  it('gives the same answers on two threads, in input order', async () => {
    const files = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? bad : good));
    const one = await cli('validate', '--format', 'ndjson', ...files);
    const two = await cli('validate', '--format', 'ndjson', '--threads', '2', ...files);
    expect(two.out).toBe(one.out);
    expect(two.code).toBe(1);
  });

  it('exits 2 on usage and set-up errors, saying what to do', async () => {
    expect((await cli('validate', path.join(dir, 'missing.xml'))).code).toBe(2);
    expect((await cli('validate', '--format', 'yaml', good)).code).toBe(2);
    expect((await cli('validate', '--engine', 'saxon', good)).code).toBe(2);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-nopack-'));
    const r = await cli('validate', '--xsd-dir', empty, good);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/PACK_NOT_INSTALLED: .*iwlz-bridge xsd install/);
  });

  it('reports an oversized input by size and goes on with the next', async () => {
    const r = await cli('validate', '--max-bytes', '1000', '--format', 'ndjson', good, bad);
    const results = r.out.split('\n').map((l) => JSON.parse(l) as { issues: { code: string }[] });
    expect(results.map((x) => x.issues[0]?.code)).toEqual(['XML_TOO_LARGE', 'XML_TOO_LARGE']);
  });

  it('runs as bin/iwlz-bridge, reading standard input with -', () => {
    const r = binary(['validate', '--format', 'ndjson', '-'], CA319);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({ file: '-', kind: 'CA319', valid: true, issues: [] });
    expect(r.code).toBe(0);
    const hostile = binary(['validate', '-'], '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
    expect(hostile.code).toBe(1);
    expect(hostile.out).toContain('XML_DOCTYPE_FORBIDDEN');
    expect(hostile.out).not.toContain('root:');
  });

  it('reads a path that is a named pipe, not a regular file', () => {
    const fifo = path.join(dir, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    const bin = path.join(ROOT, 'bin', 'iwlz-bridge');
    const out = execFileSync('sh', ['-c', `cat "${good}" > "${fifo}" & "${process.execPath}" "${bin}" validate --format ndjson "${fifo}"`], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ file: fifo, kind: 'CA319', valid: true });
  });

  it('validates with the Java reference engine too', async () => {
    const r = await cli('validate', '--engine', 'java', '--format', 'ndjson', good, bad);
    const [g, b] = r.out.split('\n').map((l) => JSON.parse(l) as { valid: boolean; issues: { path?: string; line?: number }[] });
    expect(g!.valid).toBe(true);
    expect(b!.valid).toBe(false);
    expect(b!.issues[0]).toMatchObject({ path: '/Bericht/Clienten/Client[2]/Bsn' });
  });
});

describe('iwlz-bridge xsd', () => {
  it('lists installed packs with the appinfo versions of each message', async () => {
    const r = await cli('xsd', 'list');
    expect(r.out).toMatch(/^iWlz 2\.2 /);
    expect(r.out).toMatch(/ {2}AW33 {3}1\.0\.0 {13}1\.0\.0 {2}1\.0\.0 {2}http:\/\/www\.istandaarden\.nl\/iwlz\/2_2\/aw33\/schema/);
    const json = JSON.parse((await cli('xsd', 'list', '--format', 'json')).out) as { release: string; messages: Record<string, unknown> }[];
    expect(json[0]!.release).toBe('2.2');
    expect(Object.keys(json[0]!.messages)).toHaveLength(22);
  });

  it('installs into another folder and says so', async () => {
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-inst-'));
    const r = await cli('xsd', 'install', '--xsd-dir', target, path.resolve('..', 'shared', 'iwlz', 'xsd', 'iwlz-2.2'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('installed iWlz 2.2');
    expect(r.out).toContain('alias basisschema.xsd → Basisschema.xsd');
    expect((await cli('xsd', 'install', '--xsd-dir', target)).code).toBe(2);
    fs.rmSync(target, { recursive: true });
  });
});
