import { describe, expect, it } from 'vitest';
import { CD074 } from './cd074.js';
import { ctx, message } from '../test-kit.js';

const aanvraag = (a: Record<string, string>) => message({ Clienten: { Client: [{ Aanvragen: { Aanvraag: [a] } }] } });
const P = '/Bericht/Clienten/Client/Aanvragen/Aanvraag';

describe('CD074 Doelmatig and Verantwoord iff Leveringsvorm 7 or 8', () => {
  it('reports each missing one for MPT/DTV at Leveringsvorm', () => {
    expect(CD074.check(aanvraag({ Leveringsvorm: '7' }), ctx('AW39')).map((f) => f.path)).toEqual([`${P}/Leveringsvorm`, `${P}/Leveringsvorm`]);
  });
  it('reports one filled for Verblijf at Leveringsvorm and the element', () => {
    expect(CD074.check(aanvraag({ Leveringsvorm: '4', Doelmatig: '1' }), ctx('ZK39')).map((f) => f.path)).toEqual([`${P}/Leveringsvorm`, `${P}/Doelmatig`]);
  });
  it('passes the allowed combinations', () => {
    expect(CD074.check(aanvraag({ Leveringsvorm: '8', Doelmatig: '1', Verantwoord: '1' }), ctx('AW39'))).toEqual([]);
    expect(CD074.check(aanvraag({ Leveringsvorm: '5' }), ctx('AW39'))).toEqual([]);
  });
});
