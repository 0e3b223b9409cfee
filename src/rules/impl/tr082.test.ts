import { describe, expect, it } from 'vitest';
import { TR082 } from './tr082.js';
import { ctx, message } from '../test-kit.js';

const m = (geindiceerd: string[], toegewezen: { FunctieCode: string; Soort: string }[]) =>
  message({
    Clienten: {
      Client: [
        {
          Indicatie: {
            GeindiceerdeFuncties: { GeindiceerdeFunctie: geindiceerd.map((FunctieCode) => ({ FunctieCode })) },
            ToegewezenFuncties: { ToegewezenFunctie: toegewezen },
          },
        },
      ],
    },
  });
const P = '/Bericht/Clienten/Client/Indicatie/ToegewezenFuncties/ToegewezenFunctie';

describe('TR082 FunctieCode 91 needs Soort 1 and an indicated 91', () => {
  it('reports a 91 with another Soort', () => {
    expect(TR082.check(m(['91'], [{ FunctieCode: '91', Soort: '3' }]), ctx('AW33')).map((f) => f.path)).toEqual([P]);
  });

  it('reports a regular 91 without an indicated 91', () => {
    expect(TR082.check(m(['21'], [{ FunctieCode: '21', Soort: '1' }, { FunctieCode: '91', Soort: '1' }]), ctx('ZK33')).map((f) => f.path)).toEqual([`${P}[2]`]);
  });

  it('passes a regular 91 that is indicated and other functions', () => {
    expect(TR082.check(m(['91'], [{ FunctieCode: '91', Soort: '1' }, { FunctieCode: '21', Soort: '5' }]), ctx('AW33'))).toEqual([]);
  });
});
