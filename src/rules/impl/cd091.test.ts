import { describe, expect, it } from 'vitest';
import { CD091 } from './cd091.js';
import { ctx, message } from '../test-kit.js';

const m = (zorg: Record<string, string>[]) => message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: zorg } }] } });
const at = (i: number, leaf: string) => `/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg[${i}]/${leaf}`;

describe('CD091 Instelling iff Leveringsvorm 4, 5, 8 or 9', () => {
  it('passes Instelling for 4/5/8/9 and none for PGB/MPT', () => {
    const zorg = ['4', '5', '8', '9'].map((v) => ({ Instelling: '07301234', Leveringsvorm: v }));
    expect(CD091.check(m([...zorg, { Leveringsvorm: '2' }, { Leveringsvorm: '7' }]), ctx('CA317'))).toEqual([]);
  });

  it('reports a missing Instelling and an Instelling for MPT', () => {
    expect(CD091.check(m([{ Leveringsvorm: '9' }, { Instelling: '07301234', Leveringsvorm: '7' }]), ctx('CA317')).map((f) => f.path)).toEqual([
      at(1, 'Leveringsvorm'),
      at(2, 'Instelling'),
      at(2, 'Leveringsvorm'),
    ]);
  });
});
