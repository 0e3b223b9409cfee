/**
 * OAuth2 bearer JWT verification (BRIEF §8, RFC0014 v2.1) with jose: signature against a JWKS (a
 * file, a URL, or an object) or fixed public keys, `exp` required, `nbf`, `iss`, `aud`; the
 * scopes from the `scopes` array claim (also a space-separated `scope`); the party from `sub`
 * (`uzovi:5501` → `UZOVI:5501`, `agbcode:01234567` → `AGB:01234567`), else from `act.sub`.
 */
import fs from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, type CryptoKey, errors, type JSONWebKeySet, type JWTPayload, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { parseParty } from './party.js';

export interface OAuthOptions {
  /** JWKS: a file path, an http(s) URL, or the key set itself. */
  jwks?: string | URL | JSONWebKeySet;
  /** Fixed public keys (KeyObject, CryptoKey, or PEM text); tried in turn. */
  publicKeys?: (KeyObject | CryptoKey | string)[];
  /** Expected `iss` (the auth server, e.g. VECOZO's auth.nid). */
  issuer: string | string[];
  /** Expected `aud` (this resource server's URL). */
  audience: string | string[];
  /** Accepted JWS algorithms; default every asymmetric one jose knows (never `none`, never HMAC with a public key). */
  algorithms?: string[];
  /** Leeway for exp/nbf, seconds; default 30. */
  clockTolerance?: number;
  /** Clock; default the system clock. */
  now?: () => Date;
}

export interface TokenIdentity {
  party: string | undefined;
  scopes: ReadonlySet<string>;
  /** `sub` as given. */
  subject: string | undefined;
}

export interface AuthFailure {
  status: 401 | 403;
  code: string;
  message: string;
}

export class OAuthConfigError extends Error {}

const DEFAULT_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

async function keyResolver(o: OAuthOptions): Promise<JWTVerifyGetKey | (KeyObject | CryptoKey)[]> {
  if (o.jwks && o.publicKeys?.length) throw new OAuthConfigError('give either a JWKS or public keys, not both');
  if (o.jwks instanceof URL || (typeof o.jwks === 'string' && /^https?:\/\//i.test(o.jwks))) return createRemoteJWKSet(new URL(o.jwks));
  if (typeof o.jwks === 'string') {
    let set: JSONWebKeySet;
    try {
      set = JSON.parse(fs.readFileSync(o.jwks, 'utf8')) as JSONWebKeySet;
    } catch (e) {
      throw new OAuthConfigError(`JWKS ${o.jwks}: ${(e as Error).message}`);
    }
    if (!Array.isArray(set?.keys)) throw new OAuthConfigError(`JWKS ${o.jwks}: no "keys" array`);
    return createLocalJWKSet(set);
  }
  if (o.jwks) return createLocalJWKSet(o.jwks);
  if (!o.publicKeys?.length) throw new OAuthConfigError('OAuth2 needs a JWKS (file or URL) or at least one public key');
  const { createPublicKey } = await import('node:crypto');
  return o.publicKeys.map((k, i) => {
    if (typeof k !== 'string') return k;
    try {
      return createPublicKey(k);
    } catch (e) {
      throw new OAuthConfigError(`public key ${i + 1} is not a PEM public key: ${(e as Error).message}`);
    }
  });
}

/** Scopes of a token: the `scopes` array (VECOZO) and/or the space-separated `scope` (RFC 8693/9068). */
export function scopesOf(p: JWTPayload): Set<string> {
  const out = new Set<string>();
  const arr = p['scopes'];
  if (Array.isArray(arr)) for (const s of arr) if (typeof s === 'string' && s) out.add(s);
  const str = p['scope'];
  if (typeof str === 'string') for (const s of str.split(/\s+/)) if (s) out.add(s);
  return out;
}

/** The party the token acts for: `sub` when it names one, else `act.sub`. */
export function partyOfClaims(p: JWTPayload): string | undefined {
  const act = p['act'] as { sub?: unknown } | undefined;
  return parseParty(p.sub) ?? parseParty(typeof act?.sub === 'string' ? act.sub : undefined);
}

function describe(e: unknown): string {
  if (e instanceof errors.JWTExpired) return 'the token has expired';
  if (e instanceof errors.JWTClaimValidationFailed) return `claim ${e.claim} is not valid: ${e.message}`;
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey) return 'the token signature does not verify';
  if (e instanceof errors.JOSEAlgNotAllowed) return `algorithm not allowed: ${e.message}`;
  if (e instanceof errors.JOSEError) return `invalid token: ${e.message}`;
  return `invalid token: ${(e as Error).message}`;
}

/** Verified tokens kept (by their full text) until they expire: clients reuse a token for up to an hour. */
const CACHE_SIZE = 1000;

export class TokenVerifier {
  private readonly verified = new Map<string, { identity: TokenIdentity; exp: number; nbf: number }>();

  private constructor(private readonly o: OAuthOptions, private readonly keys: JWTVerifyGetKey | (KeyObject | CryptoKey)[]) {}

  static async create(o: OAuthOptions): Promise<TokenVerifier> {
    if (!o.issuer || (Array.isArray(o.issuer) && o.issuer.length === 0)) throw new OAuthConfigError('OAuth2 needs the expected issuer');
    if (!o.audience || (Array.isArray(o.audience) && o.audience.length === 0)) throw new OAuthConfigError('OAuth2 needs the expected audience');
    return new TokenVerifier(o, await keyResolver(o));
  }

  /** Verifies `Authorization: Bearer <jwt>`; a failure is a 401 naming what is wrong. */
  async verify(authorization: string | undefined): Promise<TokenIdentity | AuthFailure> {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m) return { status: 401, code: 'UNAUTHENTICATED', message: authorization ? 'Authorization is not a Bearer token' : 'no bearer token (Authorization: Bearer <jwt>)' };
    const nowS = (this.o.now?.() ?? new Date()).getTime() / 1000;
    const tolerance = this.o.clockTolerance ?? 30;
    const hit = this.verified.get(m[1]!);
    if (hit && nowS - tolerance < hit.exp && nowS + tolerance >= hit.nbf) return hit.identity;
    if (hit) this.verified.delete(m[1]!);
    const options = {
      issuer: this.o.issuer,
      audience: this.o.audience,
      algorithms: this.o.algorithms ?? DEFAULT_ALGS,
      clockTolerance: tolerance,
      requiredClaims: ['exp'],
      ...(this.o.now ? { currentDate: this.o.now() } : {}),
    };
    let payload: JWTPayload | undefined;
    let failure: unknown;
    if (typeof this.keys === 'function') {
      try {
        payload = (await jwtVerify(m[1]!, this.keys, options)).payload;
      } catch (e) {
        failure = e;
      }
    } else {
      for (const key of this.keys) {
        try {
          payload = (await jwtVerify(m[1]!, key, options)).payload;
          break;
        } catch (e) {
          failure = e;
          // Only a signature that does not match this key is a reason to try the next one.
          if (!(e instanceof errors.JWSSignatureVerificationFailed) && !(e instanceof errors.JOSENotSupported) && !(e instanceof TypeError)) break;
        }
      }
    }
    if (!payload) return { status: 401, code: 'UNAUTHENTICATED', message: describe(failure) };
    const identity: TokenIdentity = { party: partyOfClaims(payload), scopes: scopesOf(payload), subject: payload.sub };
    if (this.verified.size >= CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(m[1]!, { identity, exp: payload.exp!, nbf: payload.nbf ?? -Infinity });
    return identity;
  }
}
