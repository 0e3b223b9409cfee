import { describe, expect, it } from 'vitest';
import { TR119 } from './tr119.js';
import { ctx, message } from '../test-kit.js';

const zzp = (rec: Record<string, string>) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [rec] } } }] } });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket';

describe('TR119 administratief: Opname, if filled, is 1', () => {
  it('reports Soort 5 with Opname 2 at Soort and Opname', () => {
    expect(TR119.check(zzp({ Soort: '5', Opname: '2' }), ctx('AW33')).map((f) => f.path)).toEqual([`${P}/Soort`, `${P}/Opname`]);
  });

  it('passes Soort 5 with Opname 1 or without Opname, and other Soorten', () => {
    expect(TR119.check(zzp({ Soort: '5', Opname: '1' }), ctx('AW33'))).toEqual([]);
    expect(TR119.check(zzp({ Soort: '5' }), ctx('ZK31'))).toEqual([]);
    expect(TR119.check(zzp({ Soort: '1', Opname: '2' }), ctx('ZK33'))).toEqual([]);
  });
});
