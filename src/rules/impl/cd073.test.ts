import { describe, expect, it } from 'vitest';
import { CD073 } from './cd073.js';
import { ctx, message } from '../test-kit.js';

const zzp = (rec: Record<string, string>) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [rec] } } }] } });

describe('CD073 Dossierhouder iff Verblijf, VPT, DTV (or VKB)', () => {
  it('reports Verblijf/VPT/DTV/VKB without Dossierhouder', () => {
    for (const lv of ['4', '5', '8', '9']) expect(CD073.check(zzp({ Leveringsvorm: lv }), ctx('AW33'))).toHaveLength(1);
  });

  it('reports MPT/PGB with Dossierhouder', () => {
    expect(CD073.check(zzp({ Leveringsvorm: '7', Dossierhouder: '07301234' }), ctx('ZK31'))).toHaveLength(2);
  });

  it('passes the right combinations', () => {
    expect(CD073.check(zzp({ Leveringsvorm: '4', Dossierhouder: '07301234' }), ctx('AW33'))).toEqual([]);
    expect(CD073.check(zzp({ Leveringsvorm: '2' }), ctx('AW33'))).toEqual([]);
  });

  it('CA317 checks Instelling instead', () => {
    const m = message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: [{ Leveringsvorm: '9' }, { Leveringsvorm: '7', Instelling: '07301234' }] } }] } });
    expect(CD073.check(m, ctx('CA317')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg[1]/Leveringsvorm',
      '/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg[2]/Leveringsvorm',
      '/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg[2]/Instelling',
    ]);
  });
});
