import { describe, expect, it } from 'vitest';
import { CA319 } from '../../test/helpers/sample.js';
import { XSD_DIR } from '../../test/helpers/paths.js';
import { WorkerPool } from './worker-pool.js';

describe('WorkerPool', () => {
  it('validates on two threads with the same results as in process', async () => {
    const pool = await WorkerPool.start(2, { xsdDir: XSD_DIR });
    try {
      const good = Buffer.from(CA319);
      const bad = Buffer.from(CA319.replace('<Bsn>111222333</Bsn>', '<Bsn>x</Bsn>'));
      const results = await Promise.all([good, bad, good, bad].map((b, i) => pool.validate(b, { file: `m${i}.xml`, read: i === 0 })));
      expect(results.map((r) => r.valid)).toEqual([true, false, true, false]);
      expect(results[1]!.issues[0]).toMatchObject({ code: 'XSD_INVALID', path: '/Bericht/Clienten/Client[2]/Bsn', file: 'm1.xml' });
      expect((results[0]!.message as { Header: { Afzender: string } }).Header.Afzender).toBe('5501');
    } finally {
      await pool.close();
    }
  });
});
