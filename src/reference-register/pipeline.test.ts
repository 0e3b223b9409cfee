/** pathOf: the pathname node's URL gives, without parsing a URL for a plain path. */
import { describe, expect, it } from 'vitest';
import { pathOf } from './pipeline.js';

describe('pathOf', () => {
  it.each(['/bemiddelingsregister/graphql', '/a/b?x=1', '/', '/a//b', '/a/./b', '/a/../b', '/a/%41', '/a?', '/a#x', '//x/y', '///x', '/a b', '/A_b-c/graphql?query=%7B', '/a\\b', '/a/.', '/é'])('%s as URL gives it', (u) => {
    expect(pathOf(u)).toBe(new URL(u, 'http://localhost').pathname);
  });
});
