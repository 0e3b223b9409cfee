import { recordRule } from '../record-rule.js';
import { leaf, text } from '../walk.js';
import { findings, has, norm } from './client-util.js';

/** A Relatie other than the partner (Soort 12) has a Volgorde; reported at its Soort. */
export const CD016 = recordRule({
  id: 'CD016',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als Soort relatie een waarde ongelijk 12 (partner) heeft, dan verplicht vullen.',
  on: ['Relatie'], // every Relatie of the client (Relatie is nowhere else)
  visit(relatie, _message, _ctx, out) {
    const soort = text(relatie.node, 'Soort');
    if (norm(soort) === '12' || has(relatie.node, 'Volgorde')) return;
    out.push(...findings([[leaf(relatie, 'Soort'), soort !== undefined]], `Soort ${soort ?? '(leeg)'} zonder Volgorde`));
  },
});
