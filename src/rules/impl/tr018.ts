import type { Rule } from '../rule.js';
import { text } from '../walk.js';
import { at, dateNum, has, records, withDetail } from './levering-util.js';

/**
 * MutatieFunctie/MutatieZorgzwaartepakket with a Begindatum: Mutatiedatum ≥ Begindatum;
 * reported at Begindatum and Mutatiedatum.
 */
export const TR018: Rule = {
  id: 'TR018',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Indien Begindatum in een MutatieZorgzwaartepakket of MutatieFunctie gevuld is, moet Mutatiedatum groter dan of gelijk zijn aan deze Begindatum.',
  check(message) {
    const recs = ['MutatieFuncties/MutatieFunctie', 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket'].flatMap((p) => records(message, p));
    return recs.flatMap((r) => {
      const begin = text(r.node, 'Begindatum');
      if (!has(r.node, 'Begindatum') || begin === '') return [];
      const mutatie = text(r.node, 'Mutatiedatum');
      const wrong = !has(r.node, 'Mutatiedatum') || dateNum(begin) > dateNum(mutatie);
      return wrong ? withDetail(at(r, 'Begindatum', 'Mutatiedatum'), `Mutatiedatum ${mutatie ?? ''} voor Begindatum ${begin ?? ''}`) : [];
    });
  },
};
