import { describe, expect, it } from 'vitest';
import { TR005 } from './tr005.js';
import { ctx, message } from '../test-kit.js';

const client = (adres: Record<string, unknown> | undefined, afgiftedatum = '2026-01-01') =>
  message({ Client: { Relaties: { Relatie: [{ Soort: '12', Contact: adres ? { Adres: adres as never } : {} }, { Soort: '16', Contact: {} }] }, Indicatie: { Afgiftedatum: afgiftedatum } } });

describe('TR005 partner address with Huisnummer and Postcode', () => {
  it('reports at the Soort, the parts present and the Afgiftedatum', () => {
    expect(TR005.check(client({ Postcode: '1011AB' }), ctx('ZK31')).map((f) => f.path)).toEqual([
      '/Bericht/Client/Relaties/Relatie[1]/Soort',
      '/Bericht/Client/Relaties/Relatie[1]/Contact/Adres/Postcode',
      '/Bericht/Client/Indicatie/Afgiftedatum',
    ]);
    expect(TR005.check(client(undefined), ctx('ZK31')).map((f) => f.path)).toEqual(['/Bericht/Client/Relaties/Relatie[1]/Soort', '/Bericht/Client/Indicatie/Afgiftedatum']);
  });

  it('passes a complete partner address and indicaties up to 1 March 2007', () => {
    expect(TR005.check(client({ Huis: { Huisnummer: '4' }, Postcode: '1011AB' }), ctx('ZK31'))).toEqual([]);
    expect(TR005.check(client(undefined, '2007-03-01'), ctx('ZK31'))).toEqual([]);
  });
});
