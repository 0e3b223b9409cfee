import { recordRule } from '../record-rule.js';
import { type At, select, text } from '../walk.js';

const BRP_OF_VERBLIJF = ['01', '03'];
const brpOfVerblijf = (contact: At): boolean => BRP_OF_VERBLIJF.includes(text(contact.node, 'Soort') ?? '');

/**
 * A client's Contactgegevens have a Contact with Soort 01 (BRP-adres) or 03 (verblijfadres);
 * otherwise every Contact is reported. ZK31 is not in the stylesheet's scope.
 */
export const TR061 = recordRule({
  id: 'TR061',
  kinds: ['IO31', 'AW33', 'ZK33'],
  meaning: "Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' (BRP-adres) of '03' (Verblijfadres) heeft.",
  on: ['Client'], // Clienten/Client, or the Client of ZK31 (Client is nowhere else)
  visit(c, _message, _ctx, out) {
    for (const gegevens of select(c, 'Contactgegevens')) {
      const list = select(gegevens, 'Contact');
      if (list.some(brpOfVerblijf)) continue;
      for (const contact of list) out.push({ path: contact.path, detail: `Soort ${text(contact.node, 'Soort') ?? '(leeg)'}` });
    }
  },
});
