import { recordRule } from '../record-rule.js';
import { kids, leaf, text } from '../walk.js';
import { filled, findings, oneOf } from './client-util.js';

const BRP_OR_VERBLIJF = ['01', '03'];

/**
 * The Adres of a Contact whose Soort is 01 (BRP-adres) or 03 (verblijfadres) has a Postcode;
 * reported at the Contact's Soort. A Contact without Adres is not concerned.
 */
export const CD034 = recordRule({
  id: 'CD034',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen.',
  // every Contact of the client and of its relaties (in these kinds Contact is nowhere else)
  on: ['Contact'],
  visit(contact, _message, _ctx, out) {
    const soort = text(contact.node, 'Soort');
    if (!oneOf(soort, BRP_OR_VERBLIJF)) return;
    for (const adres of kids(contact, 'Adres')) {
      const postcode = text(adres.node, 'Postcode');
      if (filled(postcode)) continue;
      out.push(...findings([leaf(contact, 'Soort'), [leaf(adres, 'Postcode'), postcode !== undefined]], `Soort ${soort ?? ''} zonder Postcode`));
    }
  },
});
