import { describe, expect, it } from 'vitest';
import { CS131 } from './cs131.js';
import { ctx, message } from '../test-kit.js';

const zk39 = (records: Record<string, string>[]) =>
  message({ Clienten: { Client: [{ MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: records } }] } });
const at = (i: number, leaf: string) => `/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket[${i}]/${leaf}`;

describe('CS131 classificatie fits the Leveringsstatus', () => {
  it('accepts the classificaties of each status', () => {
    const m = zk39([
      { Leveringsstatus: '6', LeveringsstatusClassificatie: '08' },
      { Leveringsstatus: '7', LeveringsstatusClassificatie: '09' },
      { Leveringsstatus: '2', LeveringsstatusClassificatie: '16' },
      { Leveringsstatus: '3', LeveringsstatusClassificatie: '19' },
      { Leveringsstatus: '4', LeveringsstatusClassificatie: '01' },
      { Leveringsstatus: '5' },
    ]);
    expect(CS131.check(m, ctx('ZK39'))).toEqual([]);
  });

  it('reports a wrong or missing classificatie at status and classificatie', () => {
    const m = zk39([
      { Leveringsstatus: '6', LeveringsstatusClassificatie: '09' },
      { Leveringsstatus: '3', LeveringsstatusClassificatie: '16' },
      { Leveringsstatus: '7' },
    ]);
    expect(CS131.check(m, ctx('ZK39')).map((f) => f.path)).toEqual([
      at(1, 'Leveringsstatus'),
      at(1, 'LeveringsstatusClassificatie'),
      at(2, 'Leveringsstatus'),
      at(2, 'LeveringsstatusClassificatie'),
      at(3, 'Leveringsstatus'),
    ]);
  });

  it('reads the AW317 Leveringsstatussen', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            Indicaties: {
              Indicatie: [
                {
                  WachtlijstZorgzwaartepakketten: {
                    WachtlijstZorgzwaartepakket: [{ Leveringsstatussen: { Leveringsstatus: [{ Leveringsstatus: '7', LeveringsstatusClassificatie: '13' }] } }],
                  },
                },
              ],
            },
          },
        ],
      },
    });
    expect(CS131.check(m, ctx('AW317'))).toHaveLength(2);
  });
});
