import { describe, expect, it } from 'vitest';
import { TR018 } from './tr018.js';
import { ctx, message } from '../test-kit.js';

const mut = (f: Record<string, string>) => message({ Clienten: { Client: [{ MutatieFuncties: { MutatieFunctie: [f] } }] } });
const P = '/Bericht/Clienten/Client/MutatieFuncties/MutatieFunctie';

describe('TR018 Mutatiedatum not before Begindatum', () => {
  it('reports an earlier Mutatiedatum at both dates', () => {
    expect(TR018.check(mut({ Begindatum: '2026-05-02', Mutatiedatum: '2026-05-01' }), ctx('AW39')).map((f) => f.path)).toEqual([`${P}/Begindatum`, `${P}/Mutatiedatum`]);
  });
  it('passes an equal or later Mutatiedatum and no Begindatum', () => {
    expect(TR018.check(mut({ Begindatum: '2026-05-02', Mutatiedatum: '2026-05-02' }), ctx('ZK39'))).toEqual([]);
    expect(TR018.check(mut({ Mutatiedatum: '2026-05-01' }), ctx('AW39'))).toEqual([]);
  });
});
