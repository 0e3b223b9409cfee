import { recordRule } from '../record-rule.js';
import { leaf, text, textAt } from '../walk.js';
import { filled, findings, relaties, xpathNumber } from './client-util.js';
import { afgifteNa20070301 } from './tr004.js';

/**
 * With an Indicatie issued after 1 March 2007, the partner Relatie (Soort 12) has an Adres with
 * Huisnummer and Postcode; reported at its Soort, the Huisnummer and Postcode present, and the
 * Afgiftedatum.
 */
export const TR005 = recordRule({
  id: 'TR005',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning:
    'Als Afgiftedatum in de Indicatie groter is dan 1 maart 2007 en Soort van de Relatie de waarde 12 (partner) heeft, dan moeten in het Adres Huisnummer en Postcode gevuld zijn.',
  on: ['Client'], // Clienten/Client, or the Client of ZK31 (Client is nowhere else)
  visit(c, _message, _ctx, out) {
    const afgiftedatum = textAt(c.node, 'Indicatie/Afgiftedatum');
    if (!afgifteNa20070301(afgiftedatum)) return;
    for (const r of relaties(c)) {
      if (xpathNumber(text(r.node, 'Soort')) !== 12) continue;
      const huisnummer = textAt(r.node, 'Contact/Adres/Huis/Huisnummer');
      const postcode = textAt(r.node, 'Contact/Adres/Postcode');
      if (filled(huisnummer) && filled(postcode)) continue;
      const adres = `${leaf(r, 'Contact')}/Adres`;
      out.push(
        ...findings(
          [
            leaf(r, 'Soort'),
            [`${adres}/Huis/Huisnummer`, huisnummer !== undefined],
            [`${adres}/Postcode`, postcode !== undefined],
            `${leaf(c, 'Indicatie')}/Afgiftedatum`,
          ],
          `partneradres: Huisnummer ${huisnummer ?? '(leeg)'}, Postcode ${postcode ?? '(leeg)'}`,
        ),
      );
    }
  },
});
