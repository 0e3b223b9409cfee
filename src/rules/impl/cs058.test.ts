import { describe, expect, it } from 'vitest';
import { CS058 } from './cs058.js';
import { ctx, message } from '../test-kit.js';

describe('CS058 StatusAanlevering 1 or 3', () => {
  it('reports 2 and 9 in MAZ records', () => {
    const m = message({
      Clienten: {
        Client: [
          {
            GeleverdeFuncties: { GeleverdeFunctie: [{ StatusAanlevering: '2' }] },
            GeleverdeZorgzwaartepakketten: { GeleverdZorgzwaartepakket: [{ StatusAanlevering: '1' }, { StatusAanlevering: '9' }] },
          },
        ],
      },
    });
    expect(CS058.check(m, ctx('AW35')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/GeleverdeFuncties/GeleverdeFunctie/StatusAanlevering',
      '/Bericht/Clienten/Client/GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket[2]/StatusAanlevering',
    ]);
  });
  it('reports MUT records and passes 1 and 3', () => {
    const m = message({
      Clienten: {
        Client: [
          { MutatieFuncties: { MutatieFunctie: [{ StatusAanlevering: '3' }] }, MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ StatusAanlevering: '2' }] } },
        ],
      },
    });
    expect(CS058.check(m, ctx('ZK39')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/StatusAanlevering']);
  });
});
