import type { Rule } from '../rule.js';
import { text } from '../walk.js';
import { clients, oneOf, present } from './aw317-cak-zk31-util.js';

/** AW317: with LandCode NL the Postcode is exactly the four digits of a Dutch postcode (1000–9999). */
export const CS118: Rule = {
  id: 'CS118',
  kinds: ['AW317'],
  meaning:
    'Als LandCode de waarde NL (Nederland) heeft, dan uitsluitend het numerieke deel (de 4 cijfers) van een Nederlandse postcode invullen.',
  check(message) {
    return clients(message).flatMap((c) => {
      const landCode = text(c.node, 'LandCode');
      const postcode = text(c.node, 'Postcode');
      // The stylesheet matches the unnormalised text against the pattern 1000: [1-9][0-9]{3}.
      if (!oneOf(landCode, ['NL']) || (postcode !== undefined && /^[1-9][0-9]{3}$/.test(postcode))) return [];
      const detail = `LandCode NL, Postcode ${postcode ?? '(leeg)'}`;
      return present(c, 'Postcode', 'LandCode').map((path) => ({ path, detail }));
    });
  },
};
