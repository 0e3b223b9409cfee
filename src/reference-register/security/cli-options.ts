/** `register serve` security flags → startRegister's `tls` and `auth`, with usage errors for incomplete combinations. */
import fs from 'node:fs';
import { UsageError } from '../../cli/io.js';
import type { OAuthOptions } from './oauth.js';
import { readTlsFiles, TlsConfigError, type TlsOptions } from './tls.js';

export interface SecurityFlags {
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
  tlsCrl?: string;
  requireClientCert?: boolean;
  jwtJwks?: string;
  jwtPublicKey?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
}

export function securityOptions(f: SecurityFlags): { tls?: TlsOptions; auth?: OAuthOptions } {
  const out: { tls?: TlsOptions; auth?: OAuthOptions } = {};
  if (f.tlsCert || f.tlsKey || f.tlsCa || f.tlsCrl || f.requireClientCert) {
    if (!f.tlsCert || !f.tlsKey) throw new UsageError('HTTPS needs both --tls-cert and --tls-key');
    if (f.requireClientCert && !f.tlsCa) throw new UsageError('--require-client-cert needs --tls-ca (the CA set that signs the client certificates)');
    try {
      out.tls = readTlsFiles({ cert: f.tlsCert, key: f.tlsKey, ca: f.tlsCa, crl: f.tlsCrl, requireClientCert: f.requireClientCert });
    } catch (e) {
      if (e instanceof TlsConfigError) throw new UsageError(e.message);
      throw e;
    }
  }
  if (f.jwtJwks || f.jwtPublicKey || f.jwtIssuer || f.jwtAudience) {
    if (!f.jwtJwks === !f.jwtPublicKey) throw new UsageError('OAuth2 needs exactly one of --jwt-jwks and --jwt-public-key');
    if (!f.jwtIssuer || !f.jwtAudience) throw new UsageError('OAuth2 needs --jwt-issuer and --jwt-audience');
    let publicKeys: string[] | undefined;
    if (f.jwtPublicKey) {
      try {
        publicKeys = [fs.readFileSync(f.jwtPublicKey, 'utf8')];
      } catch (e) {
        throw new UsageError(`--jwt-public-key: cannot read ${f.jwtPublicKey}: ${(e as Error).message}`);
      }
    }
    out.auth = { issuer: f.jwtIssuer, audience: f.jwtAudience, ...(f.jwtJwks ? { jwks: f.jwtJwks } : {}), ...(publicKeys ? { publicKeys } : {}) };
  }
  return out;
}

/** The line `serve` prints instead of the insecure warning. */
export function securitySummary(o: { tls?: TlsOptions; auth?: OAuthOptions }): string {
  const parts: string[] = [];
  if (o.tls) parts.push(o.tls.requireClientCert ? 'mTLS (client certificate required; party from its subject)' : 'HTTPS (client certificate optional)');
  if (o.auth) parts.push(`OAuth2 bearer JWTs (iss ${String(o.auth.issuer)}, aud ${String(o.auth.audience)}; scopes checked per operation)`);
  return `security: ${parts.join(' + ')}; X-Party is ignored`;
}
