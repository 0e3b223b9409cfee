import type { Rule } from '../rule.js';
import { leaf } from '../walk.js';
import { leveringenOf } from './stateful-util.js';

/**
 * AW39/ZK39 (MutatieFunctie, MutatieZorgzwaartepakket): Mutatiedatum ≤ the Einddatum of the
 * toewijzing the record refers to (History.toewijzing, key as TR019); an open toewijzing or an
 * unknown one (TR019's) passes. Deletes (StatusAanlevering 3) are not checked. Reported at
 * Mutatiedatum.
 */
export const TR020: Rule = {
  id: 'TR020',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Mutatiedatum per geleverde zorgeenheid mag niet voorbij de Einddatum van de bijbehorende toewijzing liggen.',
  needs: 'history',
  check(message, ctx) {
    const history = ctx.history;
    if (!history) return [];
    return leveringenOf(ctx.kind, message).flatMap((l) => {
      if (l.status === '3' || !l.toewijzing || l.mutatiedatum === undefined) return [];
      const einde = history.toewijzing(l.toewijzing)?.einddatum;
      return einde !== undefined && l.mutatiedatum > einde
        ? [{ path: leaf(l.at, 'Mutatiedatum'), detail: `Mutatiedatum ${l.mutatiedatum} na Einddatum toewijzing ${einde}` }]
        : [];
    });
  },
};
