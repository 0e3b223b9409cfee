import { describe, expect, it } from 'vitest';
import { CD007 } from './cd007.js';
import { ctx, message } from '../test-kit.js';

const communicatie = (Communicatie: Record<string, string>) => message({ Clienten: { Client: [{ Communicatie }] } });
const at = '/Bericht/Clienten/Client/Communicatie';

describe('CD007 Taal iff Vorm 1', () => {
  it('reports Vorm 1 without Taal at Vorm, and a Taal with another Vorm at both', () => {
    expect(CD007.check(communicatie({ Vorm: '1' }), ctx('IO31')).map((f) => f.path)).toEqual([`${at}/Vorm`]);
    expect(CD007.check(communicatie({ Vorm: '2', Taal: 'nl' }), ctx('IO31')).map((f) => f.path)).toEqual([`${at}/Vorm`, `${at}/Taal`]);
  });

  it('passes Vorm 1 with Taal and Vorm 2 without', () => {
    expect(CD007.check(communicatie({ Vorm: '1', Taal: 'tr' }), ctx('IO31'))).toEqual([]);
    expect(CD007.check(communicatie({ Vorm: '3' }), ctx('ZK33'))).toEqual([]);
  });
});
