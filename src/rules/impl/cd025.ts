import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, text, textAt } from '../walk.js';
import { filled, findings, norm } from './client-util.js';
import { recordRule } from '../record-rule.js';

/**
 * An Adres with LandCode NL has a Huis/Huisnummer. Reported at the LandCode (and at a blank
 * Huisnummer, which the XSD does not allow). Every message XSL includes the rule; only IO31,
 * AW33, ZK31 and ZK33 carry an Adres.
 */
export const CD025 = recordRule({
  id: 'CD025',
  kinds: HEEN_KINDS,
  meaning: 'Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen.',
  on: ['Adres'],
  visit(adres, _message, _ctx, out) {
    if (norm(text(adres.node, 'LandCode')) !== 'NL') return;
    const huisnummer = textAt(adres.node, 'Huis/Huisnummer');
    if (filled(huisnummer)) return;
    out.push(...findings([[`${leaf(adres, 'Huis')}/Huisnummer`, huisnummer !== undefined], leaf(adres, 'LandCode')], 'LandCode NL zonder Huisnummer'));
  },
});
