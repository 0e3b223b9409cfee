import type { Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { indicaties } from './indicatie-util.js';

/**
 * An Indicatie with a GeindiceerdeFunctie or a ZZP other than 999 needs Grondslagen; reported at
 * the first such unit in document order (AW317 has no functies).
 */
export const CD029: Rule = {
  id: 'CD029',
  kinds: ['IO31', 'AW33', 'AW317', 'ZK31', 'ZK33'],
  meaning:
    'Verplicht vullen, tenzij de Indicatie leeg is (negatief indicatiebesluit) of uitsluitend een Zorgzwaartepakket met Zzpcode 999 (ZZP0) bevat, dan is leeglaten toegestaan.',
  check(message) {
    return indicaties(message).flatMap((ind) => {
      const needing = [
        ...select(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie'),
        ...select(ind, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket').filter((z) => {
          const code = text(z.node, 'ZzpCode');
          return code !== undefined && code !== '999';
        }),
      ];
      const first = needing[0];
      if (!first || ind.node.Grondslagen !== undefined) return [];
      return [{ path: first.path, detail: 'Grondslagen ontbreekt' }];
    });
  },
};
