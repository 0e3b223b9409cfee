import { describe, expect, it } from 'vitest';
import { TR066 } from './tr066.js';
import { ctx, message } from '../test-kit.js';

const mut = (f: Record<string, string>) => message({ Clienten: { Client: [{ MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [f] } }] } });
const P = '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket';

describe('TR066 Begindatum depends on the Mutatiecode', () => {
  it('reports a missing Begindatum for 17/19/20 at the Mutatiecode', () => {
    expect(TR066.check(mut({ Mutatiecode: '19' }), ctx('AW39')).map((f) => f.path)).toEqual([`${P}/Mutatiecode`]);
  });
  it('reports a Begindatum for 12/18/21 at both', () => {
    expect(TR066.check(mut({ Mutatiecode: '18', Begindatum: '2026-01-01' }), ctx('ZK39')).map((f) => f.path)).toEqual([`${P}/Mutatiecode`, `${P}/Begindatum`]);
  });
  it('passes the allowed combinations', () => {
    expect(TR066.check(mut({ Mutatiecode: '20', Begindatum: '2026-01-01' }), ctx('AW39'))).toEqual([]);
    expect(TR066.check(mut({ Mutatiecode: '12' }), ctx('AW39'))).toEqual([]);
  });
});
