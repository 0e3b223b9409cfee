import { describe, expect, it } from 'vitest';
import { CD025 } from './cd025.js';
import { ctx, message } from '../test-kit.js';

describe('CD025 Huisnummer for a Dutch address', () => {
  it('reports an NL Adres without Huis at its LandCode', () => {
    const m = message({ Clienten: { Client: [{ Contactgegevens: { Contact: [{ Adres: { Postcode: '1234AB', LandCode: 'NL' } }] } }] } });
    expect(CD025.check(m, ctx('AW33')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/Contactgegevens/Contact/Adres/LandCode']);
  });

  it('passes an NL Adres with Huisnummer and a foreign one without', () => {
    const m = message({
      Clienten: { Client: [{ Contactgegevens: { Contact: [{ Adres: { Huis: { Huisnummer: '8' }, LandCode: 'NL' } }, { Adres: { LandCode: 'BE', Postcode: '2000' } }] } }] },
    });
    expect(CD025.check(m, ctx('AW33'))).toEqual([]);
  });
});
