import type { Rule } from '../rule.js';
import { leaf, select } from '../walk.js';
import { clients, has, norm, valueIn } from './levering-util.js';

/**
 * A Client with an Aanvraag: the Mutatiecode of each of its MutatieZorgzwaartepakketten is 12,
 * 18 or 19; reported at the Mutatiecode and at every Aanvraag of the Client.
 */
export const TR041: Rule = {
  id: 'TR041',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Als een AanvraagZorgzwaartepakket in hetzelfde bericht gecombineerd wordt met een MutatieZorgzwaartepakket moet de Mutatiecode gelijk zijn aan 12, 18 of 19.',
  check(message) {
    return clients(message).flatMap((c) => {
      const aanvragen = select(c, 'Aanvragen/Aanvraag');
      if (aanvragen.length === 0) return [];
      return select(c, 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket').flatMap((z) =>
        has(z.node, 'Mutatiecode') && !valueIn(z.node, 'Mutatiecode', ['12', '18', '19'])
          ? [{ path: leaf(z, 'Mutatiecode'), detail: `Mutatiecode ${norm(z.node, 'Mutatiecode')} naast een Aanvraag` }, ...aanvragen.map((a) => ({ path: a.path }))]
          : [],
      );
    });
  },
};
