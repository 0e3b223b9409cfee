import { describe, expect, it } from 'vitest';
import { TR108 } from './tr108.js';
import { ctx, message } from '../test-kit.js';

const m = (dagtekening: string, vormen: string[]) =>
  message(
    { Client: { Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: vormen.map((Leveringsvorm) => ({ Leveringsvorm })) } } } },
    { BerichtIdentificatie: { Identificatie: 'T1', Dagtekening: dagtekening } },
  );
const zzp = (i: number) => `/Bericht/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[${i}]/Leveringsvorm`;

describe('TR108 PGB transfer only with a Dagtekening in November or December', () => {
  it('passes November and December, and non-PGB toewijzingen', () => {
    expect(TR108.check(m('2026-11-20', ['2', '4']), ctx('ZK31'))).toEqual([]);
    expect(TR108.check(m('2026-12-01', ['2']), ctx('ZK31'))).toEqual([]);
    expect(TR108.check(m('2026-10-20', ['4', '7']), ctx('ZK31'))).toEqual([]);
  });

  it('reports each PGB toewijzing with the Dagtekening', () => {
    expect(TR108.check(m('2026-10-20', ['4', '2']), ctx('ZK31')).map((f) => f.path)).toEqual([
      zzp(2),
      '/Bericht/Header/BerichtIdentificatie/Dagtekening',
    ]);
  });
});
