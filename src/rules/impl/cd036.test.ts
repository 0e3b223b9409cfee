import { describe, expect, it } from 'vitest';
import { CD036 } from './cd036.js';
import { ctx, message } from '../test-kit.js';

describe('CD036 Postcode only for LandCode NL', () => {
  it('reports a Postcode of a foreign client at Postcode and LandCode', () => {
    const m = message({
      Clienten: {
        Client: [
          { Bsn: '012345672', Postcode: '3811', LandCode: 'NL' },
          { Bsn: '123456782', Postcode: '1000', LandCode: 'BE' },
          { Bsn: '303030306', LandCode: 'DE' },
        ],
      },
    });
    expect(CD036.check(m, ctx('AW317')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[2]/Postcode', '/Bericht/Clienten/Client[2]/LandCode']);
  });

  it('passes an NL client with a Postcode', () => {
    expect(CD036.check(message({ Clienten: { Client: [{ Postcode: '3811', LandCode: 'NL' }] } }), ctx('AW317'))).toEqual([]);
  });
});
