import { describe, expect, it } from 'vitest';
import { CS089 } from './cs089.js';
import { ctx, message } from '../test-kit.js';

const adres = (Adres: Record<string, string>) => message({ Clienten: { Client: [{ Contactgegevens: { Contact: [{ Adres }] } }] } });
const at = '/Bericht/Clienten/Client/Contactgegevens/Contact/Adres';

describe('CS089 Dutch postcode format', () => {
  it('reports a malformed or missing NL postcode at Postcode and LandCode', () => {
    for (const Postcode of ['1234 AB', '0123AB', '1234A', '12345A', ' 1234AB']) {
      expect(CS089.check(adres({ Postcode, LandCode: 'NL' }), ctx('IO31')).map((f) => f.path)).toEqual([`${at}/Postcode`, `${at}/LandCode`]);
    }
    expect(CS089.check(adres({ LandCode: 'NL' }), ctx('IO31')).map((f) => f.path)).toEqual([`${at}/LandCode`]);
  });

  it('passes 1234AB and 1234ab, and any postcode abroad', () => {
    expect(CS089.check(adres({ Postcode: '1234AB', LandCode: 'NL' }), ctx('IO31'))).toEqual([]);
    expect(CS089.check(adres({ Postcode: '1234ab', LandCode: 'NL' }), ctx('IO31'))).toEqual([]);
    expect(CS089.check(adres({ Postcode: '2000', LandCode: 'BE' }), ctx('IO31'))).toEqual([]);
  });
});
