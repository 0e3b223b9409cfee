import { describe, expect, it } from 'vitest';
import { CS050 } from './cs050.js';
import { ctx, message } from '../test-kit.js';

const naam = (Naam: Record<string, unknown>) => message({ Clienten: { Client: [{ Naam: Naam as never }] } });
const at = '/Bericht/Clienten/Client/Naam';

describe('CS050 NaamGebruik fits Partnernaam', () => {
  it('with Partnernaam: NaamGebruik 1–4, else reported at Partnernaam and NaamGebruik', () => {
    expect(CS050.check(naam({ Partnernaam: { Achternaam: 'Wit' }, NaamGebruik: '5' }), ctx('IO31')).map((f) => f.path)).toEqual([`${at}/Partnernaam`, `${at}/NaamGebruik`]);
    expect(CS050.check(naam({ Partnernaam: { Achternaam: 'Wit' }, NaamGebruik: '4' }), ctx('IO31'))).toEqual([]);
  });

  it('without Partnernaam: NaamGebruik 1, else reported at the Naam and NaamGebruik (relaties too)', () => {
    expect(CS050.check(naam({ NaamGebruik: '2' }), ctx('AW33')).map((f) => f.path)).toEqual([at, `${at}/NaamGebruik`]);
    const m = message({ Client: { Naam: { NaamGebruik: '1' }, Relaties: { Relatie: [{ Naam: { NaamGebruik: '3' } }] } } });
    expect(CS050.check(m, ctx('ZK31')).map((f) => f.path)).toEqual(['/Bericht/Client/Relaties/Relatie/Naam', '/Bericht/Client/Relaties/Relatie/Naam/NaamGebruik']);
  });

  it('leaves a VerkorteNaam (no Partnernaam, no NaamGebruik) alone', () => {
    expect(CS050.check(naam({ Geslachtsnaam: { Achternaam: 'Kok' } }), ctx('AW39'))).toEqual([]);
  });
});
