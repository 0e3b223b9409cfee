import type { Rule } from '../rule.js';
import { select } from '../walk.js';
import { clients } from './levering-util.js';

/** An AW39/ZK39 Client has at least one MutatieFunctie, MutatieZorgzwaartepakket or Aanvraag; reported at the Client. */
export const TR040: Rule = {
  id: 'TR040',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Bij een Client in een AW39 komt in ieder geval één mutatie (MutatieFunctie of MutatieZorgzwaartepakket) of één Aanvraag voor.',
  check(message) {
    return clients(message).flatMap((c) =>
      ['MutatieFuncties/MutatieFunctie', 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket', 'Aanvragen/Aanvraag'].every((p) => select(c, p).length === 0)
        ? [{ path: c.path, detail: 'geen mutatie of aanvraag' }]
        : [],
    );
  },
};
