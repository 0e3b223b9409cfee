import { describe, expect, it } from 'vitest';
import { CS088 } from './cs088.js';
import { ctx, message } from '../test-kit.js';

const zzp = (z: Record<string, string>) => message({ Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [z] } }] } });
const P = '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket';

describe('CS088 Sleuteldatum before Begindatum', () => {
  it('reports a Sleuteldatum on or after the Begindatum at both', () => {
    for (const s of ['2026-09-16', '2026-09-20']) {
      const f = CS088.check(zzp({ Begindatum: '2026-09-16', Sleuteldatum: s }), ctx('AW35'));
      expect(f.map((x) => x.path)).toEqual([`${P}/Begindatum`, `${P}/Sleuteldatum`]);
    }
  });
  it('passes an earlier Sleuteldatum or none', () => {
    expect(CS088.check(zzp({ Begindatum: '2026-09-16', Sleuteldatum: '2026-09-15' }), ctx('ZK35'))).toEqual([]);
    expect(CS088.check(zzp({ Begindatum: '2026-09-16' }), ctx('AW35'))).toEqual([]);
  });
});
