import type { Rule } from '../rule.js';
import { kids, leaf, text } from '../walk.js';
import { clients, contacts, filled, findings, oneOf } from './client-util.js';

/**
 * The Adres of a Contact whose Soort is 01 (BRP-adres) or 03 (verblijfadres) has a Postcode;
 * reported at the Contact's Soort. A Contact without Adres is not concerned.
 */
export const CD034: Rule = {
  id: 'CD034',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen.',
  check(message) {
    return clients(message).flatMap(contacts).flatMap((contact) => {
      const soort = text(contact.node, 'Soort');
      if (!oneOf(soort, ['01', '03'])) return [];
      return kids(contact, 'Adres').flatMap((adres) => {
        const postcode = text(adres.node, 'Postcode');
        if (filled(postcode)) return [];
        return findings([leaf(contact, 'Soort'), [leaf(adres, 'Postcode'), postcode !== undefined]], `Soort ${soort ?? ''} zonder Postcode`);
      });
    });
  },
};
