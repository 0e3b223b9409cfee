import type { Rule } from '../rule.js';
import { at, has, norm, records, valueIn, withDetail } from './levering-util.js';

/** GeleverdZorgzwaartepakket/Leveringsstatus must be 4 (In zorg). */
export const CS062: Rule = {
  id: 'CS062',
  kinds: ['AW35', 'ZK35'],
  meaning: '4 (In zorg) vullen',
  check(message) {
    return records(message, 'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket').flatMap((z) =>
      has(z.node, 'Leveringsstatus') && !valueIn(z.node, 'Leveringsstatus', ['4'])
        ? withDetail(at(z, 'Leveringsstatus'), `Leveringsstatus ${norm(z.node, 'Leveringsstatus')}`)
        : [],
    );
  },
};
