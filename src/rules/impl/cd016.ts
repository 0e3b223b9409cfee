import type { Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { clients, findings, has, norm, relaties } from './client-util.js';

/** A Relatie other than the partner (Soort 12) has a Volgorde; reported at its Soort. */
export const CD016: Rule = {
  id: 'CD016',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als Soort relatie een waarde ongelijk 12 (partner) heeft, dan verplicht vullen.',
  check(message) {
    return clients(message).flatMap(relaties).flatMap((relatie) => {
      const soort = text(relatie.node, 'Soort');
      if (norm(soort) === '12' || has(relatie.node, 'Volgorde')) return [];
      return findings([[leaf(relatie, 'Soort'), soort !== undefined]], `Soort ${soort ?? '(leeg)'} zonder Volgorde`);
    });
  },
};
