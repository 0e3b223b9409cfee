import type { Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { clients, oneOf, relaties } from './client-util.js';

/** A Relatie's Soort is not 25 (wijkcoach). */
export const CS123: Rule = {
  id: 'CS123',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: '25 (Wijkcoach) niet vullen.',
  check(message) {
    return clients(message)
      .flatMap(relaties)
      .flatMap((r) => (oneOf(text(r.node, 'Soort'), ['25']) ? [{ path: leaf(r, 'Soort'), detail: 'Soort 25' }] : []));
  },
};
