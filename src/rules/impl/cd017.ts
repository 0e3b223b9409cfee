import type { Rule } from '../rule.js';
import { leaf, text, textAt } from '../walk.js';
import { clients, filled, findings, norm, relaties } from './client-util.js';

/** The partner Relatie (Soort 12) has a Geboortedatum; reported at its Soort. */
export const CD017: Rule = {
  id: 'CD017',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als Soort relatie de waarde 12 (partner) heeft, dan verplicht vullen.',
  check(message) {
    return clients(message).flatMap(relaties).flatMap((relatie) => {
      if (norm(text(relatie.node, 'Soort')) !== '12') return [];
      const datum = textAt(relatie.node, 'Geboortedatum/Datum');
      if (filled(datum)) return [];
      return findings([leaf(relatie, 'Soort'), [`${leaf(relatie, 'Geboortedatum')}/Datum`, datum !== undefined]], 'partner zonder Geboortedatum');
    });
  },
};
