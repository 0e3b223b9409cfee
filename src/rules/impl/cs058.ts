import type { Rule } from '../rule.js';
import { at, has, norm, records, valueIn, withDetail } from './levering-util.js';

/** The StatusAanlevering of a MAZ or MUT record is 1 or 3 (2 and 9 are not allowed). */
export const CS058: Rule = {
  id: 'CS058',
  kinds: ['AW35', 'AW39', 'ZK35', 'ZK39'],
  meaning: '1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen.',
  check(message) {
    const recs = [
      'GeleverdeFuncties/GeleverdeFunctie',
      'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket',
      'MutatieFuncties/MutatieFunctie',
      'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket',
    ].flatMap((p) => records(message, p));
    return recs.flatMap((r) =>
      has(r.node, 'StatusAanlevering') && !valueIn(r.node, 'StatusAanlevering', ['1', '3'])
        ? withDetail(at(r, 'StatusAanlevering'), `StatusAanlevering ${norm(r.node, 'StatusAanlevering')}`)
        : [],
    );
  },
};
