import { describe, expect, it } from 'vitest';
import { TR021 } from './tr021.js';
import { ctx, message } from '../test-kit.js';
import type { XmlRecord } from '../../messages/model-types.js';

const client = (functies: string[], zzps: (string | undefined)[]): XmlRecord => ({
  Indicatie: {
    ...(functies.length ? { ToegewezenFuncties: { ToegewezenFunctie: functies.map((Instelling) => ({ Instelling })) } } : {}),
    ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: zzps.map((i) => (i === undefined ? {} : { Instelling: i })) },
  },
});
const m = (clients: XmlRecord[], Ontvanger = '07301234') => message({ Clienten: { Client: clients } }, { Ontvanger });

describe('TR021 each client has a toewijzing for the Ontvanger', () => {
  it('AW33: reports the Ontvanger and every Instelling of a client without a match', () => {
    const found = TR021.check(m([client(['07301234'], []), client(['41102233'], ['06505566', undefined])]), ctx('AW33')).map((f) => f.path);
    expect(found).toEqual([
      '/Bericht/Header/Ontvanger',
      '/Bericht/Clienten/Client[2]/Indicatie/ToegewezenFuncties/ToegewezenFunctie/Instelling',
      '/Bericht/Clienten/Client[2]/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[1]/Instelling',
    ]);
  });

  it('AW33: passes when a function or ZZP toewijzing is for the Ontvanger', () => {
    expect(TR021.check(m([client([], [undefined, '07301234'])]), ctx('AW33'))).toEqual([]);
  });

  it('ZK33: any Instelling passes (the official hook), none at all is reported at the Ontvanger', () => {
    expect(TR021.check(m([client([], ['41102233'])], '5501'), ctx('ZK33'))).toEqual([]);
    expect(TR021.check(m([client([], [undefined])], '5501'), ctx('ZK33')).map((f) => f.path)).toEqual(['/Bericht/Header/Ontvanger']);
  });
});
