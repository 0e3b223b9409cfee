import { describe, expect, it } from 'vitest';
import { CD034 } from './cd034.js';
import { ctx, message } from '../test-kit.js';

describe('CD034 Postcode for a BRP or verblijf address', () => {
  it('reports a Soort 01/03 Adres without Postcode at the Soort', () => {
    const m = message({
      Clienten: { Client: [{ Contactgegevens: { Contact: [{ Soort: '03', Adres: { Plaatsnaam: 'Antwerpen' } }, { Soort: '02', Adres: {} }, { Soort: '01' }, { Soort: '01', Adres: { Postcode: '1234AB' } }] } }] },
    });
    expect(CD034.check(m, ctx('AW33'))).toEqual([{ path: '/Bericht/Clienten/Client/Contactgegevens/Contact[1]/Soort', detail: 'Soort 03 zonder Postcode' }]);
  });
});
