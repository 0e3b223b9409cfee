import { describe, expect, it } from 'vitest';
import { TR034 } from './tr034.js';
import { ctx, message } from '../test-kit.js';

describe('TR034 no Opslag for FunctieCode 71', () => {
  it('reports FunctieCode 71 with Opslag at both', () => {
    const m = message({ Clienten: { Client: [{ GeleverdeFuncties: { GeleverdeFunctie: [{ FunctieCode: '21', Opslag: '1' }, { FunctieCode: '71', Klasse: 'KE7', Opslag: '3' }] } }] } });
    expect(TR034.check(m, ctx('AW35')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/GeleverdeFuncties/GeleverdeFunctie[2]/FunctieCode',
      '/Bericht/Clienten/Client/GeleverdeFuncties/GeleverdeFunctie[2]/Opslag',
    ]);
  });

  it('checks indicated and assigned functions and passes 71 without Opslag', () => {
    const m = message({
      Client: {
        Indicatie: {
          GeindiceerdeFuncties: { GeindiceerdeFunctie: [{ FunctieCode: '71', Klasse: 'KE7' }] },
          ToegewezenFuncties: { ToegewezenFunctie: [{ FunctieCode: '71', Klasse: 'KE7', Opslag: '1' }] },
        },
      },
    });
    expect(TR034.check(m, ctx('ZK31')).map((f) => f.path)).toEqual([
      '/Bericht/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/FunctieCode',
      '/Bericht/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/Opslag',
    ]);
  });
});
