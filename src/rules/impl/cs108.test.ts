import { describe, expect, it } from 'vitest';
import { CS108 } from './cs108.js';
import { ctx, message } from '../test-kit.js';

const withPeriode = (periode: Record<string, string>, dagtekening = '2026-10-08') =>
  message({}, { Periode: periode, BerichtIdentificatie: { Identificatie: 'T1', Dagtekening: dagtekening } });
const paths = (m: ReturnType<typeof message>) => CS108.check(m, ctx('AW317')).map((f) => f.path);

describe('CS108 Periode Einddatum ≥ Begindatum and ≤ Dagtekening', () => {
  it('passes a period that ends on the Dagtekening', () => {
    expect(paths(withPeriode({ Begindatum: '2026-09-01', Einddatum: '2026-10-08' }))).toEqual([]);
  });

  it('reports an Einddatum before the Begindatum', () => {
    expect(paths(withPeriode({ Begindatum: '2026-09-01', Einddatum: '2026-08-31' }))).toEqual([
      '/Bericht/Header/Periode/Begindatum',
      '/Bericht/Header/Periode/Einddatum',
    ]);
  });

  it('reports an Einddatum after the Dagtekening', () => {
    expect(paths(withPeriode({ Begindatum: '2026-09-01', Einddatum: '2026-10-09' }))).toEqual([
      '/Bericht/Header/BerichtIdentificatie/Dagtekening',
      '/Bericht/Header/Periode/Einddatum',
    ]);
  });
});
