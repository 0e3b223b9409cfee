import { describe, expect, it } from 'vitest';
import { TR124 } from './tr124.js';
import { ctx, message } from '../test-kit.js';

const zzp = (rec: Record<string, string>) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [rec] } } }] } });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket';

describe('TR124 DTV toewijzing starts on or after 2020-01-01', () => {
  it('reports a DTV toewijzing starting in 2019', () => {
    expect(TR124.check(zzp({ Ingangsdatum: '2019-12-31', Leveringsvorm: '8' }), ctx('AW33')).map((f) => f.path)).toEqual([`${P}/Ingangsdatum`, `${P}/Leveringsvorm`]);
  });

  it('passes DTV from 2020-01-01 and other Leveringsvormen before it', () => {
    expect(TR124.check(zzp({ Ingangsdatum: '2020-01-01', Leveringsvorm: '8' }), ctx('ZK33'))).toEqual([]);
    expect(TR124.check(zzp({ Ingangsdatum: '2019-01-01', Leveringsvorm: '4' }), ctx('ZK31'))).toEqual([]);
  });
});
