/**
 * The answer to an execution result without errors, written as graphql-http writes it but
 * without its JSON.stringify replacer. graphql-http stringifies every result with a replacer that
 * turns non-GraphQL Error objects into `{message}`; a replacer is called for every key and value
 * and takes JSON.stringify off its fast path (~57 against ~31 µs for the average template
 * answer). The data of a result cannot hold an Error (a resolver's Error becomes an entry of
 * `errors`; the register schemas' leaves are strings, numbers, booleans and nulls), so for a
 * result without errors the replacer changes nothing: graphql-http's onOperation hook answers it
 * here with the same body, status and headers. Results with errors take graphql-http's own way.
 */
import type { ExecutionResult } from './gql.js';
import type { Request, Response } from 'graphql-http';

/** graphql-http's media type negotiation (handler.mjs), which only it sees: null for a 406 (never reaches here). */
export function acceptedMediaType(accept: string | null | undefined): 'application/graphql-response+json' | 'application/json' | null {
  for (const part of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType, ...params] = part.split(';');
    const charset = params.find((p) => p.includes('charset=')) || 'charset=utf-8';
    if (mediaType === 'application/graphql-response+json' && charset === 'charset=utf-8') return 'application/graphql-response+json';
    if ((mediaType === 'application/json' || mediaType === 'application/*' || mediaType === '*/*') && (charset === 'charset=utf-8' || charset === 'charset=utf8')) return 'application/json';
  }
  return null;
}

/** graphql-http onOperation: the answer of a result without errors; nothing (graphql-http answers) otherwise. */
export function plainAnswer(req: Request<unknown, unknown>, _args: unknown, result: ExecutionResult): Response | undefined {
  if (typeof result !== 'object' || result === null || result.errors || Symbol.asyncIterator in result) return undefined;
  // graphql-http's getHeader
  const headers = req.headers as { get?: (key: string) => string | null } & Record<string, unknown>;
  const accept = typeof headers.get === 'function' ? headers.get('accept') : headers['accept'];
  const type = acceptedMediaType(typeof accept === 'string' ? accept : undefined);
  if (!type) return undefined;
  return [JSON.stringify(result), { status: 200, statusText: 'OK', headers: { 'content-type': `${type}; charset=utf-8` } }];
}
