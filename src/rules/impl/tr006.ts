import type { Rule } from '../rule.js';
import type { XmlRecord } from '../../messages/model-types.js';
import { clients, contacts, has } from './client-util.js';

/**
 * A Contact (of the client or of a relatie) has a Telefoon, or an Adres with Huis and Postcode.
 * The stylesheet checks Huis and Postcode separately, each reported at the Contact: a Contact
 * without Telefoon, Huis and Postcode is reported twice.
 */
export const TR006: Rule = {
  id: 'TR006',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode bevatten.',
  check(message) {
    return clients(message)
      .flatMap(contacts)
      .flatMap((contact) => {
        if (has(contact.node, 'Telefoon')) return [];
        const adres = contact.node.Adres;
        const a: XmlRecord = adres !== undefined && typeof adres === 'object' && !Array.isArray(adres) ? adres : {};
        return (['Huis', 'Postcode'] as const)
          .filter((name) => !has(a, name))
          .map((name) => ({ path: contact.path, detail: `geen Telefoon en geen ${name}` }));
      });
  },
};
