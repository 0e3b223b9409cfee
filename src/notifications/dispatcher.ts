/**
 * Delivers the outbox: each due notification as the RFC0008 `zendNotificatie` GraphQL mutation
 * to the receiver's endpoint from the address book, over HTTP with undici.
 *
 * Every request carries a new B3 trace (RFC0022a: X-B3-TraceId 32 lower-case hex, X-B3-SpanId
 * 16 hex). Answers are classified: ok (data.zendNotificatie.notificatieID), retryable (network
 * error, timeout, 5xx, 408, 429, a 2xx without notificatieID) or permanent (other 4xx, GraphQL
 * validation errors, receiver not in the address book). Every attempt goes to the delivery log.
 * Delivery is at least once: a crash between the answer and its bookkeeping sends it again.
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { Agent, request, type Dispatcher } from 'undici';
import type { AddressBook } from './address-book.js';
import {
  DEFAULT_RETRY, claim, markDelivered, markFailed, migrateOutbox, releaseInFlight,
  type AttemptRecord, type FailureInfo, type OutboxEntry, type RetryPolicy,
} from './outbox.js';

type Db = Database.Database;

export const ZEND_NOTIFICATIE = `mutation zendNotificatie($notificatieInput: NotificatieInput!) {
  zendNotificatie(notificatieInput: $notificatieInput) {
    notificatieID
  }
}`;

export interface DispatcherOptions {
  db: Db;
  addressBook: AddressBook;
  /** Injectable clock (tests move it forward past a backoff). */
  clock?: () => Date;
  /** Injectable randomness for the jitter. */
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Poll interval of the loop started by start() (default 500 ms). */
  pollIntervalMs?: number;
  /** Notifications claimed per round (default 20), sent concurrently. */
  batchSize?: number;
  /** Connect, header and body timeout of one request (default 10 s). */
  timeoutMs?: number;
  /** How long a claim holds before another dispatcher may take the row (default 60 s). */
  leaseMs?: number;
  /** An undici dispatcher to send through (e.g. an Agent with the mTLS client certificate); default: an own Agent. */
  httpDispatcher?: Dispatcher;
  /** Extra request headers (e.g. Authorization: Bearer …). */
  headers?: Record<string, string>;
  logger?: Logger;
}

export interface B3 {
  traceId: string;
  spanId: string;
}

/** A new trace: 32 lower-case hex (never all zero) and a 16-hex span id. */
export function newTrace(): B3 {
  let traceId: string;
  do traceId = crypto.randomBytes(16).toString('hex');
  while (/^0+$/.test(traceId));
  let spanId: string;
  do spanId = crypto.randomBytes(8).toString('hex');
  while (/^0+$/.test(spanId));
  return { traceId, spanId };
}

export type Outcome = { ok: true; notificatieID: string; httpStatus: number } | ({ ok: false; httpStatus: number | null } & FailureInfo);

const VALIDATION_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT']);

function excerpt(text: string, max = 300): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function errorMessages(body: unknown): { messages: string[]; codes: string[] } {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return { messages: [], codes: [] };
  const messages: string[] = [];
  const codes: string[] = [];
  for (const e of errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
    if (typeof e?.message === 'string') messages.push(e.message);
    if (typeof e?.extensions?.code === 'string') codes.push(e.extensions.code);
  }
  return { messages, codes };
}

function retryAfterMs(header: string | string[] | undefined, now: Date): number | undefined {
  const v = Array.isArray(header) ? header[0] : header;
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now.getTime());
}

/** Classifies one HTTP answer to zendNotificatie. */
export function classifyAnswer(status: number, bodyText: string, retryAfter?: number): Outcome {
  let body: unknown;
  try {
    body = bodyText === '' ? undefined : JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  const { messages, codes } = errorMessages(body);
  const detail = messages.length ? messages.join('; ') : excerpt(bodyText) || '(empty body)';
  if (status >= 200 && status < 300) {
    const id = (body as { data?: { zendNotificatie?: { notificatieID?: unknown } } } | undefined)?.data?.zendNotificatie?.notificatieID;
    if (typeof id === 'string' && id !== '') return { ok: true, notificatieID: id, httpStatus: status };
    if (codes.some((c) => VALIDATION_CODES.has(c))) {
      return { ok: false, httpStatus: status, retryable: false, reason: `GraphQL validation failed (${codes.join(', ')}): ${detail}` };
    }
    return { ok: false, httpStatus: status, retryable: true, reason: `HTTP ${status} without data.zendNotificatie.notificatieID: ${detail}` };
  }
  if (status >= 500 || status === 429 || status === 408) {
    return { ok: false, httpStatus: status, retryable: true, reason: `HTTP ${status}: ${detail}`, ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}) };
  }
  const kind = codes.length ? ` (${codes.join(', ')})` : '';
  return { ok: false, httpStatus: status, retryable: false, reason: `HTTP ${status}${kind}: ${detail}` };
}

