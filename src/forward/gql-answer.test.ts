import { describe, expect, it } from 'vitest';
import { readAnswer } from './gql-answer.js';

const JSON_TYPE = 'application/graphql-response+json; charset=utf-8';

describe('readAnswer', () => {
  it('a 2xx GraphQL result: its data, and its errors when it has any', () => {
    expect(readAnswer(200, JSON_TYPE, '{"data":{"a":1}}')).toEqual({ ok: true, status: 200, data: { a: 1 } });
    expect(readAnswer(200, 'application/json', '{"data":{"m0":null},"errors":[{"message":"x","path":["m0"]}]}')).toEqual({ ok: true, status: 200, data: { m0: null }, errors: [{ message: 'x', path: ['m0'] }] });
  });

  it('a 2xx answer that is not a GraphQL result is bad', () => {
    expect(readAnswer(200, 'text/html', '<html>proxy</html>')).toMatchObject({ ok: 'bad', message: expect.stringMatching(/content type text\/html/) });
    expect(readAnswer(200, JSON_TYPE, '{"data":')).toMatchObject({ ok: 'bad', message: expect.stringMatching(/not JSON/) });
    expect(readAnswer(200, JSON_TYPE, '[1]')).toMatchObject({ ok: 'bad' });
    expect(readAnswer(200, JSON_TYPE, '{"data":7}')).toMatchObject({ ok: 'bad' });
  });

  it('a non-2xx answer keeps the errors of its result, and its body', () => {
    expect(readAnswer(400, JSON_TYPE, '{"errors":[{"message":"bad variable"}]}')).toEqual({ ok: false, status: 400, errors: [{ message: 'bad variable' }], body: '{"errors":[{"message":"bad variable"}]}' });
    expect(readAnswer(500, 'text/plain', 'boom')).toEqual({ ok: false, status: 500, errors: [], body: 'boom' });
  });
});
