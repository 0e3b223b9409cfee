import { describe, expect, it } from 'vitest';
import { CS072 } from './cs072.js';
import { ctx, message } from '../test-kit.js';

describe('CS072 Soort is not 5 (administratief)', () => {
  const tf = message({
    Clienten: { Client: [{ Indicatie: { ToegewezenFuncties: { ToegewezenFunctie: [{ Soort: '1' }, { Soort: '5' }] }, ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Soort: '5' }] } } }] },
  });

  it('reports a ToegewezenFunctie with Soort 5, not a ToegewezenZorgzwaartepakket', () => {
    expect(CS072.check(tf, ctx('AW33')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie[2]/Soort']);
  });

  it('reports AanvraagInstelling and Wachtlijst Soort 5', () => {
    const aw39 = message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ AanvraagInstellingen: { AanvraagInstelling: [{ Soort: '5' }] } }] } }] } });
    expect(CS072.check(aw39, ctx('ZK39')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/Aanvragen/Aanvraag/AanvraagInstellingen/AanvraagInstelling/Soort']);
    const aw317 = message({
      Clienten: { Client: [{ Indicaties: { Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: [{ Soort: '3' }] } }] } }] },
    });
    expect(CS072.check(aw317, ctx('AW317'))).toEqual([]);
  });
});
