/** New trace ids come from a pool of random bytes: every one is fresh, across refills of the pool. */
import { describe, expect, it } from 'vitest';
import { traceIdOf } from './request-log.js';

describe('traceIdOf without an incoming id', () => {
  it('gives distinct 32-hex ids, across several refills of the pool', () => {
    const ids = Array.from({ length: 1000 }, () => traceIdOf({}));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
