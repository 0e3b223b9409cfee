/**
 * A throw-away PKI for tests, made with the openssl binary in a temp folder at test time (no key
 * material is committed): a CA, a server certificate for 127.0.0.1/localhost, client certificates
 * with a chosen subject, and a second, unrelated CA.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Pem {
  cert: string;
  key: string;
}

export interface TestPki {
  dir: string;
  ca: Pem;
  server: Pem;
  /** A client certificate signed by `ca` with this subject (`/CN=…/serialNumber=…`). */
  client(subject: string): Pem;
  /** A certificate of an unrelated CA with this subject. */
  foreign(subject: string): Pem;
  remove(): void;
}

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function makePki(): TestPki {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-pki-'));
  let n = 0;
  const ossl = (...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const read = (name: string): Pem => ({ cert: fs.readFileSync(path.join(dir, `${name}.crt`), 'utf8'), key: fs.readFileSync(path.join(dir, `${name}.key`), 'utf8') });
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  const makeCa = (name: string, cn: string): Pem => {
    ossl('req', '-x509', ...newKey, '-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', '2', '-subj', `/CN=${cn}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    return read(name);
  };
  const issue = (ca: string, subject: string, ext: string): Pem => {
    const name = `c${++n}`;
    fs.writeFileSync(path.join(dir, `${name}.ext`), ext);
    ossl('req', ...newKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
    ossl('x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-set_serial', String(1000 + n), '-days', '1', '-out', `${name}.crt`, '-extfile', `${name}.ext`);
    return read(name);
  };
  const ca = makeCa('ca', 'iwlz-bridge test CA');
  makeCa('other', 'some other CA');
  const server = issue('ca', '/CN=localhost', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature\n');
  const clientExt = 'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature\n';
  return {
    dir, ca, server,
    client: (subject) => issue('ca', subject, clientExt),
    foreign: (subject) => issue('other', subject, clientExt),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
