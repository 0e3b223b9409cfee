import { describe, expect, it } from 'vitest';
import { TR006 } from './tr006.js';
import { ctx, message } from '../test-kit.js';

describe('TR006 Contact has Telefoon or Huis and Postcode', () => {
  it('reports at the Contact once per missing part', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            Relaties: { Relatie: [{ Contact: { Soort: '01', Emailadres: 'a@b.nl' } }] },
            Contactgegevens: { Contact: [{ Soort: '01', Adres: { Huis: { Huisnummer: '1' } } }, { Soort: '02', Telefoon: {} }, { Soort: '01', Adres: { Huis: { Huisnummer: '1' }, Postcode: '1234AB' } }] },
          },
        ],
      },
    });
    expect(TR006.check(m, ctx('IO31')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Relaties/Relatie/Contact',
      '/Bericht/Clienten/Client/Relaties/Relatie/Contact',
      '/Bericht/Clienten/Client/Contactgegevens/Contact[1]',
    ]);
  });
});
