/** plainAnswer answers exactly as graphql-http does without it: same body, status and headers, for every Accept header. */
import { createHandler, type Request } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { buildSchema, type GraphQLSchema } from './gql.js';
import { acceptedMediaType, plainAnswer } from './plain-answer.js';

const schema: GraphQLSchema = buildSchema(`
  type Query { items(n: Int!): [Item!]!, broken: String, nothing: Item }
  type Item { code: String, n: Int, x: Float, ok: Boolean, sub: Item }
`);
const item = (i: number): Record<string, unknown> => ({ code: ['007', 'é"\\\n', '😀', '', null][i % 5], n: i % 3 ? i : null, x: i / 7, ok: i % 2 === 0, sub: i % 4 ? item(i + 1) : null });
const rootValue = {
  items: ({ n }: { n: number }) => Array.from({ length: n }, (_, i) => item(i)),
  broken: () => { throw new Error('kaput'); },
  nothing: () => null,
};
const withPlain = createHandler({ schema, rootValue, onOperation: plainAnswer });
const without = createHandler({ schema, rootValue });

const ACCEPTS = [undefined, '', '*/*', 'application/json', 'application/graphql-response+json', 'application/graphql-response+json; charset=utf-8', 'application/json;charset=utf8',
  'text/html, application/json', 'application/*', 'application/graphql-response+json;charset=latin1, application/json', 'APPLICATION/JSON', 'text/plain'];
const QUERIES = ['{ items(n: 9) { code n x ok sub { code sub { n } } } }', '{ nothing { code } }', '{ broken }', '{ items(n: 2) { code } broken }', '{ items(n: "x") { code } }', '{ nope }', 'query Q($n: Int!) { items(n: $n) { n } }'];

function request(query: string, accept: string | undefined): Request<unknown, unknown> {
  return { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...(accept === undefined ? {} : { accept }) }, body: JSON.stringify({ query, variables: { n: 3 } }), raw: undefined, context: undefined };
}

describe('plainAnswer: graphql-http answer without the stringify replacer', () => {
  it('gives the same response as graphql-http for every query and Accept header', async () => {
    let plain = 0;
    for (const query of QUERIES) {
      for (const accept of ACCEPTS) {
        const a = await withPlain(request(query, accept));
        const b = await without(request(query, accept));
        expect(a).toEqual(b);
        if (a[0]?.startsWith('{"data":{"items"') && !a[0].includes('"errors"')) plain += 1;
      }
    }
    // the error-free answers (the ones plainAnswer writes) were among them, for every acceptable media type
    expect(plain).toBe(2 * ACCEPTS.filter((x) => acceptedMediaType(x) !== null).length);
  });
  it('leaves results with errors to graphql-http', () => {
    expect(plainAnswer(request('{ broken }', undefined), undefined, { data: { broken: null }, errors: [] })).toBeUndefined();
  });
  it('negotiates like graphql-http', () => {
    expect(acceptedMediaType(undefined)).toBe('application/json');
    expect(acceptedMediaType('application/graphql-response+json, application/json')).toBe('application/graphql-response+json');
    expect(acceptedMediaType('text/plain')).toBeNull();
  });
});
