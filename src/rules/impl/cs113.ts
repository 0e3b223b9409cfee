import type { Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { indicaties, inList } from './indicatie-util.js';

export const CS113: Rule = {
  id: 'CS113',
  kinds: ['IO31', 'ZK31'],
  meaning: '1 (CIZ indicatie) of 4 (Experimenten) vullen.',
  check(message) {
    return indicaties(message).flatMap((ind) => {
      const soort = text(ind.node, 'Soort');
      return soort !== undefined && !inList(soort, '1,4') ? [{ path: leaf(ind, 'Soort'), detail: `Soort ${soort}` }] : [];
    });
  },
};
