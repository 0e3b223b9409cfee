/**
 * A GraphQL-over-HTTP answer read as the register client needs it, by the rules graphql-request
 * (which the client used before) applies: the body is parsed as JSON when the content type is
 * JSON (`application/json`, `application/graphql-response+json`); a 2xx answer must be a GraphQL
 * result (an object whose `data` is an object or null, whose `errors` is a list), else it is a bad
 * response; a non-2xx answer keeps the errors of its result when it has one, and its body.
 * Pure: no I/O.
 */
import type { GqlError } from './classify.js';

export type GqlAnswer<T> =
  | { ok: true; status: number; data: T; errors?: GqlError[] }
  | { ok: false; status: number; errors: GqlError[]; body: string }
  | { ok: 'bad'; status: number; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The execution result in a body, or why it is none. */
function resultOf(text: string, contentType: string | undefined): { data?: unknown; errors?: unknown } | string {
  const type = (contentType ?? '').toLowerCase();
  if (!type.includes('application/graphql-response+json') && !type.includes('application/json')) return `not a GraphQL result (content type ${contentType ?? 'none'})`;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return `the answer is not JSON: ${(e as Error).message}`;
  }
  if (!isObject(v)) return 'Invalid execution result: result is not an object';
  if ('errors' in v && !Array.isArray(v['errors']) && !isObject(v['errors'])) return 'Invalid execution result: errors is not a list';
  if ('data' in v && v['data'] !== null && !isObject(v['data'])) return 'Invalid execution result: data is not an object';
  return v;
}

export function readAnswer<T>(status: number, contentType: string | undefined, text: string): GqlAnswer<T> {
  const r = resultOf(text, contentType);
  if (status >= 200 && status < 300) {
    if (typeof r === 'string') return { ok: 'bad', status, message: r };
    return { ok: true, status, data: r.data as T, ...(Array.isArray(r.errors) ? { errors: r.errors as GqlError[] } : {}) };
  }
  return { ok: false, status, errors: typeof r !== 'string' && Array.isArray(r.errors) ? (r.errors as GqlError[]) : [], body: text };
}
