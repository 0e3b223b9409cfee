import { describe, expect, it } from 'vitest';
import { CD072 } from './cd072.js';
import { ctx, message } from '../test-kit.js';

const zzp = (rec: Record<string, string>) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [rec] } } }] } });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket';

describe('CD072 Etmalen iff DTV', () => {
  it('reports a DTV toewijzing without Etmalen at Leveringsvorm', () => {
    expect(CD072.check(zzp({ Leveringsvorm: '8' }), ctx('AW33')).map((f) => f.path)).toEqual([`${P}/Leveringsvorm`]);
  });

  it('reports Etmalen on another Leveringsvorm at both elements', () => {
    expect(CD072.check(zzp({ Etmalen: '4,0', Leveringsvorm: '4' }), ctx('ZK33')).map((f) => f.path).sort()).toEqual([`${P}/Etmalen`, `${P}/Leveringsvorm`]);
  });

  it('passes DTV with Etmalen and others without', () => {
    expect(CD072.check(zzp({ Etmalen: '4,5', Leveringsvorm: '8' }), ctx('AW33'))).toEqual([]);
    expect(CD072.check(zzp({ Leveringsvorm: '7' }), ctx('AW33'))).toEqual([]);
  });

  it('checks Aanvraag, Wachtlijst, GeleverdeZorg and GeleverdZorgzwaartepakket', () => {
    const aw39 = message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Leveringsvorm: '7', Etmalen: '3,5' }, { Leveringsvorm: '8' }] } }] } });
    expect(CD072.check(aw39, ctx('AW39')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag[1]/Leveringsvorm',
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag[1]/Etmalen',
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag[2]/Leveringsvorm',
    ]);
    const ca317 = message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: [{ Leveringsvorm: '8' }] } }] } });
    expect(CD072.check(ca317, ctx('CA317')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg/Leveringsvorm']);
    const aw317 = message({
      Clienten: { Client: [{ Indicaties: { Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: [{ Leveringsvorm: '8' }] } }] } }] },
    });
    expect(CD072.check(aw317, ctx('AW317'))).toHaveLength(1);
    const aw35 = message({ Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [{ Leveringsvorm: '8' }] } }] } });
    expect(CD072.check(aw35, ctx('ZK35'))).toHaveLength(1);
  });

  it('reads the single Client of ZK31', () => {
    const m = message({ Client: { Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Leveringsvorm: '8' }] } } } });
    expect(CD072.check(m, ctx('ZK31')).map((f) => f.path)).toEqual(['/Bericht/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Leveringsvorm']);
  });
});
