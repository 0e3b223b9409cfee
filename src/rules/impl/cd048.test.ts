import { describe, expect, it } from 'vitest';
import { CD048 } from './cd048.js';
import { ctx, message } from '../test-kit.js';

const situatie = (b: Record<string, string>) => message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ BijzondereSituatie: b }] } }] } });
const P = '/Bericht/Clienten/Client/Aanvragen/Aanvraag/BijzondereSituatie';

describe('CD048 ToeslagOverig iff no ExtraKostenThuis and no ToeslagBeademing', () => {
  it('reports a missing ToeslagOverig at BijzondereSituatie', () => {
    expect(CD048.check(situatie({}), ctx('AW39')).map((f) => f.path)).toEqual([P]);
  });
  it('reports a ToeslagOverig beside ExtraKostenThuis or ToeslagBeademing at ToeslagOverig', () => {
    expect(CD048.check(situatie({ ExtraKostenThuis: '5', ToeslagOverig: '3' }), ctx('ZK39')).map((f) => f.path)).toEqual([`${P}/ToeslagOverig`]);
    expect(CD048.check(situatie({ ToeslagBeademing: '1', ToeslagOverig: '3' }), ctx('AW39')).map((f) => f.path)).toEqual([`${P}/ToeslagOverig`]);
  });
  it('passes the allowed combinations', () => {
    expect(CD048.check(situatie({ ToeslagOverig: '3' }), ctx('AW39'))).toEqual([]);
    expect(CD048.check(situatie({ ExtraKostenThuis: '5', ToeslagBeademing: '2' }), ctx('AW39'))).toEqual([]);
  });
});
