import { describe, expect, it } from 'vitest';
import { TR016 } from './tr016.js';
import { ctx, message } from '../test-kit.js';
import type { XmlRecord } from '../../messages/model-types.js';

const m = (indicatie: XmlRecord, toewijzing: XmlRecord) =>
  message({ Clienten: { Client: [{ Indicatie: { ...indicatie, ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [toewijzing] } } }] } });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket';

describe('TR016 toewijzing within the indicatie', () => {
  it('reports a toewijzing that starts before the indicatie', () => {
    expect(TR016.check(m({ Ingangsdatum: '2026-06-01' }, { Ingangsdatum: '2026-05-31' }), ctx('AW33')).map((f) => f.path)).toEqual([P]);
  });

  it('reports an open toewijzing in a closed indicatie, and one ending after it', () => {
    const ind = { Ingangsdatum: '2026-01-01', Einddatum: '2026-12-31' };
    expect(TR016.check(m(ind, { Ingangsdatum: '2026-02-01' }), ctx('ZK33'))).toHaveLength(1);
    expect(TR016.check(m(ind, { Ingangsdatum: '2026-02-01', Einddatum: '2027-01-01' }), ctx('ZK33'))).toHaveLength(1);
  });

  it('reports a toewijzing ending before it starts', () => {
    expect(TR016.check(m({ Ingangsdatum: '2026-01-01' }, { Ingangsdatum: '2026-03-01', Einddatum: '2026-02-01' }), ctx('AW33'))).toHaveLength(1);
  });

  it('passes toewijzingen inside the indicatie, also functions and ZK31', () => {
    expect(TR016.check(m({ Ingangsdatum: '2026-01-01', Einddatum: '2026-12-31' }, { Ingangsdatum: '2026-01-01', Einddatum: '2026-12-31' }), ctx('AW33'))).toEqual([]);
    expect(TR016.check(m({ Ingangsdatum: '2026-01-01' }, { Ingangsdatum: '2026-05-01', Einddatum: '2030-01-01' }), ctx('AW33'))).toEqual([]);
    const zk31 = message({
      Client: { Indicatie: { Ingangsdatum: '2026-01-01', ToegewezenFuncties: { ToegewezenFunctie: [{ Ingangsdatum: '2026-01-01' }, { Ingangsdatum: '2025-12-31' }] } } },
    });
    expect(TR016.check(zk31, ctx('ZK31')).map((f) => f.path)).toEqual(['/Bericht/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie[2]']);
  });
});
