import { describe, expect, it } from 'vitest';
import { CS118 } from './cs118.js';
import { ctx, message } from '../test-kit.js';

const one = (client: Record<string, string>) => message({ Clienten: { Client: [client] } });

describe('CS118 NL Postcode is four digits', () => {
  it('accepts 1000–9999 with NL and anything abroad', () => {
    expect(CS118.check(one({ Postcode: '1000', LandCode: 'NL' }), ctx('AW317'))).toEqual([]);
    expect(CS118.check(one({ Postcode: '9999', LandCode: 'NL' }), ctx('AW317'))).toEqual([]);
    expect(CS118.check(one({ Postcode: '3811AB', LandCode: 'BE' }), ctx('AW317'))).toEqual([]);
  });

  it('reports letters, a leading zero or a missing Postcode with NL', () => {
    for (const postcode of ['3811AB', '0811', '381', ' 3811']) {
      expect(CS118.check(one({ Postcode: postcode, LandCode: 'NL' }), ctx('AW317')).map((f) => f.path)).toEqual([
        '/Bericht/Clienten/Client/Postcode',
        '/Bericht/Clienten/Client/LandCode',
      ]);
    }
    expect(CS118.check(one({ LandCode: 'NL' }), ctx('AW317')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/LandCode']);
  });
});
