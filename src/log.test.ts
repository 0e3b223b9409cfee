import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskBsn } from './log.js';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { lines, stream };
}

describe('log', () => {
  it('masks every nine-digit run but keeps other numbers', () => {
    expect(maskBsn('Bsn 012345672 and 111222333.')).toBe('Bsn ******672 and ******333.');
    expect(maskBsn('AGB 01234567, ts 1732540000123, zk 5501')).toBe('AGB 01234567, ts 1732540000123, zk 5501');
  });

  it('never writes a full BSN, in the message, the fields or child bindings', async () => {
    const { lines, stream } = capture();
    const log = createLogger({ destination: stream }).child({ client: '012345672' });
    log.info({ issue: { message: "The value '111222333' is not accepted" }, list: ['999999990'] }, 'validated client 123456782');
    await new Promise((r) => setImmediate(r));
    const out = lines.join('');
    for (const bsn of ['012345672', '111222333', '999999990', '123456782']) expect(out).not.toContain(bsn);
    expect(out).toContain('******672');
    expect(out).toContain('validated client ******782');
  });
});
