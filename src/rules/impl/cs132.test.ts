import { describe, expect, it } from 'vitest';
import { CS132 } from './cs132.js';
import { ctx, message } from '../test-kit.js';

describe('CS132 Leveringsvorm is not 9 (VKB)', () => {
  it('reports a VKB toewijzing at Leveringsvorm', () => {
    const m = message({ Client: { Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Leveringsvorm: '4' }, { Leveringsvorm: '9' }] } } } });
    expect(CS132.check(m, ctx('ZK31')).map((f) => f.path)).toEqual(['/Bericht/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[2]/Leveringsvorm']);
  });

  it('reports a VKB Wachtlijst record and passes others', () => {
    const m = (lv: string) =>
      message({ Clienten: { Client: [{ Indicaties: { Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: [{ Leveringsvorm: lv }] } }] } }] } });
    expect(CS132.check(m('9'), ctx('AW317'))).toHaveLength(1);
    expect(CS132.check(m('8'), ctx('AW317'))).toEqual([]);
  });
});
