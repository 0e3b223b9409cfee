import type { Rule } from '../rule.js';
import { type At, kids, select } from '../walk.js';
import { clients, findingsAt, indicaties, notBefore } from './indicatie-util.js';

/** WzdEinddatum ≥ WzdIngangsdatum (full client block); AW317 WachtlijstZorgzwaartepakket Begindatum ≥ Ingangsdatum. */
export const CS092: Rule = {
  id: 'CS092',
  kinds: ['IO31', 'AW33', 'AW317', 'ZK31', 'ZK33'],
  meaning: 'Vullen met een datum die groter is dan, of gelijk is aan de Ingangsdatum.',
  check(message) {
    const wzd: At[] = clients(message).flatMap((c) => kids(c, 'Wzd'));
    const wachtlijst = indicaties(message).flatMap((ind) => select(ind, 'WachtlijstZorgzwaartepakketten/WachtlijstZorgzwaartepakket'));
    return [
      ...wzd.flatMap((w) => findingsAt(notBefore({ at: w, name: 'WzdEinddatum' }, { at: w, name: 'WzdIngangsdatum' }))),
      ...wachtlijst.flatMap((w) => findingsAt(notBefore({ at: w, name: 'Begindatum' }, { at: w, name: 'Ingangsdatum' }))),
    ];
  },
};
