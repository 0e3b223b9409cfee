import type { Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { clients, contacts, findings, has, norm } from './client-util.js';

/** A Contact (of the client or of a relatie) has a Periode only when its Soort is 04 (tijdelijk). */
export const CD009: Rule = {
  id: 'CD009',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan.',
  check(message) {
    return clients(message).flatMap(contacts).flatMap((contact) => {
      const soort = text(contact.node, 'Soort');
      if (!has(contact.node, 'Periode') || norm(soort) === '04') return [];
      return findings([[leaf(contact, 'Soort'), soort !== undefined], leaf(contact, 'Periode')], `Soort ${soort ?? '(leeg)'}`);
    });
  },
};
