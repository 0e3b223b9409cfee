import { describe, expect, it } from 'vitest';
import { CS107 } from './cs107.js';
import { ctx, message } from '../test-kit.js';

describe('CS107 Vervoer 1 or 2', () => {
  it('reports Vervoer 9 in indicated and assigned functions', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            Indicatie: {
              GeindiceerdeFuncties: { GeindiceerdeFunctie: [{ FunctieCode: '64', Vervoer: '9' }, { FunctieCode: '82', Vervoer: '1' }] },
              ToegewezenFuncties: { ToegewezenFunctie: [{ FunctieCode: '64', Vervoer: '9' }] },
            },
          },
        ],
      },
    });
    expect(CS107.check(m, ctx('AW33')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie[1]/Vervoer',
      '/Bericht/Clienten/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/Vervoer',
    ]);
  });

  it('passes functions without Vervoer', () => {
    expect(CS107.check(message({ Client: { Indicatie: { GeindiceerdeFuncties: { GeindiceerdeFunctie: [{ FunctieCode: '21' }] } } } }), ctx('ZK31'))).toEqual([]);
  });
});
