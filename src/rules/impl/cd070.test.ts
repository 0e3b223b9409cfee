import { describe, expect, it } from 'vitest';
import { CD070 } from './cd070.js';
import { ctx, message } from '../test-kit.js';

const wzd = (Wzd: Record<string, string>) => message({ Clienten: { Client: [{ Wzd }] } });
const at = '/Bericht/Clienten/Client/Wzd';

describe('CD070 Wzd dates iff WzdVerklaring 1', () => {
  it('checks each date: missing with verklaring 1, present with another', () => {
    expect(CD070.check(wzd({ WzdVerklaring: '1' }), ctx('IO31')).map((f) => f.path)).toEqual([`${at}/WzdVerklaring`, `${at}/WzdVerklaring`]);
    expect(CD070.check(wzd({ WzdVerklaring: '2', WzdEinddatum: '2026-12-31' }), ctx('IO31')).map((f) => f.path)).toEqual([`${at}/WzdVerklaring`, `${at}/WzdEinddatum`]);
  });

  it('passes verklaring 1 with both dates and another without', () => {
    expect(CD070.check(wzd({ WzdVerklaring: '1', WzdIngangsdatum: '2026-01-01', WzdEinddatum: '2026-12-31' }), ctx('IO31'))).toEqual([]);
    expect(CD070.check(wzd({ WzdVerklaring: '9' }), ctx('ZK33'))).toEqual([]);
  });
});
