/**
 * B3 trace headers (RFC0022a v1.1, BRIEF §8): `X-B3-TraceId` (32 lower-case hex, not all zero)
 * and `X-B3-SpanId` (16 hex) on every request; a new trace per interaction (one message's plan,
 * or one stand-alone request), a new span per request. The RFC names the OpenTelemetry SDK
 * (`@opentelemetry/api`) as the generator; it is not a dependency of this project, so the ids
 * come from crypto's CSPRNG (pooled: core/random-pool.ts) in the same format (swap `randomBytes`
 * for an OTel tracer's ids).
 */
import { pooledRandomBytes } from '../core/random-pool.js';

export type RandomBytes = (n: number) => Buffer;

export interface Trace {
  traceId: string;
}

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;

function hexId(bytes: number, random: RandomBytes): string {
  for (;;) {
    const hex = random(bytes).toString('hex');
    if (/[1-9a-f]/.test(hex)) return hex; // all zero is invalid
  }
}

export const newTraceId = (random: RandomBytes = pooledRandomBytes): string => hexId(16, random);
export const newSpanId = (random: RandomBytes = pooledRandomBytes): string => hexId(8, random);

/** A trace id as the RFC wants it: 32 lower-case hex, not all zero. */
export const isTraceId = (s: string): boolean => TRACE_ID.test(s) && /[1-9a-f]/.test(s);
export const isSpanId = (s: string): boolean => SPAN_ID.test(s) && /[1-9a-f]/.test(s);

export function traceHeaders(trace: Trace, random: RandomBytes = pooledRandomBytes): Record<string, string> {
  return { 'x-b3-traceid': trace.traceId, 'x-b3-spanid': newSpanId(random) };
}
