import { describe, expect, it } from 'vitest';
import { TR037 } from './tr037.js';
import { ctx, message } from '../test-kit.js';

describe('TR037 an Indicatie has at least one geindiceerde unit', () => {
  it('reports an Indicatie with only toewijzingen', () => {
    const m = message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{}] } } }, { Indicatie: {} }] } });
    expect(TR037.check(m, ctx('AW33')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[1]/Indicatie', '/Bericht/Clienten/Client[2]/Indicatie']);
  });

  it('passes an Indicatie with a GeindiceerdeFunctie or GeindiceerdZorgzwaartepakket', () => {
    expect(TR037.check(message({ Client: { Indicatie: { GeindiceerdeFuncties: { GeindiceerdeFunctie: [{}] } } } }), ctx('ZK31'))).toEqual([]);
    expect(TR037.check(message({ Clienten: { Client: [{ Indicatie: { GeindiceerdeZorgzwaartepakketten: { GeindiceerdZorgzwaartepakket: [{}] } } }] } }), ctx('ZK33'))).toEqual([]);
  });
});
