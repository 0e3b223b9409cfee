import { describe, expect, it } from 'vitest';
import { CS093 } from './cs093.js';
import { ctx, message } from '../test-kit.js';

const m = (wachtlijst: Record<string, string>[]) =>
  message({ Clienten: { Client: [{ Indicaties: { Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: wachtlijst } }] } }] } });
const base = '/Bericht/Clienten/Client/Indicaties/Indicatie/WachtlijstZorgzwaartepakketten/WachtlijstZorgzwaartepakket';

describe('CS093 Mutatiedatum not before Begindatum', () => {
  it('reports a Mutatiedatum before the Begindatum at both dates', () => {
    const found = CS093.check(m([{ Begindatum: '2026-09-20', Mutatiedatum: '2026-09-19' }, { Begindatum: '2026-09-20', Mutatiedatum: '2026-09-20' }]), ctx('AW317'));
    expect(found.map((f) => f.path)).toEqual([`${base}[1]/Begindatum`, `${base}[1]/Mutatiedatum`]);
  });

  it('ignores a Mutatiedatum without Begindatum', () => {
    expect(CS093.check(m([{ Mutatiedatum: '2026-01-01' }, { Begindatum: '2026-01-01' }]), ctx('AW317'))).toEqual([]);
  });
});
