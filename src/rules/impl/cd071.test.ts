import { describe, expect, it } from 'vitest';
import { CD071 } from './cd071.js';
import { ctx, message } from '../test-kit.js';

const m = (zorg: Record<string, string>) => message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: [zorg] } }] } });
const at = (leaf: string) => `/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg/${leaf}`;
const paths = (zorg: Record<string, string>) => CD071.check(m(zorg), ctx('CA317')).map((f) => f.path);

describe('CD071 Klasse iff Verblijf/VPT started on or before 2019-12-31', () => {
  it('passes Klasse for Verblijf/VPT up to 2019 and no Klasse otherwise', () => {
    expect(paths({ Startdatum: '2019-12-31', Klasse: 'KE6', Leveringsvorm: '4' })).toEqual([]);
    expect(paths({ Startdatum: '2019-06-01', Klasse: 'KE5', Leveringsvorm: '5' })).toEqual([]);
    expect(paths({ Startdatum: '2019-06-01', Leveringsvorm: '7' })).toEqual([]);
    expect(paths({ Startdatum: '2020-01-01', Leveringsvorm: '4' })).toEqual([]);
  });

  it('reports a Klasse from 2020 on', () => {
    expect(paths({ Startdatum: '2020-01-01', Klasse: 'KE6', Leveringsvorm: '4' })).toEqual([at('Startdatum'), at('Klasse'), at('Leveringsvorm')]);
  });

  it('reports a missing Klasse for Verblijf before 2020 and a Klasse for MPT', () => {
    expect(paths({ Startdatum: '2019-06-01', Leveringsvorm: '4' })).toEqual([at('Startdatum'), at('Leveringsvorm')]);
    expect(paths({ Startdatum: '2019-06-01', Klasse: 'K1', Leveringsvorm: '7' })).toEqual([at('Startdatum'), at('Klasse'), at('Leveringsvorm')]);
  });
});
