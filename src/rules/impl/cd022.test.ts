import { describe, expect, it } from 'vitest';
import { CD022 } from './cd022.js';
import { ctx, message } from '../test-kit.js';

describe('CD022 Vervoer iff FunctieCode 64 or 82', () => {
  it('reports indicated and assigned functions at FunctieCode (and Vervoer when present)', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            Indicatie: {
              GeindiceerdeFuncties: { GeindiceerdeFunctie: [{ FunctieCode: '64' }, { FunctieCode: '82', Vervoer: '1' }] },
              ToegewezenFuncties: { ToegewezenFunctie: [{ FunctieCode: '21', Vervoer: '2' }] },
            },
          },
        ],
      },
    });
    expect(CD022.check(m, ctx('AW33')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie[1]/FunctieCode',
      '/Bericht/Clienten/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/FunctieCode',
      '/Bericht/Clienten/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/Vervoer',
    ]);
  });

  it('passes functions without Vervoer that need none', () => {
    const m = message({ Client: { Indicatie: { GeindiceerdeFuncties: { GeindiceerdeFunctie: [{ FunctieCode: '21' }] } } } });
    expect(CD022.check(m, ctx('ZK31'))).toEqual([]);
  });
});
