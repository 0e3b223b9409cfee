import { describe, expect, it } from 'vitest';
import { CS113 } from './cs113.js';
import { ctx, message } from '../test-kit.js';

describe('CS113 Indicatie Soort 1 or 4', () => {
  it('reports another Soort at the Soort', () => {
    const m = message({ Clienten: { Client: [{ Indicatie: { Soort: '1' } }, { Indicatie: { Soort: '2' } }] } });
    expect(CS113.check(m, ctx('IO31'))).toEqual([{ path: '/Bericht/Clienten/Client[2]/Indicatie/Soort', detail: 'Soort 2' }]);
  });

  it('passes 1 and 4, also for the single ZK31 Client', () => {
    expect(CS113.check(message({ Client: { Indicatie: { Soort: '4' } } }), ctx('ZK31'))).toEqual([]);
    expect(CS113.check(message({ Client: { Indicatie: { Soort: '3' } } }), ctx('ZK31')).map((f) => f.path)).toEqual(['/Bericht/Client/Indicatie/Soort']);
  });
});
