import { describe, expect, it } from 'vitest';
import { CD051 } from './cd051.js';
import { ctx, message } from '../test-kit.js';

const zzp = (rec: Record<string, string>) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [rec] } } }] } });

describe('CD051 Klasse iff Verblijf or VPT', () => {
  it('reports Verblijf/VPT without Klasse and DTV with Klasse', () => {
    expect(CD051.check(zzp({ Leveringsvorm: '5' }), ctx('AW33'))).toHaveLength(1);
    expect(CD051.check(zzp({ Klasse: 'KE5', Leveringsvorm: '8' }), ctx('ZK33'))).toHaveLength(2);
  });

  it('passes the right combinations', () => {
    expect(CD051.check(zzp({ Klasse: 'KE5', Leveringsvorm: '4' }), ctx('AW33'))).toEqual([]);
    expect(CD051.check(zzp({ Leveringsvorm: '7' }), ctx('AW33'))).toEqual([]);
  });

  it('checks GeleverdZorgzwaartepakket and Aanvraag', () => {
    const aw35 = message({ Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [{ Leveringsvorm: '4' }] } }] } });
    expect(CD051.check(aw35, ctx('AW35')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket/Leveringsvorm']);
    const aw39 = message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Klasse: 'KE4', Leveringsvorm: '7' }] } }] } });
    expect(CD051.check(aw39, ctx('ZK39'))).toHaveLength(2);
  });
});
