import type { Finding, Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { indicaties, periodsOverlap } from './indicatie-util.js';

/** Any two GeindiceerdeZorgzwaartepakketten of an Indicatie that overlap in time: reported at both. */
export const TR057: Rule = {
  id: 'TR057',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning:
    'Wanneer meer GeindiceerdeZorgzwaartepakketten aanwezig zijn bij een Indicatie, dan mogen de geldigheidsduren van deze zorgzwaartepakketten elkaar niet overlappen.',
  check(message) {
    const out: Finding[] = [];
    for (const ind of indicaties(message)) {
      const zzps = select(ind, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket');
      for (let i = 1; i < zzps.length; i++) {
        const later = zzps[i]!;
        for (let k = 0; k < i; k++) {
          const earlier = zzps[k]!;
          if (!periodsOverlap(later.node, earlier.node)) continue;
          const detail = `ZZP ${text(earlier.node, 'ZzpCode') ?? ''} en ${text(later.node, 'ZzpCode') ?? ''} overlappen`;
          out.push({ path: earlier.path, detail }, { path: later.path, detail });
        }
      }
    }
    return out;
  },
};
