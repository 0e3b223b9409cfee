import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { TR010 } from './tr010.js';
import { ctx, message } from '../test-kit.js';

const indicated = (f: XmlRecord) => message({ Clienten: { Client: [{ Indicatie: { GeindiceerdeFuncties: { GeindiceerdeFunctie: [f] } } }] } });
const base = '/Bericht/Clienten/Client/Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie';

describe('TR010 Opslag only at the maximum Klasse, never with 99', () => {
  it('reports Opslag below the maximum Klasse at Klasse and Opslag', () => {
    expect(TR010.check(indicated({ FunctieCode: '64', Klasse: 'KD08', Opslag: '5' }), ctx('IO31')).map((f) => f.path)).toEqual([
      `${base}/Klasse`,
      `${base}/Opslag`,
    ]);
    expect(TR010.check(indicated({ FunctieCode: '41', Klasse: 'K6', Opslag: '1' }), ctx('AW33'))).toHaveLength(2);
  });

  it('reports Opslag with Klasse 99 for the other function codes', () => {
    expect(TR010.check(indicated({ FunctieCode: '91', Klasse: '99', Opslag: '1' }), ctx('IO31'))).toHaveLength(2);
    expect(TR010.check(indicated({ FunctieCode: '61', Klasse: 'K1', Opslag: '1' }), ctx('IO31'))).toEqual([]);
  });

  it('passes Opslag at the maximum, and no or empty Opslag', () => {
    for (const [code, max] of [['21', 'K8'], ['31', 'K8'], ['41', 'K7'], ['64', 'KD09'], ['71', 'KE7'], ['81', 'K8'], ['82', 'KD09']]) {
      expect(TR010.check(indicated({ FunctieCode: code, Klasse: max, Opslag: '3' }), ctx('ZK33'))).toEqual([]);
    }
    expect(TR010.check(indicated({ FunctieCode: '21', Klasse: 'K3' }), ctx('IO31'))).toEqual([]);
    expect(TR010.check(indicated({ FunctieCode: '21', Klasse: 'K3', Opslag: ' ' }), ctx('IO31'))).toEqual([]);
  });

  it('checks delivered functions of AW35', () => {
    const m = message({ Clienten: { Client: [{ GeleverdeFuncties: { GeleverdeFunctie: [{ FunctieCode: '21', Klasse: 'K3', Opslag: '2' }] } }] } });
    expect(TR010.check(m, ctx('AW35'))).toHaveLength(2);
  });
});
