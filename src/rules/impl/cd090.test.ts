import { describe, expect, it } from 'vitest';
import { CD090 } from './cd090.js';
import { ctx, message } from '../test-kit.js';

const aw317 = (statussen: Record<string, string>[]) =>
  message({
    Clienten: {
      Client: [
        {
          Bsn: '012345672',
          Indicaties: {
            Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: [{ Leveringsstatussen: { Leveringsstatus: statussen } }] } }],
          },
        },
      ],
    },
  });
const base = '/Bericht/Clienten/Client/Indicaties/Indicatie/WachtlijstZorgzwaartepakketten/WachtlijstZorgzwaartepakket/Leveringsstatussen';

describe('CD090 LeveringsstatusClassificatie iff Leveringsstatus 2, 3, 6 or 7', () => {
  it('AW317: a classificatie with status 4 and none with status 7 are reported', () => {
    const m = aw317([
      { Leveringsstatus: '4', LeveringsstatusClassificatie: '10' },
      { Leveringsstatus: '7' },
      { Leveringsstatus: '2', LeveringsstatusClassificatie: '15' },
      { Leveringsstatus: '5' },
    ]);
    expect(CD090.check(m, ctx('AW317')).map((f) => f.path)).toEqual([
      `${base}/Leveringsstatus[1]/Leveringsstatus`,
      `${base}/Leveringsstatus[1]/LeveringsstatusClassificatie`,
      `${base}/Leveringsstatus[2]/Leveringsstatus`,
    ]);
  });

  it('AW39/ZK39 MutatieZorgzwaartepakket and ZK31 ToegewezenZorgzwaartepakket', () => {
    const aw39 = message({ Clienten: { Client: [{ MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ Leveringsstatus: '6' }] } }] } });
    expect(CD090.check(aw39, ctx('AW39')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/Leveringsstatus',
    ]);
    const zk31 = message({
      Client: { Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Leveringsstatus: '3', LeveringsstatusClassificatie: '13' }, { Leveringsstatus: '4', LeveringsstatusClassificatie: ' ' }] } } },
    });
    expect(CD090.check(zk31, ctx('ZK31'))).toEqual([]);
  });

  it('applies to AW39, AW317, ZK31 and ZK39 only', () => {
    expect([...CD090.kinds].sort()).toEqual(['AW317', 'AW39', 'ZK31', 'ZK39']);
  });
});
