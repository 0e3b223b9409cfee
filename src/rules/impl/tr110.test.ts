import { describe, expect, it } from 'vitest';
import { TR110 } from './tr110.js';
import { ctx, message } from '../test-kit.js';

const m = (overdracht: string) => message({ Client: { Indicatie: { Overdrachtdatum: overdracht } } });

describe('TR110 Overdrachtdatum after the Dagtekening', () => {
  it('passes a later Overdrachtdatum (test-kit Dagtekening 2026-11-02)', () => {
    expect(TR110.check(m('2026-11-03'), ctx('ZK31'))).toEqual([]);
  });

  it('reports an Overdrachtdatum on or before the Dagtekening', () => {
    for (const d of ['2026-11-02', '2026-10-01']) {
      expect(TR110.check(m(d), ctx('ZK31')).map((f) => f.path)).toEqual([
        '/Bericht/Header/BerichtIdentificatie/Dagtekening',
        '/Bericht/Client/Indicatie/Overdrachtdatum',
      ]);
    }
  });
});
