import { describe, expect, it } from 'vitest';
import { TR120 } from './tr120.js';
import { ctx, message } from '../test-kit.js';

const inst = (Soort: string, ToewijzingIngangsdatum: string, Opname: string) => ({ Instelling: '07301234', Soort, ToewijzingIngangsdatum, Opname });
const aanvraag = (Leveringsvorm: string, ...AanvraagInstelling: Record<string, string>[]) =>
  message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Leveringsvorm, AanvraagInstellingen: { AanvraagInstelling } }] } }] } });
const A = '/Bericht/Clienten/Client/Aanvragen/Aanvraag';
const I = `${A}/AanvraagInstellingen/AanvraagInstelling`;

describe('TR120 Verblijf: at most one Opname 1 per ToewijzingIngangsdatum and Soort', () => {
  it('reports a duplicate at Leveringsvorm and the three fields of both', () => {
    const m = aanvraag('4', inst('1', '2026-12-01', '1'), inst('1', '2026-12-01', '2'), inst('1', '2026-12-01', '1'));
    expect(TR120.check(m, ctx('AW39')).map((f) => f.path)).toEqual([
      `${A}/Leveringsvorm`,
      `${I}[1]/Soort`,
      `${I}[1]/ToewijzingIngangsdatum`,
      `${I}[1]/Opname`,
      `${I}[3]/Soort`,
      `${I}[3]/ToewijzingIngangsdatum`,
      `${I}[3]/Opname`,
    ]);
  });
  it('passes different dates or Soorten, and other Leveringsvormen', () => {
    expect(TR120.check(aanvraag('4', inst('1', '2026-12-01', '1'), inst('3', '2026-12-01', '1'), inst('1', '2026-12-02', '1')), ctx('ZK39'))).toEqual([]);
    expect(TR120.check(aanvraag('8', inst('1', '2026-12-01', '1'), inst('1', '2026-12-01', '1')), ctx('AW39'))).toEqual([]);
  });
});
