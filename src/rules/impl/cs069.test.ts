import { describe, expect, it } from 'vitest';
import { CS069 } from './cs069.js';
import { ctx, message } from '../test-kit.js';

describe('CS069 Huisarts starts with 01', () => {
  it('reports a Huisarts AGB code of another kind of care provider', () => {
    const m = message({ Clienten: { Client: [{ Huisarts: '01012345' }, { Huisarts: '02012345' }, {}] } });
    expect(CS069.check(m, ctx('AW33'))).toEqual([{ path: '/Bericht/Clienten/Client[2]/Huisarts', detail: 'Huisarts 02012345' }]);
  });

  it('passes a huisarts on ZK31', () => {
    expect(CS069.check(message({ Client: { Huisarts: '01098765' } }), ctx('ZK31'))).toEqual([]);
  });
});
