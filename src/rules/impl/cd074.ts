import type { Rule } from '../rule.js';
import { at, norm, records, valueIn, withDetail } from './levering-util.js';

/**
 * Aanvraag: Verantwoord and Doelmatig are each filled exactly when Leveringsvorm is 7 (MPT) or
 * 8 (DTV); each is reported on its own, at Leveringsvorm and the element (when present).
 */
export const CD074: Rule = {
  id: 'CD074',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Als leveringsvorm de waarde 7 (MPT) of 8 (DTV) heeft, dan verplicht vullen, anders leeg laten.',
  check(message) {
    return records(message, 'Aanvragen/Aanvraag').flatMap((a) => {
      const needed = valueIn(a.node, 'Leveringsvorm', ['7', '8']);
      return ['Verantwoord', 'Doelmatig'].flatMap((name) => {
        const filled = norm(a.node, name) !== '';
        if (filled === needed) return [];
        const detail = `Leveringsvorm ${norm(a.node, 'Leveringsvorm')} ${filled ? 'met' : 'zonder'} ${name}`;
        return withDetail(at(a, 'Leveringsvorm', name), detail);
      });
    });
  },
};
