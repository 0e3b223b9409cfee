import { describe, expect, it } from 'vitest';
import { CD040 } from './cd040.js';
import { ctx, message } from '../test-kit.js';

const zzp = (recs: Record<string, string>[]) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: recs } } }] } });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket';

describe('CD040 PGB leaves Instelling (and ToewijzingPercentage) empty', () => {
  it('AW33: PGB with Instelling and percentage is reported for each', () => {
    const found = CD040.check(zzp([{ Instelling: '07301234', ToewijzingPercentage: '10000', Leveringsvorm: '2' }]), ctx('AW33')).map((f) => f.path);
    expect(found.sort()).toEqual([`${P}/Instelling`, `${P}/Leveringsvorm`, `${P}/Leveringsvorm`, `${P}/ToewijzingPercentage`]);
  });

  it('AW33: non-PGB without Instelling or percentage is reported at Leveringsvorm', () => {
    expect(CD040.check(zzp([{ Leveringsvorm: '4' }]), ctx('AW33')).map((f) => f.path)).toEqual([`${P}/Leveringsvorm`, `${P}/Leveringsvorm`]);
  });

  it('ZK33/ZK31 check only Instelling', () => {
    expect(CD040.check(zzp([{ ToewijzingPercentage: '7525', Leveringsvorm: '2' }]), ctx('ZK33'))).toEqual([]);
    expect(CD040.check(zzp([{ ToewijzingPercentage: '10000', Leveringsvorm: '5' }]), ctx('ZK33')).map((f) => f.path)).toEqual([`${P}/Leveringsvorm`]);
  });

  it('passes correct toewijzingen', () => {
    expect(CD040.check(zzp([{ Leveringsvorm: '2' }, { Instelling: '07301234', ToewijzingPercentage: '10000', Leveringsvorm: '7' }]), ctx('AW33'))).toEqual([]);
  });

  it('AW39: the AanvraagInstelling percentage against the Aanvraag Leveringsvorm', () => {
    const m = message({
      Clienten: { Client: [{ Aanvragen: { Aanvraag: [{ Leveringsvorm: '4', AanvraagInstellingen: { AanvraagInstelling: [{ ToewijzingPercentage: '10000' }, {}] } }] } }] },
    });
    expect(CD040.check(m, ctx('AW39')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/Aanvragen/Aanvraag/Leveringsvorm']);
  });

  it('AW317: the Wachtlijst Instelling', () => {
    const m = message({
      Clienten: { Client: [{ Indicaties: { Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: [{ Instelling: '07301234', Leveringsvorm: '2' }] } }] } }] },
    });
    expect(CD040.check(m, ctx('AW317'))).toHaveLength(2);
  });
});
