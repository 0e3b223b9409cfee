import { describe, expect, it } from 'vitest';
import { TR109 } from './tr109.js';
import { ctx, message } from '../test-kit.js';

const m = (overdracht: string, vorm: string) =>
  message({ Client: { Indicatie: { Overdrachtdatum: overdracht, ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Leveringsvorm: vorm }] } } } });

describe('TR109 PGB transfer on 1 January', () => {
  it('passes 1 January and non-PGB toewijzingen', () => {
    expect(TR109.check(m('2027-01-01', '2'), ctx('ZK31'))).toEqual([]);
    expect(TR109.check(m('2027-03-01', '4'), ctx('ZK31'))).toEqual([]);
  });

  it('reports another Overdrachtdatum at Leveringsvorm and Overdrachtdatum', () => {
    expect(TR109.check(m('2027-01-02', '2'), ctx('ZK31')).map((f) => f.path)).toEqual([
      '/Bericht/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket/Leveringsvorm',
      '/Bericht/Client/Indicatie/Overdrachtdatum',
    ]);
  });
});
