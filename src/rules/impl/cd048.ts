import type { Rule } from '../rule.js';
import { kids, leaf } from '../walk.js';
import { has, norm, records } from './levering-util.js';

/**
 * Aanvraag/BijzondereSituatie: ToeslagOverig is filled exactly when ExtraKostenThuis and
 * ToeslagBeademing are both empty. Missing: reported at BijzondereSituatie (and an empty
 * ToeslagOverig); not allowed: reported at ToeslagOverig.
 */
export const CD048: Rule = {
  id: 'CD048',
  kinds: ['AW39', 'ZK39'],
  meaning: 'Als ExtraKostenThuis en ToeslagBeademing niet gevuld zijn, dan verplicht vullen, anders leeg laten.',
  check(message) {
    return records(message, 'Aanvragen/Aanvraag')
      .flatMap((a) => kids(a, 'BijzondereSituatie'))
      .flatMap((b) => {
        const overig = norm(b.node, 'ToeslagOverig');
        const others = norm(b.node, 'ExtraKostenThuis') + norm(b.node, 'ToeslagBeademing');
        if (others === '') {
          if (overig !== '') return [];
          const out = [{ path: b.path, detail: 'ToeslagOverig ontbreekt' }];
          if (has(b.node, 'ToeslagOverig')) out.push({ path: leaf(b, 'ToeslagOverig'), detail: 'ToeslagOverig ontbreekt' });
          return out;
        }
        return overig === '' ? [] : [{ path: leaf(b, 'ToeslagOverig'), detail: `ToeslagOverig ${overig} naast ExtraKostenThuis of ToeslagBeademing` }];
      });
  },
};
