/**
 * mTLS for the embedded registers (BRIEF §8, RFC0001): node:https options (TLS ≥ 1.2, a
 * configurable CA set, client certificates required or optional) and the writing party read from
 * a verified client certificate.
 *
 * Party mapping (first match wins; documented in docs/reference-register.md):
 *  1. subject `serialNumber` holding `TYPE:id` (`UZOVI:5501`, `AGB:01234567`, `AGBCODE:…`,
 *     `KVK:…`, `OIN:…`, also `TYPE-id`) → that party;
 *  2. subject `serialNumber` of 20 digits (a PKIoverheid organisation certificate carries the OIN
 *     there) → `OIN:<serialNumber>`;
 *  3. subject `organizationIdentifier` `NTRNL-<8 digits>` (eIDAS form of a KvK number) → `KVK:…`;
 *  4. the first subject `OU` holding `TYPE:id`;
 *  5. subject `CN` holding `TYPE:id`.
 * A certificate that does not verify against the configured CA set never names a party.
 */
import fs from 'node:fs';
import type https from 'node:https';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import { parseParty } from './party.js';

export interface TlsOptions {
  /** Server certificate (PEM), with its chain. */
  cert: string | Buffer;
  /** Private key of the server certificate (PEM). */
  key: string | Buffer;
  /** CA certificates a client certificate must chain to (PEM); without it Node's default roots. */
  ca?: string | Buffer | (string | Buffer)[];
  /** Certificate revocation list(s) (PEM). */
  crl?: string | Buffer | (string | Buffer)[];
  /** Refuse peers without a certificate signed by `ca` (the TLS handshake fails). Default false: a certificate is asked for but optional. */
  requireClientCert?: boolean;
  /** Lowest TLS version; default TLSv1.2 (NCSC: 1.2 at least, 1.3 advised). */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
}

/** Paths of the PEM files, as the CLI takes them. */
export interface TlsFiles {
  cert: string;
  key: string;
  ca?: string | undefined;
  crl?: string | undefined;
  requireClientCert?: boolean | undefined;
}

export class TlsConfigError extends Error {}

export function readTlsFiles(f: TlsFiles): TlsOptions {
  const read = (what: string, file: string): Buffer => {
    try {
      return fs.readFileSync(file);
    } catch (e) {
      throw new TlsConfigError(`${what}: cannot read ${file}: ${(e as Error).message}`);
    }
  };
  return {
    cert: read('--tls-cert', f.cert),
    key: read('--tls-key', f.key),
    ...(f.ca ? { ca: read('--tls-ca', f.ca) } : {}),
    ...(f.crl ? { crl: read('--tls-crl', f.crl) } : {}),
    requireClientCert: f.requireClientCert === true,
  };
}

export function httpsOptions(t: TlsOptions): https.ServerOptions {
  if (t.requireClientCert && !t.ca) throw new TlsConfigError('requireClientCert needs the CA set (ca / --tls-ca) that signs the client certificates');
  return {
    cert: t.cert,
    key: t.key,
    ...(t.ca ? { ca: t.ca } : {}),
    ...(t.crl ? { crl: t.crl } : {}),
    minVersion: t.minVersion ?? 'TLSv1.2',
    // Ask for a client certificate whenever a CA set is configured; refuse the handshake without a valid one only when required.
    requestCert: t.requireClientCert === true || t.ca !== undefined,
    rejectUnauthorized: t.requireClientCert === true,
  };
}

const first = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);

/** The party a certificate's subject names (mapping above), or undefined. */
export function partyFromCertificate(cert: Pick<PeerCertificate, 'subject'> | undefined): string | undefined {
  const subject = cert?.subject as unknown as Record<string, unknown> | undefined;
  if (!subject) return undefined;
  for (const serial of first(subject['serialNumber'])) {
    const p = parseParty(serial);
    if (p) return p;
    if (/^\d{20}$/.test(serial.trim())) return `OIN:${serial.trim()}`;
  }
  for (const oi of first(subject['organizationIdentifier'])) {
    const m = /^NTRNL-(\d{8})$/.exec(oi.trim());
    if (m) return `KVK:${m[1]}`;
  }
  for (const ou of first(subject['OU'])) {
    const p = parseParty(ou);
    if (p) return p;
  }
  for (const cn of first(subject['CN'])) {
    const p = parseParty(cn);
    if (p) return p;
  }
  return undefined;
}

/** The party of the verified client certificate on this connection, if any. */
export function peerParty(socket: unknown): string | undefined {
  const s = socket as Partial<TLSSocket>;
  if (typeof s.getPeerCertificate !== 'function' || s.authorized !== true) return undefined;
  const cert = s.getPeerCertificate(false);
  return cert && Object.keys(cert).length > 0 ? partyFromCertificate(cert) : undefined;
}
