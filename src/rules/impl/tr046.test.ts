import { describe, expect, it } from 'vitest';
import { TR046 } from './tr046.js';
import { ctx, message } from '../test-kit.js';

const zzp = (code: string, status: string) => message({ Clienten: { Client: [{ MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ Mutatiecode: code, Leveringsstatus: status }] } }] } });
const P = '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket';

describe('TR046 Leveringsstatus allowed for the Mutatiecode', () => {
  it('reports wrong combinations at both', () => {
    for (const [code, status] of [['12', '4'], ['17', '3'], ['18', '5'], ['20', '5'], ['21', '4']]) {
      expect(TR046.check(zzp(code!, status!), ctx('AW39')).map((f) => f.path)).toEqual([`${P}/Mutatiecode`, `${P}/Leveringsstatus`]);
    }
  });
  it('passes allowed combinations', () => {
    for (const [code, status] of [['12', '3'], ['12', '5'], ['19', '5'], ['18', '7'], ['20', '2']]) {
      expect(TR046.check(zzp(code!, status!), ctx('ZK39'))).toEqual([]);
    }
  });
});
