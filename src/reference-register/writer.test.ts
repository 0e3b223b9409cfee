import { describe, expect, it } from 'vitest';
import { buildSchema, execute, type ExecutionResult, parse } from './gql.js';
import { plainResult } from './writer.js';

/** What crosses from the writer to a worker serialises as the result itself does (graphql-http JSON.stringifies it). */
describe('plainResult', () => {
  const schema = buildSchema('type Query { a: String b: Int } type Mutation { m(x: Int): String }');
  const root = { a: () => 'x', b: () => { throw new Error('boom'); }, m: () => { throw Object.assign(new Error('refused'), { extensions: { code: 'BAD_USER_INPUT' } }); } };
  it('keeps a result without errors as it is, and writes errors as their JSON', () => {
    const ok = execute({ schema, document: parse('{ a }'), rootValue: root }) as ExecutionResult;
    expect(plainResult(ok)).toBe(ok);
    for (const q of ['{ a b }', 'mutation { m(x: 1) }']) {
      const r = execute({ schema, document: parse(q), rootValue: root }) as ExecutionResult;
      expect(r.errors?.length).toBe(1);
      const plain = plainResult(r);
      expect(Object.keys(plain)).toEqual(Object.keys(r));
      expect(plain.errors![0]).not.toBeInstanceOf(Error);
      expect(structuredClone(plain)).toEqual(plain);
      expect(JSON.stringify(structuredClone(plain))).toBe(JSON.stringify(r));
    }
  });
});
