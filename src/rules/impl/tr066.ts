import type { Rule } from '../rule.js';
import { at, norm, records, valueIn, withDetail } from './levering-util.js';

/**
 * MutatieFunctie/MutatieZorgzwaartepakket: Begindatum filled for Mutatiecode 17, 19 and 20,
 * empty for 12, 18 and 21; reported at Mutatiecode and Begindatum (when present).
 */
export const TR066: Rule = {
  id: 'TR066',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Het vullen van Begindatum is afhankelijk van Mutatiecode.',
  check(message) {
    const recs = ['MutatieFuncties/MutatieFunctie', 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket'].flatMap((p) => records(message, p));
    return recs.flatMap((r) => {
      const code = norm(r.node, 'Mutatiecode');
      const filled = norm(r.node, 'Begindatum') !== '';
      if (valueIn(r.node, 'Mutatiecode', ['17', '19', '20']) && !filled)
        return withDetail(at(r, 'Mutatiecode', 'Begindatum'), `Mutatiecode ${code} zonder Begindatum`);
      if (valueIn(r.node, 'Mutatiecode', ['12', '18', '21']) && filled)
        return withDetail(at(r, 'Mutatiecode', 'Begindatum'), `Mutatiecode ${code} met Begindatum`);
      return [];
    });
  },
};
