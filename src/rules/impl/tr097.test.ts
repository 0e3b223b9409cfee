import { describe, expect, it } from 'vitest';
import { TR097, datumFitsGebruik } from './tr097.js';
import { ctx, message } from '../test-kit.js';

describe('TR097 DatumGebruik fits Datum', () => {
  it('knows what each DatumGebruik allows', () => {
    expect(datumFitsGebruik('1900-01-01', '3')).toBe(true);
    expect(datumFitsGebruik('1948-01-01', '3')).toBe(false);
    expect(datumFitsGebruik('1948-01-01', '2')).toBe(true);
    expect(datumFitsGebruik('1948-03-01', '2')).toBe(false);
    expect(datumFitsGebruik('1948-03-01', '1')).toBe(true);
    expect(datumFitsGebruik('1948-03-02', '1')).toBe(false);
  });

  it('reports a client and a relatie birth date at Datum and DatumGebruik', () => {
    const m = message({
      Clienten: {
        Client: [
          { Geboortedatum: { Datum: '1948-03-02', DatumGebruik: '1' }, Relaties: { Relatie: [{ Geboortedatum: { Datum: '1950-05-05', DatumGebruik: '3' } }] } },
        ],
      },
    });
    expect(TR097.check(m, ctx('IO31')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Geboortedatum/Datum',
      '/Bericht/Clienten/Client/Geboortedatum/DatumGebruik',
      '/Bericht/Clienten/Client/Relaties/Relatie/Geboortedatum/Datum',
      '/Bericht/Clienten/Client/Relaties/Relatie/Geboortedatum/DatumGebruik',
    ]);
  });

  it('passes a date without DatumGebruik and fitting ones', () => {
    const m = message({ Clienten: { Client: [{ Geboortedatum: { Datum: '1948-03-02' } }, { Geboortedatum: { Datum: '1948-01-01', DatumGebruik: '2' } }] } });
    expect(TR097.check(m, ctx('AW35'))).toEqual([]);
  });
});
