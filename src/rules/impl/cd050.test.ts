import { describe, expect, it } from 'vitest';
import { CD050 } from './cd050.js';
import { ctx, message } from '../test-kit.js';

const zzp = (rec: Record<string, string>) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [rec] } } }] } });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket';

describe('CD050 CoordinatorZorgThuis iff MPT', () => {
  it('reports MPT without CoordinatorZorgThuis and Verblijf with it', () => {
    expect(CD050.check(zzp({ Leveringsvorm: '7' }), ctx('AW33')).map((f) => f.path)).toEqual([`${P}/Leveringsvorm`]);
    expect(CD050.check(zzp({ Leveringsvorm: '4', CoordinatorZorgThuis: '07301234' }), ctx('ZK33')).map((f) => f.path)).toEqual([
      `${P}/Leveringsvorm`,
      `${P}/CoordinatorZorgThuis`,
    ]);
  });

  it('passes MPT with CoordinatorZorgThuis and others without', () => {
    expect(CD050.check(zzp({ Leveringsvorm: '7', CoordinatorZorgThuis: '07301234' }), ctx('AW33'))).toEqual([]);
    expect(CD050.check(zzp({ Leveringsvorm: '2' }), ctx('AW33'))).toEqual([]);
  });

  it('checks the Aanvraag of AW39', () => {
    const m = message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Leveringsvorm: '7' }] } }] } });
    expect(CD050.check(m, ctx('AW39'))).toHaveLength(1);
  });
});
