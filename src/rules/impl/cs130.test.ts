import { describe, expect, it } from 'vitest';
import { CS130 } from './cs130.js';
import { ctx, message } from '../test-kit.js';

const zzp = (rec: Record<string, string>) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [rec] } } }] } });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket';

describe('CS130 whole percent unless PGB', () => {
  it('reports a percentage with hundredths at Leveringsvorm and ToewijzingPercentage', () => {
    expect(CS130.check(zzp({ ToewijzingPercentage: '5050', Leveringsvorm: '7' }), ctx('ZK33')).map((f) => f.path)).toEqual([
      `${P}/Leveringsvorm`,
      `${P}/ToewijzingPercentage`,
    ]);
  });

  it('accepts 1% to 100% in whole percents only', () => {
    for (const ok of ['100', '900', '1000', '5000', '9900', '10000']) expect(CS130.check(zzp({ ToewijzingPercentage: ok, Leveringsvorm: '4' }), ctx('ZK31'))).toEqual([]);
    for (const bad of ['0', '99', '050', '10001', '100000', '1050']) expect(CS130.check(zzp({ ToewijzingPercentage: bad, Leveringsvorm: '4' }), ctx('ZK31'))).toHaveLength(2);
  });

  it('skips PGB and reports a missing percentage at Leveringsvorm', () => {
    expect(CS130.check(zzp({ ToewijzingPercentage: '7525', Leveringsvorm: '2' }), ctx('ZK33'))).toEqual([]);
    expect(CS130.check(zzp({ Leveringsvorm: '5' }), ctx('ZK33')).map((f) => f.path)).toEqual([`${P}/Leveringsvorm`]);
  });
});
