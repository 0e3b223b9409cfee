/**
 * The register client of the forward half: GraphQL requests (graphql-request's GraphQLClient)
 * over undici, one connection pool per origin (connections kept alive and reused), a timeout per
 * request, optional mTLS client certificates, `X-Party` (the embedded register's writer), OAuth2
 * client-credentials tokens (oauth.ts), B3 trace headers (trace.ts) on every request. Every answer
 * is classified as a value (classify.ts). The configuration is validated once, at the start
 * (`openRegisterClient`). docs/forward-sending.md.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { ClientError, GraphQLClient } from 'graphql-request';
import { type Dispatcher, Pool } from 'undici';
import { maskBsn } from '../log.js';
import { registerDef } from '../reference-register/registers.js';
import { errorsLine, type Failure, type GqlError, fromTransport, type Outcome, retryAfterMs, statusClass, TransportError, transportError } from './classify.js';
import { type PostJson, TokenSource } from './oauth.js';
import type { RegisterId } from './plan.js';
import { TextResponse } from './text-response.js';
import { newTraceId, type RandomBytes, type Trace, traceHeaders } from './trace.js';

export const REGISTER_IDS: readonly RegisterId[] = ['ir', 'br', 'lr'];

/** PEM text, or a path to a PEM file (read once at the start). */
export type Pem = string | Buffer;

export interface TlsConfig {
  /** Client certificate (chain) for mTLS; with `key`. */
  cert?: Pem;
  key?: Pem;
  passphrase?: string;
  /** CA set that signs the servers (test CAs); default Node's. */
  ca?: Pem | Pem[];
  /** Lowest TLS version; default TLSv1.2 (BRIEF §8). */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
}

export interface OAuthRegisterConfig {
  scope: string | string[];
  /** The resource server: exactly one https URL. */
  audience: string;
}

export interface OAuthClientConfig {
  /** `https://api.vecozo.nl/netwerkmodel/v3/auth/token` (TST `https://tst-api.vecozo.nl/tst/netwerkmodel/v3/auth/token`). */
  tokenUrl: string;
  /** Acting-for party: `uzovi:5507`, `agbcode:01234567`. */
  sub?: string;
  refreshMarginMs?: number;
  /** Scope and audience per register the client writes to. */
  registers: Partial<Record<RegisterId, OAuthRegisterConfig>>;
}

export interface RegisterClientConfig {
  /** One server serving all three registers at their standard paths (the embedded register). */
  base?: string;
  /** The endpoint per register id; overrides `base`. */
  endpoints?: Partial<Record<RegisterId, string>>;
  /** `X-Party: TYPE:id` on every request (the embedded register's writer, docs/register-mutations.md). */
  party?: string;
  /** Whole request (connect, send, answer) in ms; default 10 000. */
  timeoutMs?: number;
  /** Connection set-up in ms; default 5 000. */
  connectTimeoutMs?: number;
  /** Connections per origin; default 16. */
  connections?: number;
  /** Idle connections are kept this long for reuse; default 30 000 ms. */
  keepAliveMs?: number;
  tls?: TlsConfig;
  oauth?: OAuthClientConfig;
  /** Clock of token expiry, in ms; default Date.now. */
  now?: () => number;
  /** Source of trace/span ids; default crypto.randomBytes. */
  randomBytes?: RandomBytes;
}

export interface ConfigIssue {
  path: string;
  message: string;
}

