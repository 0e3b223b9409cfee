import { describe, expect, it } from 'vitest';
import { TR041 } from './tr041.js';
import { ctx, message } from '../test-kit.js';

const client = (code: string, aanvragen: number) => ({
  MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ Mutatiecode: code }] },
  ...(aanvragen ? { Aanvragen: { Aanvraag: Array.from({ length: aanvragen }, () => ({ ZzpCode: '755' })) } } : {}),
});

describe('TR041 a MUT zzp beside an Aanvraag has Mutatiecode 12, 18 or 19', () => {
  it('reports another code at the Mutatiecode and every Aanvraag of the client', () => {
    const m = message({ Clienten: { Client: [client('20', 2)] } });
    expect(TR041.check(m, ctx('AW39')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/Mutatiecode',
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag[1]',
      '/Bericht/Clienten/Client/Aanvragen/Aanvraag[2]',
    ]);
  });
  it('passes allowed codes and clients without an Aanvraag', () => {
    expect(TR041.check(message({ Clienten: { Client: [client('18', 1), client('20', 0)] } }), ctx('ZK39'))).toEqual([]);
  });
});
