import { describe, expect, it } from 'vitest';
import { CS123 } from './cs123.js';
import { ctx, message } from '../test-kit.js';

describe('CS123 Relatie Soort not 25', () => {
  it('reports a wijkcoach relatie at its Soort', () => {
    const m = message({ Clienten: { Client: [{ Relaties: { Relatie: [{ Soort: '16' }, { Soort: '25' }] } }] } });
    expect(CS123.check(m, ctx('IO31'))).toEqual([{ path: '/Bericht/Clienten/Client/Relaties/Relatie[2]/Soort', detail: 'Soort 25' }]);
    expect(CS123.check(message({ Client: { Relaties: { Relatie: [{ Soort: '12' }] } } }), ctx('ZK31'))).toEqual([]);
  });
});
