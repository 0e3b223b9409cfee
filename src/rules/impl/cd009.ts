import { recordRule } from '../record-rule.js';
import { leaf, text } from '../walk.js';
import { findings, has, norm } from './client-util.js';

/** A Contact (of the client or of a relatie) has a Periode only when its Soort is 04 (tijdelijk). */
export const CD009 = recordRule({
  id: 'CD009',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan.',
  // every Contact of the client and of its relaties (in these kinds Contact is nowhere else)
  on: ['Contact'],
  visit(contact, _message, _ctx, out) {
    if (!has(contact.node, 'Periode')) return;
    const soort = text(contact.node, 'Soort');
    if (norm(soort) === '04') return;
    out.push(...findings([[leaf(contact, 'Soort'), soort !== undefined], leaf(contact, 'Periode')], `Soort ${soort ?? '(leeg)'}`));
  },
});
