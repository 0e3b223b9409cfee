import { describe, expect, it } from 'vitest';
import { CS127 } from './cs127.js';
import { ctx, message } from '../test-kit.js';

describe('CS127 Leveringsvorm not 2 or 9', () => {
  it('reports PGB and VKB in MAZ zzp, MUT zzp and Aanvraag', () => {
    const maz = message({ Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [{ Leveringsvorm: '9' }] } }] } });
    expect(CS127.check(maz, ctx('AW35')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket/Leveringsvorm']);
    const mut = message({
      Clienten: { Client: [{ MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ Leveringsvorm: '2' }] }, Aanvragen: { Aanvraag: [{ Leveringsvorm: '4' }, { Leveringsvorm: '2' }] } }] },
    });
    expect(CS127.check(mut, ctx('AW39')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/Leveringsvorm',
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag[2]/Leveringsvorm',
    ]);
  });
  it('passes other forms', () => {
    const m = message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Leveringsvorm: '8' }] } }] } });
    expect(CS127.check(m, ctx('ZK39'))).toEqual([]);
  });
});
