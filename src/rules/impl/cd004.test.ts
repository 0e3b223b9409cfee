import { describe, expect, it } from 'vitest';
import { CD004 } from './cd004.js';
import { ctx, message } from '../test-kit.js';

const zzp = (z: Record<string, string>) => message({ Clienten: { Client: [{ Bsn: '012345672', GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [z] } }] } });
const P = '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket';

describe('CD004 Sleuteldatum only with Leveringsvorm 4', () => {
  it('reports a Sleuteldatum with another Leveringsvorm at Sleuteldatum and Leveringsvorm', () => {
    const f = CD004.check(zzp({ Sleuteldatum: '2026-01-01', Leveringsvorm: '5' }), ctx('AW35'));
    expect(f.map((x) => x.path)).toEqual([`${P}/Sleuteldatum`, `${P}/Leveringsvorm`]);
  });

  it('passes Verblijf with a Sleuteldatum and any Leveringsvorm without one', () => {
    expect(CD004.check(zzp({ Sleuteldatum: '2026-01-01', Leveringsvorm: '4' }), ctx('ZK35'))).toEqual([]);
    expect(CD004.check(zzp({ Leveringsvorm: '7' }), ctx('AW35'))).toEqual([]);
  });

  it('indexes repeated records', () => {
    const m = message({
      Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [{ Leveringsvorm: '4', Sleuteldatum: '2026-01-01' }, { Leveringsvorm: '8', Sleuteldatum: '2026-01-01' }] } }] },
    });
    expect(CD004.check(m, ctx('AW35')).map((x) => x.path)).toEqual([`${P}[2]/Sleuteldatum`, `${P}[2]/Leveringsvorm`]);
  });
});
