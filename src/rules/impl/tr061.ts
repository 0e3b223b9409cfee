import type { Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { clients } from './client-util.js';

/**
 * A client's Contactgegevens have a Contact with Soort 01 (BRP-adres) or 03 (verblijfadres);
 * otherwise every Contact is reported. ZK31 is not in the stylesheet's scope.
 */
export const TR061: Rule = {
  id: 'TR061',
  kinds: ['IO31', 'AW33', 'ZK33'],
  meaning: "Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' (BRP-adres) of '03' (Verblijfadres) heeft.",
  check(message) {
    return clients(message).flatMap((c) =>
      select(c, 'Contactgegevens').flatMap((gegevens) => {
        const list = select(gegevens, 'Contact');
        if (list.some((contact) => ['01', '03'].includes(text(contact.node, 'Soort') ?? ''))) return [];
        return list.map((contact) => ({ path: contact.path, detail: `Soort ${text(contact.node, 'Soort') ?? '(leeg)'}` }));
      }),
    );
  },
};
