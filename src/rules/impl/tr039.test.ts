import { describe, expect, it } from 'vitest';
import { TR039 } from './tr039.js';
import { ctx, message } from '../test-kit.js';

describe('TR039 a MAZ client has a geleverde zorgeenheid', () => {
  it('reports a Client without one at the Client', () => {
    const m = message({ Clienten: { Client: [{ Bsn: '012345672', GeleverdeFuncties: { GeleverdeFunctie: [{ FunctieCode: '21' }] } }, { Bsn: '111222333' }] } });
    expect(TR039.check(m, ctx('AW35')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[2]']);
  });
  it('passes clients with a functie or a zzp', () => {
    const m = message({ Clienten: { Client: [{ GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [{ ZzpCode: '755' }] } }] } });
    expect(TR039.check(m, ctx('ZK35'))).toEqual([]);
  });
});
