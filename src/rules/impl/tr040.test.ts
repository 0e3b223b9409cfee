import { describe, expect, it } from 'vitest';
import { TR040 } from './tr040.js';
import { ctx, message } from '../test-kit.js';

describe('TR040 a MUT client has a mutatie or an aanvraag', () => {
  it('reports a Client with neither at the Client', () => {
    const m = message({ Clienten: { Client: [{ Bsn: '012345672' }, { Aanvragen: { Aanvraag: [{ ZzpCode: '755' }] } }] } });
    expect(TR040.check(m, ctx('AW39')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[1]']);
  });
  it('passes clients with a mutatie', () => {
    const m = message({ Clienten: { Client: [{ MutatieFuncties: { MutatieFunctie: [{ Mutatiecode: '12' }] } }] } });
    expect(TR040.check(m, ctx('ZK39'))).toEqual([]);
  });
});
