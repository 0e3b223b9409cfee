import { describe, expect, it } from 'vitest';
import { TR127 } from './tr127.js';
import { nextDayNum } from './levering-util.js';
import { ctx, message } from '../test-kit.js';

const inst = (Opname: string, ToewijzingIngangsdatum: string, ToewijzingEinddatum?: string) => ({
  Instelling: '07301234',
  Soort: '1',
  ToewijzingIngangsdatum,
  ...(ToewijzingEinddatum ? { ToewijzingEinddatum } : {}),
  Opname,
});
const dtv = (...AanvraagInstelling: Record<string, string>[]) =>
  message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Leveringsvorm: '8', AanvraagInstellingen: { AanvraagInstelling } }] } }] } });
const I = '/Bericht/Clienten/Client/Aanvragen/Aanvraag/AanvraagInstellingen/AanvraagInstelling';

describe('TR127 DTV: exactly one Opname 1 for every day', () => {
  it("steps days like the stylesheet's addDate (leap year: every fourth year)", () => {
    expect(nextDayNum('2026-12-31')).toBe('20270101');
    expect(nextDayNum('2028-02-28')).toBe('20280229');
    expect(nextDayNum('2027-04-30')).toBe('20270501');
    expect(nextDayNum('2100-02-28')).toBe('21000229');
    expect(nextDayNum('')).toBe('');
  });

  it('passes an Opname 2 period covered by consecutive Opname 1 periods, across a leap day', () => {
    const m = dtv(inst('1', '2027-12-01', '2028-02-28'), inst('2', '2027-12-01', '2028-05-31'), inst('1', '2028-02-29', '2028-05-31'));
    expect(TR127.check(m, ctx('AW39'))).toEqual([]);
  });

  it('reports a day without Opname 1 at the overlapping Opname 1 records and the Opname 2 record', () => {
    const m = dtv(inst('1', '2026-12-01', '2027-01-31'), inst('2', '2026-12-01', '2027-05-31'), inst('1', '2027-02-02', '2027-05-31'));
    expect(TR127.check(m, ctx('ZK39')).map((f) => f.path)).toEqual([`${I}[1]`, `${I}[2]`, `${I}[3]`]);
  });

  it('reports an open Opname 2 period covered only by closed ones', () => {
    const m = dtv(inst('2', '2026-12-01'), inst('1', '2026-12-01', '2027-05-31'));
    expect(TR127.check(m, ctx('AW39')).map((f) => f.path)).toEqual([`${I}[1]`, `${I}[2]`]);
  });

  it('reports overlapping Opname 1 records, each with the later ones it overlaps', () => {
    const m = dtv(inst('1', '2026-12-01', '2027-01-31'), inst('1', '2027-01-31', '2027-03-31'), inst('1', '2027-03-01'));
    expect(TR127.check(m, ctx('AW39')).map((f) => f.path)).toEqual([`${I}[1]`, `${I}[2]`, `${I}[2]`, `${I}[3]`]);
  });

  it('ignores other Leveringsvormen', () => {
    const m = message({
      Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Leveringsvorm: '4', AanvraagInstellingen: { AanvraagInstelling: [inst('2', '2026-12-01'), inst('1', '2026-12-01'), inst('1', '2026-12-01')] } }] } }] },
    });
    expect(TR127.check(m, ctx('AW39'))).toEqual([]);
  });
});
