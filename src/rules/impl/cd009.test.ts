import { describe, expect, it } from 'vitest';
import { CD009 } from './cd009.js';
import { ctx, message } from '../test-kit.js';

describe('CD009 Periode only for a tijdelijk adres', () => {
  it('reports a Periode with another Soort at Soort and Periode, for client and relatie contacts', () => {
    const m = message({
      Clienten: {
        Client: [{ Relaties: { Relatie: [{ Contact: { Soort: '02', Periode: {} } }] }, Contactgegevens: { Contact: [{ Soort: '01', Periode: { Begindatum: '2026-01-01' } }, { Soort: '04', Periode: {} }] } }],
      },
    });
    expect(CD009.check(m, ctx('AW33')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Relaties/Relatie/Contact/Soort',
      '/Bericht/Clienten/Client/Relaties/Relatie/Contact/Periode',
      '/Bericht/Clienten/Client/Contactgegevens/Contact[1]/Soort',
      '/Bericht/Clienten/Client/Contactgegevens/Contact[1]/Periode',
    ]);
  });

  it('passes contacts without Periode', () => {
    expect(CD009.check(message({ Client: { Contactgegevens: { Contact: [{ Soort: '01' }] } } }), ctx('ZK31'))).toEqual([]);
  });
});
