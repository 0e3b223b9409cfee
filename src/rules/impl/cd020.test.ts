import { describe, expect, it } from 'vitest';
import { CD020 } from './cd020.js';
import { ctx, message } from '../test-kit.js';

const mut = (...f: Record<string, string>[]) => message({ Clienten: { Client: [{ MutatieFuncties: { MutatieFunctie: f } }] } });
const P = '/Bericht/Clienten/Client/MutatieFuncties/MutatieFunctie';

describe('CD020 InstellingBestemming iff Mutatiecode 17 or 21', () => {
  it('reports a missing InstellingBestemming at the Mutatiecode', () => {
    expect(CD020.check(mut({ Mutatiecode: '17' }), ctx('AW39')).map((f) => f.path)).toEqual([`${P}/Mutatiecode`]);
  });
  it('reports an InstellingBestemming for another code at both', () => {
    expect(CD020.check(mut({ Mutatiecode: '19', InstellingBestemming: '07301234' }), ctx('ZK39')).map((f) => f.path)).toEqual([`${P}/Mutatiecode`, `${P}/InstellingBestemming`]);
  });
  it('passes the allowed combinations', () => {
    expect(CD020.check(mut({ Mutatiecode: '21', InstellingBestemming: '07301234' }, { Mutatiecode: '12' }), ctx('AW39'))).toEqual([]);
  });
  it('checks MutatieZorgzwaartepakket too', () => {
    const m = message({ Clienten: { Client: [{ MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ Mutatiecode: '21' }] } }] } });
    expect(CD020.check(m, ctx('AW39')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/Mutatiecode']);
  });
});
