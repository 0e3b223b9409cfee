import { recordRule } from '../record-rule.js';
import type { XmlRecord } from '../../messages/model-types.js';
import { has } from './client-util.js';

/**
 * A Contact (of the client or of a relatie) has a Telefoon, or an Adres with Huis and Postcode.
 * The stylesheet checks Huis and Postcode separately, each reported at the Contact: a Contact
 * without Telefoon, Huis and Postcode is reported twice.
 */
export const TR006 = recordRule({
  id: 'TR006',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode bevatten.',
  // every Contact of the client and of its relaties (in these kinds Contact is nowhere else)
  on: ['Contact'],
  visit(contact, _message, _ctx, out) {
    if (has(contact.node, 'Telefoon')) return;
    const adres = contact.node.Adres;
    const a: XmlRecord | undefined = adres !== undefined && typeof adres === 'object' && !Array.isArray(adres) ? adres : undefined;
    if (!a || !has(a, 'Huis')) out.push({ path: contact.path, detail: 'geen Telefoon en geen Huis' });
    if (!a || !has(a, 'Postcode')) out.push({ path: contact.path, detail: 'geen Telefoon en geen Postcode' });
  },
});
