/**
 * OAuth2 client-credentials tokens as BRIEF §8 (RFC0014 v2.1) describes: a POST with a **JSON
 * body** `{grant_type: 'client_credentials', scope: 'a b', audience: 'https://…',
 * access_token: {sub: 'uzovi:5507'}}` (the `access_token.sub` part acts on behalf of a party and
 * is left out when no party is configured). The client authenticates with its mTLS certificate
 * (the transport's, shared with the register requests). A token is cached until `refreshMargin`
 * before it expires (`expires_in`, else the JWT's `exp`), then fetched again; concurrent callers
 * share the one fetch in flight. Failures are values (classify.ts), never cached.
 */
import { decodeJwt } from 'jose';
import { type Failure, fromTransport, type Outcome, retryAfterMs, statusClass, TransportError } from './classify.js';

/** The transport: POSTs a JSON body, resolves with the complete answer, throws only TransportError. */
export type PostJson = (url: string, body: string, headers: Record<string, string>) => Promise<{ status: number; header(name: string): string | null; text: string }>;

export interface TokenRequest {
  /** Scopes, sent space-separated. One bad scope fails the whole request (BRIEF §8). */
  scope: readonly string[];
  /** Exactly one https URL: the resource server the token is for. */
  audience: string;
  /** Acting-for party: `uzovi:5507`, `agbcode:01234567`. */
  sub?: string;
}

export interface TokenSourceOptions {
  tokenUrl: string;
  post: PostJson;
  /** Clock in ms (injectable for tests); default Date.now. */
  now?: () => number;
  /** Refresh this long before expiry; default 60 s (at most half the token's lifetime). */
  refreshMarginMs?: number;
  /** Lifetime assumed when the answer names none (no expires_in, no JWT exp); default 300 s. */
  defaultLifetimeMs?: number;
  /** Extra headers of the token request (the trace headers). */
  headers?: () => Record<string, string>;
}

/** The exact JSON body of the token request. */
export function tokenRequestBody(req: TokenRequest): Record<string, unknown> {
  return {
    grant_type: 'client_credentials',
    scope: req.scope.join(' '),
    audience: req.audience,
    ...(req.sub ? { access_token: { sub: req.sub } } : {}),
  };
}

interface Cached { token: string; refreshAt: number }

export class TokenSource {
  private cached: Cached | undefined;
  private inflight: Promise<Outcome<string>> | undefined;
  /** Token requests sent (for tests and stats). */
  fetches = 0;

  constructor(
    readonly request: TokenRequest,
    private readonly opts: TokenSourceOptions,
  ) {}

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  /** A valid access token: the cached one, or the fetch in flight, or a new fetch. */
  token(): Promise<Outcome<string>> {
    if (this.cached && this.now() < this.cached.refreshAt) return Promise.resolve({ class: 'ok', data: this.cached.token, status: 200 });
    if (!this.inflight) {
      this.inflight = this.fetch().finally(() => {
        this.inflight = undefined;
      });
    }
    return this.inflight;
  }

  /** Forget the cached token (the resource server answered 401). */
  invalidate(token?: string): void {
    if (!token || this.cached?.token === token) this.cached = undefined;
  }

  private fail(f: Omit<Failure, 'reason'> & { reason?: Failure['reason'] }): Failure {
    return { reason: 'auth', ...f, message: `token endpoint ${this.opts.tokenUrl}: ${f.message}` };
  }

  private async fetch(): Promise<Outcome<string>> {
    this.fetches++;
    const started = this.now();
    let res: Awaited<ReturnType<PostJson>>;
    try {
      res = await this.opts.post(this.opts.tokenUrl, JSON.stringify(tokenRequestBody(this.request)), {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(this.opts.headers?.() ?? {}),
      });
    } catch (e) {
      if (e instanceof TransportError) {
        const f = fromTransport(e);
        return { ...f, message: `token endpoint: ${f.message}` };
      }
      throw e;
    }
    if (res.status < 200 || res.status > 299) {
      const ra = retryAfterMs(res.header('retry-after'), this.now());
      return this.fail({ class: statusClass(res.status), status: res.status, message: `HTTP ${res.status} ${oneLine(res.text)}`, ...(ra !== undefined ? { retryAfterMs: ra } : {}) });
    }
    let body: { access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(res.text) as typeof body;
    } catch {
      return this.fail({ class: 'permanent', status: res.status, message: 'the answer is not JSON' });
    }
    if (typeof body.access_token !== 'string' || body.access_token === '') return this.fail({ class: 'permanent', status: res.status, message: 'the answer has no access_token' });
    const lifetime = this.lifetimeMs(body.access_token, body.expires_in, started);
    const margin = Math.min(this.opts.refreshMarginMs ?? 60_000, lifetime / 2);
    this.cached = { token: body.access_token, refreshAt: started + lifetime - margin };
    return { class: 'ok', data: body.access_token, status: res.status };
  }

  private lifetimeMs(token: string, expiresIn: unknown, started: number): number {
    if (typeof expiresIn === 'number' && expiresIn > 0) return expiresIn * 1000;
    if (typeof expiresIn === 'string' && /^\d+$/.test(expiresIn)) return Number(expiresIn) * 1000;
    try {
      const exp = decodeJwt(token).exp;
      if (typeof exp === 'number') return Math.max(0, exp * 1000 - started);
    } catch {
      // not a JWT: an opaque token
    }
    return this.opts.defaultLifetimeMs ?? 300_000;
  }
}

function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
}
