import type { Finding, Rule } from '../rule.js';
import { type At, select, text } from '../walk.js';
import { indicaties, periodsOverlap } from './indicatie-util.js';

function code(u: At): string | undefined {
  return text(u.node, 'FunctieCode') ?? text(u.node, 'ZzpCode');
}

/**
 * Indicated units of the same list with the same FunctieCode or ZzpCode must not overlap in time;
 * every overlapping pair is reported at both units.
 */
export const TR035: Rule = {
  id: 'TR035',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning:
    'Wanneer eenzelfde zorgeenheid meer dan één keer is geindiceerd, mogen de geldigheidsduren behorend bij deze zorgeenheden elkaar niet overlappen.',
  check(message) {
    const out: Finding[] = [];
    for (const ind of indicaties(message)) {
      for (const list of [select(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie'), select(ind, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket')]) {
        list.forEach((later, i) => {
          for (const earlier of list.slice(0, i)) {
            const c = code(later);
            if (c === undefined || c !== code(earlier) || !periodsOverlap(later.node, earlier.node)) continue;
            const detail = `zorgeenheid ${c} overlapt`;
            out.push({ path: earlier.path, detail }, { path: later.path, detail });
          }
        });
      }
    }
    return out;
  },
};
