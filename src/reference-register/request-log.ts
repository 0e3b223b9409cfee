/**
 * One structured pino line per register request: method, path, register, operation, status,
 * duration, party and trace id (X-B3-TraceId when valid, else a new one, RFC0022a). Request
 * bodies and variables are never logged (they can hold a BSN); the project logger masks any
 * nine-digit run on top of that.
 */
import type http from 'node:http';
import type { Logger } from 'pino';
import { pooledRandomBytes } from '../core/random-pool.js';

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;

/** A run the log's BSN masker would mask (src/log.ts): generated ids avoid it so they stay readable in the log. */
const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/;

/**
 * A valid incoming trace id (32 lower-case hex, not all zero), else a new random one without a
 * run of exactly nine digits. (An incoming id with such a run is kept, and appears masked in the log.)
 */
export function traceIdOf(headers: http.IncomingHttpHeaders, random: (n: number) => Buffer = pooledRandomBytes): string {
  const h = headers['x-b3-traceid'];
  const v = Array.isArray(h) ? h[0] : h;
  if (v && TRACE_ID.test(v) && !/^0+$/.test(v)) return v;
  let id: string;
  do id = random(16).toString('hex'); while (/^0+$/.test(id) || NINE_DIGITS.test(id));
  return id;
}

export interface RequestRecord {
  method: string;
  path: string;
  register: string | undefined;
  operation: string | undefined;
  operationType: string | undefined;
  status: number;
  ms: number;
  party: string | undefined;
  /** How the party was established: token, certificate, header, none. */
  partyVia: string | undefined;
  traceId: string;
  spanId: string | undefined;
}

/** Per request: the trace id now, the log line when the answer is finished. */
export class RequestLog {
  readonly traceId: string;
  readonly spanId: string | undefined;
  register: string | undefined;
  operation: string | undefined;
  operationType: string | undefined;
  party: string | undefined;
  partyVia: string | undefined;
  private readonly start = process.hrtime.bigint();

  constructor(private readonly req: http.IncomingMessage, res: http.ServerResponse, private readonly logger: Logger | undefined) {
    this.traceId = traceIdOf(req.headers);
    const span = req.headers['x-b3-spanid'];
    this.spanId = typeof span === 'string' && SPAN_ID.test(span) ? span : undefined;
    res.setHeader('x-b3-traceid', this.traceId);
    if (logger) res.once('finish', () => this.write(res.statusCode));
  }

  record(status: number): RequestRecord {
    return {
      method: this.req.method ?? 'GET',
      path: new URL(this.req.url ?? '/', 'http://localhost').pathname,
      register: this.register,
      operation: this.operation,
      operationType: this.operationType,
      status,
      ms: Math.round(Number(process.hrtime.bigint() - this.start) / 1e4) / 100,
      party: this.party,
      partyVia: this.partyVia,
      traceId: this.traceId,
      spanId: this.spanId,
    };
  }

  private write(status: number): void {
    const r = this.record(status);
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    this.logger![level]({ event: 'register.request', ...r }, `${r.method} ${r.path} ${r.operation ?? '-'} ${r.status} ${r.ms}ms`);
  }
}
