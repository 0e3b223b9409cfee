import { describe, expect, it } from 'vitest';
import { CS062 } from './cs062.js';
import { ctx, message } from '../test-kit.js';

const zzp = (z: Record<string, string>) => message({ Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [z] } }] } });

describe('CS062 Leveringsstatus 4 in a MAZ', () => {
  it('reports another Leveringsstatus at it', () => {
    expect(CS062.check(zzp({ Leveringsstatus: '7' }), ctx('AW35'))).toEqual([
      { path: '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket/Leveringsstatus', detail: 'Leveringsstatus 7' },
    ]);
  });
  it('passes 4', () => {
    expect(CS062.check(zzp({ Leveringsstatus: '4' }), ctx('ZK35'))).toEqual([]);
  });
});
