import type { Rule } from '../rule.js';
import { at, has, norm, records, valueIn, withDetail } from './levering-util.js';

/**
 * MutatieFunctie/MutatieZorgzwaartepakket: InstellingBestemming is present exactly when
 * Mutatiecode is 17 (overplaatsing) or 21 (overdracht); reported at Mutatiecode and
 * InstellingBestemming (when present).
 */
export const CD020: Rule = {
  id: 'CD020',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Als Mutatiecode de waarde 17 (overplaatsing) of 21 (overdracht) heeft, dan verplicht vullen, anders leeg laten.',
  check(message) {
    const recs = ['MutatieFuncties/MutatieFunctie', 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket'].flatMap((p) => records(message, p));
    return recs.flatMap((r) => {
      const needed = valueIn(r.node, 'Mutatiecode', ['17', '21']);
      const present = has(r.node, 'InstellingBestemming');
      if (needed === present) return [];
      const detail = `Mutatiecode ${norm(r.node, 'Mutatiecode')} ${present ? 'met' : 'zonder'} InstellingBestemming`;
      return withDetail(at(r, 'Mutatiecode', 'InstellingBestemming'), detail);
    });
  },
};
