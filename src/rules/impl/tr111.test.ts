import { describe, expect, it } from 'vitest';
import { TR111 } from './tr111.js';
import { ctx, message } from '../test-kit.js';

const m = (functies: Record<string, string>[], zzps: Record<string, string>[]) =>
  message({
    Client: {
      Indicatie: {
        Overdrachtdatum: '2026-11-15',
        ToegewezenFuncties: { ToegewezenFunctie: functies },
        ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: zzps },
      },
    },
  });

describe('TR111 toewijzing Einddatum empty or not before the Overdrachtdatum', () => {
  it('passes an open toewijzing and one ending on the Overdrachtdatum', () => {
    expect(TR111.check(m([{ FunctieCode: '31' }], [{ Einddatum: '2026-11-15' }]), ctx('ZK31'))).toEqual([]);
  });

  it('reports earlier Einddatums of functies and zzps with the Overdrachtdatum', () => {
    const found = TR111.check(m([{ Einddatum: '2026-11-14' }, { Einddatum: '2026-12-31' }], [{ Einddatum: '2026-10-31' }]), ctx('ZK31'));
    expect(found.map((f) => f.path)).toEqual([
      '/Bericht/Client/Indicatie/Overdrachtdatum',
      '/Bericht/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie[1]/Einddatum',
      '/Bericht/Client/Indicatie/Overdrachtdatum',
      '/Bericht/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Einddatum',
    ]);
  });
});
