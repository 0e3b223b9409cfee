import type { Rule } from '../rule.js';
import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, text, textAt } from '../walk.js';
import { filled, findings, named, norm } from './client-util.js';

/**
 * An Adres with LandCode NL has a Huis/Huisnummer. Reported at the LandCode (and at a blank
 * Huisnummer, which the XSD does not allow). Every message XSL includes the rule; only IO31,
 * AW33, ZK31 and ZK33 carry an Adres.
 */
export const CD025: Rule = {
  id: 'CD025',
  kinds: HEEN_KINDS,
  meaning: 'Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen.',
  check(message) {
    return named(message, 'Adres').flatMap((adres) => {
      if (norm(text(adres.node, 'LandCode')) !== 'NL') return [];
      const huisnummer = textAt(adres.node, 'Huis/Huisnummer');
      if (filled(huisnummer)) return [];
      return findings([[`${leaf(adres, 'Huis')}/Huisnummer`, huisnummer !== undefined], leaf(adres, 'LandCode')], 'LandCode NL zonder Huisnummer');
    });
  },
};
