import { describe, expect, it } from 'vitest';
import { CD005 } from './cd005.js';
import { ctx, message } from '../test-kit.js';

const withAdres = (...adressen: Record<string, string>[]) =>
  message({ Clienten: { Client: [{ Contactgegevens: { Contact: adressen.map((Adres) => ({ Soort: '02', Adres })) } }] } });
const base = '/Bericht/Clienten/Client/Contactgegevens/Contact';

describe('CD005 LandCode iff Postcode', () => {
  it('reports a Postcode without LandCode at the Postcode, a LandCode without Postcode at the LandCode', () => {
    const m = withAdres({ Postcode: '1234AB' }, { LandCode: 'BE' }, { Postcode: ' ', LandCode: 'BE' });
    expect(CD005.check(m, ctx('IO31')).map((f) => f.path)).toEqual([
      `${base}[1]/Adres/Postcode`,
      `${base}[2]/Adres/LandCode`,
      `${base}[3]/Adres/Postcode`,
      `${base}[3]/Adres/LandCode`,
    ]);
  });

  it('checks relatie addresses too and passes both or neither', () => {
    const m = message({ Client: { Relaties: { Relatie: [{ Contact: { Adres: { Postcode: '1234AB' } } }] }, Contactgegevens: { Contact: [{ Adres: { Postcode: '2000', LandCode: 'BE' } }, { Adres: {} }] } } });
    expect(CD005.check(m, ctx('ZK31'))).toEqual([{ path: '/Bericht/Client/Relaties/Relatie/Contact/Adres/Postcode', detail: 'Postcode 1234AB, LandCode (leeg)' }]);
  });

  it("leaves AW317's own Client/Postcode alone", () => {
    expect(CD005.check(message({ Clienten: { Client: [{ Postcode: '1234', LandCode: undefined }] } }), ctx('AW317'))).toEqual([]);
  });
});
