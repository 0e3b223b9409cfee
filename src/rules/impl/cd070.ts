import { recordRule } from '../record-rule.js';
import { kids, leaf, text } from '../walk.js';
import { findings, has, norm } from './client-util.js';

const WZD_DATA = ['WzdIngangsdatum', 'WzdEinddatum'];

/**
 * A Wzd has WzdIngangsdatum, and separately WzdEinddatum, exactly when WzdVerklaring is 1: two
 * checks, each reported at WzdVerklaring and the date (when present).
 */
export const CD070 = recordRule({
  id: 'CD070',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als WzdVerklaring de waarde 1 (Opname op basis van artikel 21 is aan de orde) bevat, dan verplicht vullen, anders leeg laten.',
  on: ['Client'], // Clienten/Client, or the Client of ZK31 (Client is nowhere else)
  visit(c, _message, _ctx, out) {
    for (const wzd of kids(c, 'Wzd')) {
      const verklaring = text(wzd.node, 'WzdVerklaring');
      const artikel21 = norm(verklaring) === '1';
      for (const datum of WZD_DATA) {
        const present = has(wzd.node, datum);
        if (present === artikel21) continue;
        out.push(
          ...findings(
            [[leaf(wzd, 'WzdVerklaring'), verklaring !== undefined], [leaf(wzd, datum), present]],
            `WzdVerklaring ${verklaring ?? '(leeg)'}, ${datum} ${present ? 'gevuld' : 'leeg'}`,
          ),
        );
      }
    }
  },
});
