import { describe, expect, it } from 'vitest';
import { TR004, afgifteNa20070301 } from './tr004.js';
import { ctx, message } from '../test-kit.js';

describe('TR004 household with partner has a partner relatie', () => {
  it('compares the Afgiftedatum with 1 March 2007', () => {
    expect(afgifteNa20070301('2007-03-02')).toBe(true);
    expect(afgifteNa20070301('2007-03-01')).toBe(false);
    expect(afgifteNa20070301(undefined)).toBe(false);
  });

  it('reports Leefeenheid 3/4 without partner at Leefeenheid and every Relatie Soort', () => {
    const m = message({
      Clienten: {
        Client: [
          { Leefeenheid: '4', Relaties: { Relatie: [{ Soort: '16' }, { Soort: '03' }] }, Indicatie: { Afgiftedatum: '2026-01-01' } },
          { Leefeenheid: '3', Indicatie: { Afgiftedatum: '2026-01-01' } },
        ],
      },
    });
    expect(TR004.check(m, ctx('IO31')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client[1]/Leefeenheid',
      '/Bericht/Clienten/Client[1]/Relaties/Relatie[1]/Soort',
      '/Bericht/Clienten/Client[1]/Relaties/Relatie[2]/Soort',
      '/Bericht/Clienten/Client[2]/Leefeenheid',
    ]);
  });

  it('passes with a partner, another Leefeenheid, or an old indicatie', () => {
    const m = message({
      Clienten: {
        Client: [
          { Leefeenheid: '3', Relaties: { Relatie: [{ Soort: '12' }] }, Indicatie: { Afgiftedatum: '2026-01-01' } },
          { Leefeenheid: '1', Indicatie: { Afgiftedatum: '2026-01-01' } },
          { Leefeenheid: '4', Indicatie: { Afgiftedatum: '2007-03-01' } },
        ],
      },
    });
    expect(TR004.check(m, ctx('AW33'))).toEqual([]);
  });
});
