import { describe, expect, it } from 'vitest';
import { CD016 } from './cd016.js';
import { ctx, message } from '../test-kit.js';

describe('CD016 Volgorde unless partner', () => {
  it('reports a non-partner Relatie without Volgorde at its Soort', () => {
    const m = message({ Clienten: { Client: [{ Relaties: { Relatie: [{ Soort: '12' }, { Soort: '16' }, { Soort: '03', Volgorde: '1' }] } }] } });
    expect(CD016.check(m, ctx('IO31'))).toEqual([{ path: '/Bericht/Clienten/Client/Relaties/Relatie[2]/Soort', detail: 'Soort 16 zonder Volgorde' }]);
  });

  it('passes a client without Relaties', () => {
    expect(CD016.check(message({ Client: {} }), ctx('ZK31'))).toEqual([]);
  });
});
