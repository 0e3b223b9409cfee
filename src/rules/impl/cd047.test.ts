import { describe, expect, it } from 'vitest';
import { CD047 } from './cd047.js';
import { ctx, message } from '../test-kit.js';

const aanvraag = (a: Record<string, string>) => message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [a] } }] } });

describe('CD047 Doelmatig 2 needs BijzondereSituatie', () => {
  it('reports Doelmatig 2 without it at Doelmatig', () => {
    expect(CD047.check(aanvraag({ Doelmatig: '2' }), ctx('AW39')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/Aanvragen/Aanvraag/Doelmatig']);
  });
  it('passes Doelmatig 2 with it and Doelmatig 1 without', () => {
    expect(CD047.check(message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Doelmatig: '2', BijzondereSituatie: { ToeslagOverig: '3' } }] } }] } }), ctx('ZK39'))).toEqual([]);
    expect(CD047.check(aanvraag({ Doelmatig: '1' }), ctx('AW39'))).toEqual([]);
  });
});
