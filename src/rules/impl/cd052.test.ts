import { describe, expect, it } from 'vitest';
import { CD052 } from './cd052.js';
import { ctx, message } from '../test-kit.js';

const zzp = (rec: Record<string, string>) => message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [rec] } } }] } });
const aanvraag = (lv: string, opnames: (string | undefined)[]) =>
  message({
    Clienten: {
      Client: [
        { Aanvragen: { Aanvraag: [{ Leveringsvorm: lv, AanvraagInstellingen: { AanvraagInstelling: opnames.map((o) => (o === undefined ? {} : { Opname: o })) } }] } },
      ],
    },
  });
const A = '/Bericht/Clienten/Client/Aanvragen/Aanvraag';

describe('CD052 Opname iff Verblijf or DTV', () => {
  it('reports Verblijf/DTV without Opname and others with it', () => {
    expect(CD052.check(zzp({ Leveringsvorm: '4' }), ctx('AW33'))).toHaveLength(1);
    expect(CD052.check(zzp({ Leveringsvorm: '7', Opname: '2' }), ctx('ZK31'))).toHaveLength(2);
  });

  it('passes Verblijf/DTV with Opname and others without', () => {
    expect(CD052.check(zzp({ Leveringsvorm: '8', Opname: '1' }), ctx('AW33'))).toEqual([]);
    expect(CD052.check(zzp({ Leveringsvorm: '5' }), ctx('ZK33'))).toEqual([]);
  });

  it('AW39: the Opnames of all AanvraagInstellingen count together', () => {
    expect(CD052.check(aanvraag('4', [undefined, '2']), ctx('AW39'))).toEqual([]);
    expect(CD052.check(aanvraag('4', [undefined, undefined]), ctx('AW39')).map((f) => f.path)).toEqual([`${A}/Leveringsvorm`]);
    expect(CD052.check(aanvraag('7', ['1', '2']), ctx('ZK39')).map((f) => f.path)).toEqual([
      `${A}/Leveringsvorm`,
      `${A}/AanvraagInstellingen/AanvraagInstelling[1]/Opname`,
      `${A}/AanvraagInstellingen/AanvraagInstelling[2]/Opname`,
    ]);
  });

  it('AW317: the Wachtlijst Opname', () => {
    const m = message({
      Clienten: { Client: [{ Indicaties: { Indicatie: [{ WachtlijstZorgzwaartepakketten: { WachtlijstZorgzwaartepakket: [{ Leveringsvorm: '8' }] } }] } }] },
    });
    expect(CD052.check(m, ctx('AW317'))).toHaveLength(1);
  });
});
