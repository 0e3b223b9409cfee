import type { Finding, Rule } from '../rule.js';
import { kids, select } from '../walk.js';
import { clients, indicaties, pushNotBefore } from './indicatie-util.js';

/** WzdEinddatum ≥ WzdIngangsdatum (full client block); AW317 WachtlijstZorgzwaartepakket Begindatum ≥ Ingangsdatum. */
export const CS092: Rule = {
  id: 'CS092',
  kinds: ['IO31', 'AW33', 'AW317', 'ZK31', 'ZK33'],
  meaning: 'Vullen met een datum die groter is dan, of gelijk is aan de Ingangsdatum.',
  check(message) {
    // every Wzd first, then every WachtlijstZorgzwaartepakket
    const out: Finding[] = [];
    for (const c of clients(message)) for (const w of kids(c, 'Wzd')) pushNotBefore(out, w, 'WzdEinddatum', 'WzdIngangsdatum');
    for (const ind of indicaties(message))
      for (const w of select(ind, 'WachtlijstZorgzwaartepakketten/WachtlijstZorgzwaartepakket')) pushNotBefore(out, w, 'Begindatum', 'Ingangsdatum');
    return out;
  },
};
