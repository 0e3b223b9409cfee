import { recordRule } from '../record-rule.js';
import { leaf, text, textAt } from '../walk.js';
import { filled, findings, norm } from './client-util.js';

/** The partner Relatie (Soort 12) has a Geboortedatum; reported at its Soort. */
export const CD017 = recordRule({
  id: 'CD017',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als Soort relatie de waarde 12 (partner) heeft, dan verplicht vullen.',
  on: ['Relatie'], // every Relatie of the client (Relatie is nowhere else)
  visit(relatie, _message, _ctx, out) {
    if (norm(text(relatie.node, 'Soort')) !== '12') return;
    const datum = textAt(relatie.node, 'Geboortedatum/Datum');
    if (filled(datum)) return;
    out.push(...findings([leaf(relatie, 'Soort'), [`${leaf(relatie, 'Geboortedatum')}/Datum`, datum !== undefined]], 'partner zonder Geboortedatum'));
  },
});