export class NotificationDispatcher {
  private readonly db: Db;
  private readonly book: AddressBook;
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly policy: RetryPolicy;
  private http: Dispatcher | undefined;
  private readonly ownsHttp: boolean;
  private readonly opts: DispatcherOptions;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private round: Promise<number> | undefined;

  constructor(opts: DispatcherOptions) {
    this.opts = opts;
    this.db = opts.db;
    this.book = opts.addressBook;
    this.clock = opts.clock ?? (() => new Date());
    this.random = opts.random ?? Math.random;
    this.policy = { ...DEFAULT_RETRY, ...opts.retry };
    this.ownsHttp = opts.httpDispatcher === undefined;
    this.http = opts.httpDispatcher;
    migrateOutbox(this.db, this.clock());
  }

  /** Starts the polling loop. Whatever a previous process left in flight is pending again, and everything due is sent. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const released = releaseInFlight(this.db, this.clock());
    if (released) this.opts.logger?.info({ released }, 'notifications left in flight by a previous run are pending again');
    this.schedule(0);
  }

  /** Stops the loop and waits for the round in progress; closes the own HTTP agent (idempotent; start() may follow). */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.round?.catch(() => 0);
    if (this.ownsHttp && this.http) {
      const agent = this.http;
      this.http = undefined;
      await agent.close();
    }
  }

  private agent(): Dispatcher {
    if (!this.http) {
      const timeout = this.opts.timeoutMs ?? 10_000;
      this.http = new Agent({ connect: { timeout }, headersTimeout: timeout, bodyTimeout: timeout });
    }
    return this.http;
  }

  private schedule(delay: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runOnce()
        .catch((e: unknown) => this.opts.logger?.error({ err: e }, 'notification round failed'))
        .then((n) => this.schedule(n ? 0 : this.opts.pollIntervalMs ?? 500));
    }, delay);
    this.timer.unref?.();
  }

  /** One round: claims the due notifications and delivers them concurrently. Returns how many were attempted. */
  runOnce(): Promise<number> {
    const previous = this.round ?? Promise.resolve(0);
    const next = previous.catch(() => 0).then(async () => {
      const due = claim(this.db, this.clock(), { limit: this.opts.batchSize ?? 20, leaseMs: this.opts.leaseMs ?? 60_000 });
      await Promise.all(due.map((e) => this.deliver(e)));
      return due.length;
    });
    this.round = next;
    return next;
  }

  /** Runs rounds until nothing is due at the current clock (for tests and shutdown). Returns the attempts made. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.runOnce();
      if (n === 0) return total;
      total += n;
    }
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    const startedAt = this.clock();
    const { input } = entry;
    const url = this.book.lookup(input.ontvangerIDType, input.ontvangerID);
    if (url === undefined) {
      const reason = `receiver ${input.ontvangerIDType}:${input.ontvangerID} is not in the address book`;
      markFailed(this.db, entry.id, { retryable: false, reason }, { startedAt, finishedAt: this.clock() }, this.policy, this.random);
      this.opts.logger?.warn({ outboxId: entry.id, eventType: input.eventType }, reason);
      return;
    }
    const b3 = newTrace();
    const outcome = await this.send(url, entry, b3);
    const attempt: AttemptRecord = { startedAt, finishedAt: this.clock(), url, httpStatus: outcome.httpStatus, traceId: b3.traceId, spanId: b3.spanId };
    if (outcome.ok) {
      markDelivered(this.db, entry.id, outcome.notificatieID, attempt);
      this.opts.logger?.info({ outboxId: entry.id, eventType: input.eventType, notificatieID: outcome.notificatieID, traceId: b3.traceId }, 'notification delivered');
    } else {
      const state = markFailed(this.db, entry.id, outcome, attempt, this.policy, this.random);
      this.opts.logger?.warn({ outboxId: entry.id, eventType: input.eventType, attempt: entry.attempts, state, traceId: b3.traceId, reason: outcome.reason }, 'notification not delivered');
    }
  }

  private async send(url: string, entry: OutboxEntry, b3: B3): Promise<Outcome> {
    const body = JSON.stringify({ query: ZEND_NOTIFICATIE, operationName: 'zendNotificatie', variables: { notificatieInput: entry.input } });
    try {
      const res = await request(url, {
        method: 'POST',
        dispatcher: this.agent(),
        headers: {
          ...this.opts.headers,
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json;q=0.9',
          'x-b3-traceid': b3.traceId,
          'x-b3-spanid': b3.spanId,
        },
        body,
        headersTimeout: this.opts.timeoutMs ?? 10_000,
        bodyTimeout: this.opts.timeoutMs ?? 10_000,
      });
      const text = await res.body.text();
      return classifyAnswer(res.statusCode, text, retryAfterMs(res.headers['retry-after'], this.clock()));
    } catch (e) {
      const err = e as Error & { code?: string; cause?: { code?: string } };
      const code = err.code ?? err.cause?.code;
      return { ok: false, httpStatus: null, retryable: true, reason: `network: ${code ? `${code} ` : ''}${err.message}` };
    }
  }
}
