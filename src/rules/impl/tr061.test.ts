import { describe, expect, it } from 'vitest';
import { TR061 } from './tr061.js';
import { ctx, message } from '../test-kit.js';

describe('TR061 a BRP or verblijf address', () => {
  it('reports every Contact of a client without Soort 01 or 03', () => {
    const m = message({ Clienten: { Client: [{ Contactgegevens: { Contact: [{ Soort: '02' }, { Soort: '04' }] } }, { Contactgegevens: { Contact: [{ Soort: '02' }, { Soort: '03' }] } }] } });
    expect(TR061.check(m, ctx('IO31')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[1]/Contactgegevens/Contact[1]', '/Bericht/Clienten/Client[1]/Contactgegevens/Contact[2]']);
  });

  it('is not applied to ZK31', () => {
    expect(TR061.kinds).not.toContain('ZK31');
  });
});