/** The endpoints of a server that serves all three registers at their standard paths. */
export function registerEndpoints(base: string): Record<RegisterId, string> {
  const b = base.replace(/\/+$/, '');
  return Object.fromEntries(REGISTER_IDS.map((id) => [id, `${b}${registerDef(id).path}`])) as Record<RegisterId, string>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const PARTY = /^[A-Za-z]+:[A-Za-z0-9]+$/;
const SUB = /^[a-z]+:[A-Za-z0-9]+$/;

function checkUrl(value: unknown, at: string, issues: ConfigIssue[], opts: { httpsUnlessLoopback?: boolean; https?: boolean } = {}): URL | undefined {
  if (typeof value !== 'string') {
    issues.push({ path: at, message: 'must be a URL' });
    return undefined;
  }
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    issues.push({ path: at, message: `not a URL: ${value}` });
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') issues.push({ path: at, message: `must be http(s): ${value}` });
  else if (opts.https && u.protocol !== 'https:') issues.push({ path: at, message: `must be an https URL: ${value}` });
  else if (opts.httpsUnlessLoopback && u.protocol !== 'https:' && !LOOPBACK.has(u.hostname)) issues.push({ path: at, message: `must be https (http only on loopback): ${value}` });
  return u;
}

function readPem(value: unknown, at: string, issues: ConfigIssue[]): Buffer | undefined {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value !== 'string' || value === '') {
    issues.push({ path: at, message: 'must be PEM text or a path to a PEM file' });
    return undefined;
  }
  if (value.includes('-----BEGIN')) return Buffer.from(value);
  try {
    const b = fs.readFileSync(value);
    if (!b.includes('-----BEGIN')) issues.push({ path: at, message: `${value} is not a PEM file` });
    return b;
  } catch (e) {
    issues.push({ path: at, message: `cannot read ${value}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return undefined;
  }
}

function positiveInt(value: unknown, at: string, issues: ConfigIssue[]): void {
  if (value !== undefined && !(Number.isInteger(value) && (value as number) > 0)) issues.push({ path: at, message: 'must be a positive integer' });
}

/** The checked configuration: endpoints resolved, PEM files read. */
export interface ResolvedConfig {
  endpoints: Map<RegisterId, string>;
  party?: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  connections: number;
  keepAliveMs: number;
  tls?: { cert?: Buffer; key?: Buffer; passphrase?: string; ca?: Buffer[]; minVersion: 'TLSv1.2' | 'TLSv1.3' };
  oauth?: { tokenUrl: string; sub?: string; refreshMarginMs?: number; registers: Map<RegisterId, { scope: string[]; audience: string }> };
  now: () => number;
  randomBytes?: RandomBytes;
}

/** Checks a configuration once; every problem is reported, with its path. */
export function checkClientConfig(cfg: RegisterClientConfig): { ok: true; config: ResolvedConfig } | { ok: false; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const endpoints = new Map<RegisterId, string>();
  if (cfg.base !== undefined && checkUrl(cfg.base, 'base', issues)) for (const [id, url] of Object.entries(registerEndpoints(cfg.base))) endpoints.set(id as RegisterId, url);
  for (const [id, url] of Object.entries(cfg.endpoints ?? {})) {
    if (!REGISTER_IDS.includes(id as RegisterId)) issues.push({ path: `endpoints.${id}`, message: `unknown register id (one of ${REGISTER_IDS.join(', ')})` });
    else if (checkUrl(url, `endpoints.${id}`, issues)) endpoints.set(id as RegisterId, url);
  }
  if (endpoints.size === 0 && issues.length === 0) issues.push({ path: 'endpoints', message: 'no register endpoint: give `base` or `endpoints`' });
  if (cfg.party !== undefined && (typeof cfg.party !== 'string' || !PARTY.test(cfg.party))) issues.push({ path: 'party', message: 'must be TYPE:id, e.g. UZOVI:5507' });
  positiveInt(cfg.timeoutMs, 'timeoutMs', issues);
  positiveInt(cfg.connectTimeoutMs, 'connectTimeoutMs', issues);
  positiveInt(cfg.connections, 'connections', issues);
  positiveInt(cfg.keepAliveMs, 'keepAliveMs', issues);

  let tls: ResolvedConfig['tls'];
  if (cfg.tls) {
    const t = cfg.tls;
    if ((t.cert === undefined) !== (t.key === undefined)) issues.push({ path: 'tls', message: 'a client certificate needs both cert and key' });
    const cert = t.cert !== undefined ? readPem(t.cert, 'tls.cert', issues) : undefined;
    const key = t.key !== undefined ? readPem(t.key, 'tls.key', issues) : undefined;
    const ca = t.ca === undefined ? undefined : (Array.isArray(t.ca) ? t.ca : [t.ca]).map((c, i) => readPem(c, `tls.ca[${i}]`, issues)).filter((b): b is Buffer => b !== undefined);
    if (t.minVersion !== undefined && t.minVersion !== 'TLSv1.2' && t.minVersion !== 'TLSv1.3') issues.push({ path: 'tls.minVersion', message: 'TLSv1.2 or TLSv1.3' });
    tls = { minVersion: t.minVersion ?? 'TLSv1.2', ...(cert ? { cert } : {}), ...(key ? { key } : {}), ...(ca ? { ca } : {}), ...(t.passphrase !== undefined ? { passphrase: t.passphrase } : {}) };
  }

  let oauth: ResolvedConfig['oauth'];
  if (cfg.oauth) {
    const o = cfg.oauth;
    checkUrl(o.tokenUrl, 'oauth.tokenUrl', issues, { httpsUnlessLoopback: true });
    if (o.sub !== undefined && (typeof o.sub !== 'string' || !SUB.test(o.sub))) issues.push({ path: 'oauth.sub', message: 'must be type:id, e.g. uzovi:5507 or agbcode:01234567' });
    positiveInt(o.refreshMarginMs, 'oauth.refreshMarginMs', issues);
    const registers = new Map<RegisterId, { scope: string[]; audience: string }>();
    for (const [id, r] of Object.entries(o.registers ?? {})) {
      const at = `oauth.registers.${id}`;
      if (!REGISTER_IDS.includes(id as RegisterId)) { issues.push({ path: at, message: 'unknown register id' }); continue; }
      if (!endpoints.has(id as RegisterId)) issues.push({ path: at, message: 'no endpoint for this register' });
      const scope = typeof r.scope === 'string' ? r.scope.split(/\s+/).filter(Boolean) : Array.isArray(r.scope) ? r.scope : [];
      if (scope.length === 0 || scope.some((s) => typeof s !== 'string' || s === '' || /\s/.test(s))) issues.push({ path: `${at}.scope`, message: 'one or more scopes without white space' });
      checkUrl(r.audience, `${at}.audience`, issues, { https: true });
      registers.set(id as RegisterId, { scope, audience: r.audience });
    }
    for (const id of endpoints.keys()) if (!registers.has(id)) issues.push({ path: `oauth.registers.${id}`, message: 'the register has an endpoint but no scope and audience' });
    oauth = { tokenUrl: o.tokenUrl, registers, ...(o.sub ? { sub: o.sub } : {}), ...(o.refreshMarginMs ? { refreshMarginMs: o.refreshMarginMs } : {}) };
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    config: {
      endpoints, timeoutMs: cfg.timeoutMs ?? 10_000, connectTimeoutMs: cfg.connectTimeoutMs ?? 5_000, connections: cfg.connections ?? 16, keepAliveMs: cfg.keepAliveMs ?? 30_000,
      now: cfg.now ?? Date.now,
      ...(cfg.party ? { party: cfg.party } : {}), ...(tls ? { tls } : {}), ...(oauth ? { oauth } : {}), ...(cfg.randomBytes ? { randomBytes: cfg.randomBytes } : {}),
    },
  };
}

/** Checks the configuration and opens the client; the issues when it is not usable. */
export function openRegisterClient(cfg: RegisterClientConfig): { ok: true; client: RegisterClient } | { ok: false; issues: ConfigIssue[] } {
  const checked = checkClientConfig(cfg);
  return checked.ok ? { ok: true, client: new RegisterClient(checked.config) } : checked;
}

/**
 * The outcome of one request plus the trace it was sent under. With `partial`, an answer with
 * `data` and field errors is `ok` and carries the (BSN-masked) `errors` beside the data.
 */
export type Sent<T> = Outcome<T> & { traceId: string; spanId?: string; errors?: GqlError[] };

/** An answer as undici gives its headers: lower-case names, a list for a repeated header. */
interface Answer { status: number; headers: IncomingHttpHeaders; text: string }

const NULL_BODY = new Set([101, 204, 205, 304]);

export class RegisterClient {
  private readonly pools = new Map<string, Pool>();
  private readonly gql = new Map<RegisterId, GraphQLClient>();
  /** Token sources by register + acting-for sub (one per scope, audience and sub). */
  private readonly tokens = new Map<string, TokenSource>();
  private readonly tokenPost: PostJson | undefined;
  /** Requests sent to the registers (not counting token requests). */
  requests = 0;

  constructor(readonly config: ResolvedConfig) {
    // graphql-request hands over a URL it parsed and a Headers it built: both used as they are;
    // the answer's headers go into the Response as pairs (no Headers of our own in between), its
    // text as read (TextResponse).
    const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const a = await this.transport(url instanceof URL ? url : String(url), init?.method ?? 'POST', headersOf(init?.headers), typeof init?.body === 'string' ? init.body : undefined);
      return new TextResponse(NULL_BODY.has(a.status) ? '' : a.text, { status: a.status, headers: headerPairs(a.headers) });
    };
    // excludeOperationName: graphql-request would parse every document only to find its name (always POST here).
    for (const [id, url] of config.endpoints) this.gql.set(id, new GraphQLClient(url, { fetch, errorPolicy: 'all', excludeOperationName: true }));
    if (config.oauth) {
      this.tokenPost = async (url, body, headers) => {
        const a = await this.transport(url, 'POST', headers, body);
        return { status: a.status, header: (n) => headerOf(a.headers, n), text: a.text };
      };
    }
  }

  /** A new trace (one per interaction: a message's plan, or a stand-alone request). */
  newTrace(): Trace {
    return { traceId: newTraceId(this.config.randomBytes) };
  }

  endpoint(register: RegisterId): string | undefined {
    return this.config.endpoints.get(register);
  }

  /**
   * The token source of a register acting for a party (when OAuth is configured): `party` as in
   * X-Party (`UZOVI:5504` → sub `uzovi:5504`, `AGB:…` → `agbcode:…`), else the configured `sub`.
   * Registers with the same scope, audience and sub share one source.
   */
  tokenSource(register: RegisterId, party?: string): TokenSource | undefined {
    const o = this.config.oauth;
    const r = o?.registers.get(register);
    if (!o || !r || !this.tokenPost) return undefined;
    const sub = party ? subOf(party) : o.sub;
    const k = `${r.audience} ${r.scope.join(' ')} ${sub ?? ''}`;
    let source = this.tokens.get(k);
    if (!source) {
      source = new TokenSource({ scope: r.scope, audience: r.audience, ...(sub ? { sub } : {}) }, {
        tokenUrl: o.tokenUrl, post: this.tokenPost, now: this.config.now, headers: () => traceHeaders(this.newTrace(), this.config.randomBytes),
        ...(o.refreshMarginMs ? { refreshMarginMs: o.refreshMarginMs } : {}),
      });
      this.tokens.set(k, source);
    }
    return source;
  }

  private pool(origin: string): Pool {
    let p = this.pools.get(origin);
    if (!p) {
      const c = this.config;
      const tls = c.tls ? { ...c.tls } : {};
      p = new Pool(origin, {
        connections: c.connections, keepAliveTimeout: c.keepAliveMs, headersTimeout: c.timeoutMs, bodyTimeout: c.timeoutMs,
        connect: { timeout: c.connectTimeoutMs, ...tls },
      });
      this.pools.set(origin, p);
    }
    return p;
  }

  /**
   * One HTTP exchange, the answer read completely; throws only TransportError. undici's own
   * request API on the origin's pool (its fetch costs more than the exchange on loopback), the
   * whole exchange bounded by timeoutMs. The abort signal is an EventEmitter (undici takes one):
   * an AbortController per request cost ~25 µs of the sender's CPU.
   */
  private async transport(url: string | URL, method: string, headers: Record<string, string>, body: string | undefined): Promise<Answer> {
    const timeoutMs = this.config.timeoutMs;
    const u = typeof url === 'string' ? new URL(url) : url;
    const abort = new EventEmitter();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.emit('abort');
    }, timeoutMs);
    try {
      const res = await this.pool(u.origin).request({ path: `${u.pathname}${u.search}`, method: method as Dispatcher.HttpMethod, headers, ...(body !== undefined ? { body } : {}), signal: abort });
      const text = await res.body.text();
      return { status: res.statusCode, headers: res.headers, text };
    } catch (e) {
      if (timedOut) throw new TransportError('timeout', `no answer from ${String(url)} within ${timeoutMs} ms`);
      throw transportError(e, String(url), timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Sends one GraphQL operation to a register. Never throws for what the network or the register
   * does: the outcome says ok / retryable / permanent. A 401 with OAuth refreshes the token once.
   * `party` (`UZOVI:5504`) is the writer of this request: its X-Party and the token's acting-for
   * sub; default the configured `party` / `oauth.sub`. `partial`: an answer with `data` besides
   * `errors` (several root fields, some failed) is `ok` with the `errors` (see Sent).
   */
  async request<T = Record<string, unknown>>(register: RegisterId, query: string, variables: Record<string, unknown> = {}, opts: { trace?: Trace; party?: string; partial?: boolean } = {}): Promise<Sent<T>> {
    const trace = opts.trace ?? this.newTrace();
    const client = this.gql.get(register);
    if (!client) return { class: 'permanent', reason: 'config', message: `no endpoint configured for register ${register}`, traceId: trace.traceId };
    const party = opts.party ?? this.config.party;
    if (opts.party !== undefined && !PARTY.test(opts.party)) return { class: 'permanent', reason: 'config', message: `party "${opts.party}" is not TYPE:id`, traceId: trace.traceId };
    const tokens = this.tokenSource(register, opts.party);
    for (let attempt = 0; ; attempt++) {
      const headers = traceHeaders(trace, this.config.randomBytes);
      const spanId = headers['x-b3-spanid']!;
      if (party) headers['x-party'] = party;
      let token: string | undefined;
      if (tokens) {
        const t = await tokens.token();
        if (t.class !== 'ok') return { ...t, traceId: trace.traceId, spanId };
        token = t.data;
        headers['authorization'] = `Bearer ${token}`;
      }
      this.requests++;
      try {
        const r = await client.rawRequest<T>({ query, variables, requestHeaders: headers });
        if (r.errors && r.errors.length > 0) {
          if (opts.partial && r.data !== null && typeof r.data === 'object') return { class: 'ok', data: r.data, status: r.status, errors: masked(r.errors as unknown as GqlError[]), traceId: trace.traceId, spanId };
          return { ...graphqlFailure(r.status, r.errors as unknown as GqlError[]), traceId: trace.traceId, spanId };
        }
        return { class: 'ok', data: r.data, status: r.status, traceId: trace.traceId, spanId };
      } catch (e) {
        if (e instanceof TransportError) return { ...fromTransport(e), traceId: trace.traceId, spanId };
        if (e instanceof ClientError) {
          const status = e.response.status;
          if (status === 401 && tokens && attempt === 0) {
            tokens.invalidate(token);
            continue;
          }
          const errors = (e.response.errors ?? []) as unknown as GqlError[];
          return { ...httpFailure(status, errors, e.response.headers?.get?.('retry-after') ?? null, this.config.now(), e.response.body), traceId: trace.traceId, spanId };
        }
        return { class: 'permanent', reason: 'bad-response', message: maskBsn(`${this.endpoint(register)}: ${(e as Error).message}`), traceId: trace.traceId, spanId };
      }
    }
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.close()));
  }
}

/** The acting-for sub of a party: `UZOVI:5504` → `uzovi:5504`, `AGB:07301234` → `agbcode:07301234`. */
export function subOf(party: string): string {
  const i = party.indexOf(':');
  const type = party.slice(0, i).toLowerCase();
  return `${type === 'agb' ? 'agbcode' : type}:${party.slice(i + 1)}`;
}

/** undici's answer headers as name/value pairs, a repeated header once per value (as Headers.append). */
function headerPairs(h: IncomingHttpHeaders): [string, string][] {
  const pairs: [string, string][] = [];
  for (const k in h) {
    const v = h[k];
    if (Array.isArray(v)) for (const x of v) pairs.push([k, x]);
    else if (v !== undefined) pairs.push([k, v]);
  }
  return pairs;
}

/** One answer header by name, as Headers.get would read it (repeated values joined by ", "). */
function headerOf(h: IncomingHttpHeaders, name: string): string | null {
  const v = h[name.toLowerCase()];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

function headersOf(h: RequestInit['headers']): Record<string, string> {
  if (!h) return {};
  if (h instanceof Headers || Array.isArray(h)) return Object.fromEntries(h instanceof Headers ? h.entries() : h);
  return { ...(h as Record<string, string>) };
}

const masked = (errors: GqlError[]): GqlError[] => errors.map((e) => ({ ...e, message: maskBsn(e.message) }));

function graphqlFailure(status: number, errors: GqlError[]): Failure {
  return { class: 'permanent', reason: 'graphql', status, message: maskBsn(errorsLine(errors)), errors: masked(errors) };
}

function httpFailure(status: number, errors: GqlError[], retryAfter: string | null, now: number, body: string | undefined): Failure {
  const cls = statusClass(status);
  const reason: Failure['reason'] = status === 429 ? 'rate-limited' : errors.length > 0 ? 'graphql' : 'http';
  const ra = retryAfterMs(retryAfter, now);
  const text = errors.length > 0 ? errorsLine(errors) : (body ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return {
    class: cls, reason, status, message: maskBsn(`HTTP ${status}${text ? ` ${text}` : ''}`),
    ...(errors.length > 0 ? { errors: masked(errors) } : {}), ...(ra !== undefined ? { retryAfterMs: ra } : {}),
  };
}
