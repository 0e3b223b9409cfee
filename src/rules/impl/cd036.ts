import type { Rule } from '../rule.js';
import { text } from '../walk.js';
import { clients, oneOf, present } from './aw317-cak-zk31-util.js';

/** AW317: a Client's Postcode may only be present when its LandCode is NL. */
export const CD036: Rule = {
  id: 'CD036',
  kinds: ['AW317'],
  meaning: 'Alleen als LandCode de waarde NL (Nederland) heeft, is vullen toegestaan.',
  check(message) {
    return clients(message).flatMap((c) => {
      const postcode = text(c.node, 'Postcode');
      const landCode = text(c.node, 'LandCode');
      if (postcode === undefined || oneOf(landCode, ['NL'])) return [];
      const detail = `Postcode ${postcode}, LandCode ${landCode ?? '(leeg)'}`;
      return present(c, 'Postcode', 'LandCode').map((path) => ({ path, detail }));
    });
  },
};
