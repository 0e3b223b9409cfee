import { describe, expect, it } from 'vitest';
import { TR064, TR064_ZK } from './tr064.js';
import { ctx, message } from '../test-kit.js';

const body = {
  Clienten: {
    Client: [
      {
        MutatieFuncties: { MutatieFunctie: [{ Instelling: '07301234' }] },
        MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ Instelling: '06505566' }] },
        Aanvragen: { Aanvraag: [{ Instelling: '07301234', AanvraagInstellingen: { AanvraagInstelling: [{ Instelling: '99999999' }] } }] },
      },
    ],
  },
};

describe('TR064 Instelling belongs to the Afzender', () => {
  it('AW39: reports an Instelling other than the Afzender at it and at the Afzender, not AanvraagInstelling', () => {
    const f = TR064.check(message(body, { Afzender: '07301234' }), ctx('AW39'));
    expect(f.map((x) => x.path)).toEqual(['/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/Instelling', '/Bericht/Header/Afzender']);
  });

  it('AW35: passes when every Instelling is the Afzender', () => {
    const m = message({ Clienten: { Client: [{ GeleverdeFuncties: { GeleverdeFunctie: [{ Instelling: '07301234' }] } }] } }, { Afzender: '07301234' });
    expect(TR064.check(m, ctx('AW35'))).toEqual([]);
    expect(TR064.kinds).toEqual(['AW35', 'AW39']);
  });

  it('ZK39: needs the AGB list and checks zorgkantoor:agb pairs', () => {
    expect(TR064_ZK.needs).toBe('agbList');
    expect(TR064_ZK.id).toBe('TR064');
    const m = message(body, { Afzender: '5504' });
    const list = new Set(['5504:07301234', '5505:06505566']);
    expect(TR064_ZK.check(m, ctx('ZK39', { agb: list })).map((x) => x.path)).toEqual([
      '/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/Instelling',
      '/Bericht/Header/Afzender',
    ]);
    expect(TR064_ZK.check(m, ctx('ZK39', { agb: new Set(['5504:07301234', '5504:06505566']) }))).toEqual([]);
  });

  it('ZK35: a list without pairs judges no relation', () => {
    const m = message({ Clienten: { Client: [{ GeleverdeFuncties: { GeleverdeFunctie: [{ Instelling: '07301234' }] } }] } }, { Afzender: '5504' });
    expect(TR064_ZK.check(m, ctx('ZK35', { agb: new Set(['07301234']) }))).toEqual([]);
    expect(TR064_ZK.check(m, ctx('ZK35', { agb: new Set(['5501:07301234']) })).map((x) => x.path)).toEqual([
      '/Bericht/Clienten/Client/GeleverdeFuncties/GeleverdeFunctie/Instelling',
      '/Bericht/Header/Afzender',
    ]);
  });
});
