import { describe, expect, it } from 'vitest';
import { TR091 } from './tr091.js';
import { ctx, message } from '../test-kit.js';

const m = (einddatum: string, dagtekening: string) =>
  message({}, { Periode: { Begindatum: '2026-09-01', Einddatum: einddatum }, BerichtIdentificatie: { Identificatie: 'T1', Dagtekening: dagtekening } });
const paths = (einddatum: string, dagtekening: string) => TR091.check(m(einddatum, dagtekening), ctx('AW317')).map((f) => f.path);

describe('TR091 Dagtekening at least 7 days after Periode Einddatum', () => {
  it('passes the seventh day, across a month and a year end', () => {
    expect(paths('2026-09-30', '2026-10-07')).toEqual([]);
    expect(paths('2026-12-31', '2027-01-07')).toEqual([]);
  });

  it('reports the sixth day at Dagtekening and Einddatum', () => {
    expect(paths('2026-09-30', '2026-10-06')).toEqual(['/Bericht/Header/BerichtIdentificatie/Dagtekening', '/Bericht/Header/Periode/Einddatum']);
    expect(paths('2026-12-31', '2027-01-06')).toHaveLength(2);
    expect(paths('2028-02-27', '2028-03-04')).toHaveLength(2);
  });
});
