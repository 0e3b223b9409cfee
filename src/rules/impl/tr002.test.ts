import { describe, expect, it } from 'vitest';
import { TR002 } from './tr002.js';
import { ctx, message } from '../test-kit.js';

// test-kit's Dagtekening is 2026-11-02.
const DAG = '/Bericht/Header/BerichtIdentificatie/Dagtekening';

describe('TR002 birth date at most 120 years before Dagtekening', () => {
  it('reports a client and a relatie born over 120 years ago, each at Dagtekening and Datum', () => {
    const m = message({
      Clienten: { Client: [{ Geboortedatum: { Datum: '1906-11-01' }, Relaties: { Relatie: [{ Geboortedatum: { Datum: '1900-01-01', DatumGebruik: '1' } }] } }] },
    });
    expect(TR002.check(m, ctx('IO31')).map((f) => f.path)).toEqual([
      DAG,
      '/Bericht/Clienten/Client/Geboortedatum/Datum',
      DAG,
      '/Bericht/Clienten/Client/Relaties/Relatie/Geboortedatum/Datum',
    ]);
  });

  it('passes exactly 120 years and an unknown date (1900-01-01 with DatumGebruik 3 or none)', () => {
    const m = message({
      Clienten: { Client: [{ Geboortedatum: { Datum: '1906-11-02' } }, { Geboortedatum: { Datum: '1900-01-01', DatumGebruik: '3' } }, { Geboortedatum: { Datum: '1900-01-01' } }] },
    });
    expect(TR002.check(m, ctx('AW35'))).toEqual([]);
  });
});
