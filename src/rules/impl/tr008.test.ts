import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { TR008 } from './tr008.js';
import { ctx, message } from '../test-kit.js';

const geleverd = (...f: XmlRecord[]) => message({ Clienten: { Client: [{ GeleverdeFuncties: { GeleverdeFunctie: f } }] } });

describe('TR008 Klasse fits the FunctieCode', () => {
  it('reports a Klasse of another function at FunctieCode and Klasse', () => {
    const m = geleverd({ FunctieCode: '21', Klasse: 'K3' }, { FunctieCode: '21', Klasse: 'KD05' });
    expect(TR008.check(m, ctx('AW35')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/GeleverdeFuncties/GeleverdeFunctie[2]/FunctieCode',
      '/Bericht/Clienten/Client/GeleverdeFuncties/GeleverdeFunctie[2]/Klasse',
    ]);
  });

  it('knows every function group', () => {
    const bad: [string, string][] = [['41', 'K8'], ['61', 'K1'], ['91', 'KD01'], ['64', 'KD10'], ['82', 'K1'], ['71', '99']];
    for (const [code, klasse] of bad) expect(TR008.check(geleverd({ FunctieCode: code, Klasse: klasse }), ctx('ZK35'))).toHaveLength(2);
    const good: [string, string][] = [['41', 'K0'], ['62', '99'], ['63', '99'], ['64', 'KD09'], ['71', 'KE7'], ['81', 'K8'], ['31', 'K1']];
    for (const [code, klasse] of good) expect(TR008.check(geleverd({ FunctieCode: code, Klasse: klasse }), ctx('ZK35'))).toEqual([]);
  });

  it('checks indicated and assigned functions in the indicatie', () => {
    const m = message({
      Client: {
        Indicatie: {
          GeindiceerdeFuncties: { GeindiceerdeFunctie: [{ FunctieCode: '71', Klasse: 'KE3' }] },
          ToegewezenFuncties: { ToegewezenFunctie: [{ FunctieCode: '71', Klasse: 'K3' }] },
        },
      },
    });
    expect(TR008.check(m, ctx('ZK31')).map((f) => f.path)).toEqual([
      '/Bericht/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/FunctieCode',
      '/Bericht/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie/Klasse',
    ]);
  });
});
