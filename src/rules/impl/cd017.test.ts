import { describe, expect, it } from 'vitest';
import { CD017 } from './cd017.js';
import { ctx, message } from '../test-kit.js';

describe('CD017 partner Geboortedatum', () => {
  it('reports a partner without Geboortedatum at its Soort', () => {
    const m = message({ Clienten: { Client: [{ Relaties: { Relatie: [{ Soort: '12' }] } }, { Relaties: { Relatie: [{ Soort: '12', Geboortedatum: { Datum: '1950-01-01' } }, { Soort: '16' }] } }] } });
    expect(CD017.check(m, ctx('AW33')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[1]/Relaties/Relatie/Soort']);
  });
});
