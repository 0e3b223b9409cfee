/**
 * The outcome of one request to a register (or to the token endpoint) as a value, never an
 * exception: `ok`, `retryable` (the same request may succeed later: network error, timeout, 5xx,
 * 408, 429) or `permanent` (it will not: GraphQL errors including validation / BAD_USER_INPUT,
 * other 4xx, an answer that is not GraphQL). docs/forward-sending.md.
 */

/** A GraphQL error as the register answers it (`extensions.code`, `extensions.violations` of docs/register-mutations.md). */
export interface GqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export type FailureReason =
  | 'network' // no answer: refused, reset, DNS, TLS handshake
  | 'timeout' // no (complete) answer within the configured time
  | 'http' // an HTTP status without a GraphQL answer (or 4xx/5xx)
  | 'rate-limited' // 429
  | 'graphql' // a GraphQL answer with errors (validation, BAD_USER_INPUT, …)
  | 'bad-response' // 2xx that is not a GraphQL answer
  | 'auth' // the token endpoint refused or failed
  | 'config' // no endpoint configured for the register
  | 'lookup' // executor: a $lookup the id map does not know
  | 'ref' // executor: a $ref no earlier mutation of the plan defines
  | 'plan'; // executor: an operation outside the write contract

export interface Failure {
  class: 'retryable' | 'permanent';
  reason: FailureReason;
  /** One line; never holds a full BSN (masked by the producer). */
  message: string;
  status?: number;
  errors?: GqlError[];
  /** From a Retry-After header (429/503), in milliseconds. */
  retryAfterMs?: number;
}

export interface Ok<T> {
  class: 'ok';
  data: T;
  status: number;
}

export type Outcome<T> = Ok<T> | Failure;

/** HTTP status → class: 5xx, 408 and 429 are worth retrying; every other 4xx is not. */
export function statusClass(status: number): Failure['class'] {
  return status >= 500 || status === 408 || status === 429 ? 'retryable' : 'permanent';
}

/** Retry-After as delay-seconds or an HTTP date. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Thrown by the transport (the fetch wrapper) when no complete answer arrived: marked so it is never confused with a bug. */
export class TransportError extends Error {
  constructor(
    readonly reason: 'network' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);

/** An error thrown by undici's fetch (or while reading its body) → a TransportError naming the cause. */
export function transportError(err: unknown, url: string, timeoutMs: number): TransportError {
  const chain: { name?: string; code?: string; message?: string }[] = [];
  for (let e: unknown = err, i = 0; e && typeof e === 'object' && i < 5; e = (e as { cause?: unknown }).cause, i++) chain.push(e as { name?: string; code?: string; message?: string });
  const timedOut = chain.some((e) => e.name === 'TimeoutError' || (e.code !== undefined && TIMEOUT_CODES.has(e.code)));
  if (timedOut) return new TransportError('timeout', `no answer from ${url} within ${timeoutMs} ms`);
  const root = chain.at(-1);
  const detail = root?.code ?? root?.message ?? String(err);
  return new TransportError('network', `${url}: ${detail}`);
}

/** A failure from a transport error. */
export function fromTransport(e: TransportError): Failure {
  return { class: 'retryable', reason: e.reason, message: e.message };
}

/** The first error messages of a GraphQL answer, joined for one line. */
export function errorsLine(errors: readonly GqlError[]): string {
  const first = errors.slice(0, 3).map((e) => e.message);
  return first.join('; ') + (errors.length > 3 ? ` (+${errors.length - 3} more)` : '');
}
