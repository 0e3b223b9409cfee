import { describe, expect, it } from 'vitest';
import { pooledRandomBytes } from './random-pool.js';

describe('pooledRandomBytes', () => {
  it('gives the length asked for, never the same bytes twice across a refill', () => {
    const seen = new Set<string>();
    // 4096 / 16 = 256 ids per pool: 600 ids cross two refills.
    for (let i = 0; i < 600; i++) {
      const b = pooledRandomBytes(16);
      expect(b.length).toBe(16);
      seen.add(b.toString('hex'));
    }
    expect(seen.size).toBe(600);
  });

  it('serves a request larger than the pool from crypto directly', () => {
    expect(pooledRandomBytes(5000).length).toBe(5000);
  });
});
