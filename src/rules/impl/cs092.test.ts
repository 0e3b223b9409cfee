import { describe, expect, it } from 'vitest';
import { CS092 } from './cs092.js';
import { ctx, message } from '../test-kit.js';

describe('CS092 date not before its Ingangsdatum', () => {
  it('reports a WzdEinddatum before the WzdIngangsdatum at both', () => {
    const m = message({ Clienten: { Client: [{ Wzd: { WzdVerklaring: '1', WzdIngangsdatum: '2026-04-01', WzdEinddatum: '2026-03-31' } }] } });
    expect(CS092.check(m, ctx('IO31')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/Wzd/WzdEinddatum', '/Bericht/Clienten/Client/Wzd/WzdIngangsdatum']);
  });

  it('reports a WzdEinddatum without WzdIngangsdatum at the WzdEinddatum', () => {
    const m = message({ Client: { Wzd: { WzdVerklaring: '1', WzdEinddatum: '2026-03-31' } } });
    expect(CS092.check(m, ctx('ZK31')).map((f) => f.path)).toEqual(['/Bericht/Client/Wzd/WzdEinddatum']);
  });

  it('checks the AW317 wachtlijst Begindatum against its Ingangsdatum', () => {
    const w = (begin: string) => ({ ZzpCode: '755', Ingangsdatum: '2026-09-01', Begindatum: begin });
    const m = message({
      Clienten: { Client: [{ Indicaties: { Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: [w('2026-09-01'), w('2026-08-31')] } }] } }] },
    });
    const base = '/Bericht/Clienten/Client/Indicaties/Indicatie/WachtlijstZorgzwaartepakketten/WachtlijstZorgzwaartepakket[2]';
    expect(CS092.check(m, ctx('AW317')).map((f) => f.path)).toEqual([`${base}/Begindatum`, `${base}/Ingangsdatum`]);
  });

  it('passes equal dates and absent end dates', () => {
    const m = message({ Clienten: { Client: [{ Wzd: { WzdVerklaring: '1', WzdIngangsdatum: '2026-04-01', WzdEinddatum: '2026-04-01' } }, { Wzd: { WzdVerklaring: '2' } }] } });
    expect(CS092.check(m, ctx('AW33'))).toEqual([]);
  });
});
