import { describe, expect, it } from 'vitest';
import { CS002, elfProef } from './cs002.js';
import { ctx, message } from '../test-kit.js';

describe('CS002 BSN 11-proef', () => {
  it('knows the 11-proef', () => {
    expect(elfProef('012345672')).toBe(true);
    expect(elfProef('111222333')).toBe(true);
    expect(elfProef('111222334')).toBe(false);
    expect(elfProef('12345678')).toBe(false);
  });

  it('finds each client whose Bsn fails it, at the Bsn', () => {
    const m = message({ Clienten: { Client: [{ Bsn: '012345672' }, { Bsn: '123456789' }] } });
    expect(CS002.check(m, ctx('AW35'))).toEqual([{ path: '/Bericht/Clienten/Client[2]/Bsn', detail: 'Bsn 123456789' }]);
  });

  it('reads the single Client of ZK31 and passes valid BSNs', () => {
    expect(CS002.check(message({ Client: { Bsn: '111222334' } }), ctx('ZK31'))).toEqual([{ path: '/Bericht/Client/Bsn', detail: 'Bsn 111222334' }]);
    expect(CS002.check(message({ Clienten: { Client: [{ Bsn: '012345672' }] } }), ctx('IO31'))).toEqual([]);
  });
});
