import { describe, expect, it } from 'vitest';
import { TR065 } from './tr065.js';
import { ctx, message } from '../test-kit.js';

describe('TR065 toewijzing Zorgkantoor equals the Afzender', () => {
  const m = message(
    {
      Client: {
        Indicatie: {
          ToegewezenFuncties: { ToegewezenFunctie: [{ Zorgkantoor: '5504' }] },
          ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Zorgkantoor: '5529' }, { Zorgkantoor: '5504' }] },
        },
      },
    },
    { Afzender: '5504' },
  );

  it('reports each Zorgkantoor that differs', () => {
    expect(TR065.check(m, ctx('ZK31')).map((f) => f.path)).toEqual(['/Bericht/Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket[1]/Zorgkantoor']);
  });

  it('passes when all match', () => {
    const ok = message({ Clienten: { Client: [{ Indicatie: { ToegewezenZorgzwaartepakketten: { ToegewezenZorgzwaartepakket: [{ Zorgkantoor: '5529' }] } } }] } }, { Afzender: '5529' });
    expect(TR065.check(ok, ctx('ZK33'))).toEqual([]);
  });
});
