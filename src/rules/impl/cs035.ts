import type { Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { clients, oneOf } from './client-util.js';

/** A client's BurgerlijkeStaat is not 3 (gescheiden) or 6 (gescheiden geregistreerd partner). */
export const CS035: Rule = {
  id: 'CS035',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: '3 (gescheiden) en 6 (gescheiden geregistreerd partner) niet vullen.',
  check(message) {
    return clients(message).flatMap((c) => {
      const staat = text(c.node, 'BurgerlijkeStaat');
      return oneOf(staat, ['3', '6']) ? [{ path: leaf(c, 'BurgerlijkeStaat'), detail: `BurgerlijkeStaat ${staat ?? ''}` }] : [];
    });
  },
};
