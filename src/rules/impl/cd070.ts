import type { Rule } from '../rule.js';
import { kids, leaf, text } from '../walk.js';
import { clients, findings, has, norm } from './client-util.js';

/**
 * A Wzd has WzdIngangsdatum, and separately WzdEinddatum, exactly when WzdVerklaring is 1: two
 * checks, each reported at WzdVerklaring and the date (when present).
 */
export const CD070: Rule = {
  id: 'CD070',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als WzdVerklaring de waarde 1 (Opname op basis van artikel 21 is aan de orde) bevat, dan verplicht vullen, anders leeg laten.',
  check(message) {
    return clients(message)
      .flatMap((c) => kids(c, 'Wzd'))
      .flatMap((wzd) => {
        const verklaring = text(wzd.node, 'WzdVerklaring');
        const artikel21 = norm(verklaring) === '1';
        return ['WzdIngangsdatum', 'WzdEinddatum'].flatMap((datum) => {
          const present = has(wzd.node, datum);
          if (present === artikel21) return [];
          return findings(
            [[leaf(wzd, 'WzdVerklaring'), verklaring !== undefined], [leaf(wzd, datum), present]],
            `WzdVerklaring ${verklaring ?? '(leeg)'}, ${datum} ${present ? 'gevuld' : 'leeg'}`,
          );
        });
      });
  },
};
