import type { Rule } from '../rule.js';
import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, text } from '../walk.js';
import { findings, named, norm } from './client-util.js';

/** The stylesheet's pattern `1000ZZ` on the raw text: a digit 1–9, three digits, two letters. */
const NL_POSTCODE = /^[1-9][0-9]{3}[a-zA-Z]{2}$/;

/**
 * An Adres with LandCode NL has a Dutch postcode (absent counts as wrong). Every message XSL
 * includes the rule; only IO31, AW33, ZK31 and ZK33 carry an Adres (AW317's own Postcode is
 * CS118's).
 */
export const CS089: Rule = {
  id: 'CS089',
  kinds: HEEN_KINDS,
  meaning: 'Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat van een Nederlandse postcode.',
  check(message) {
    return named(message, 'Adres').flatMap((adres) => {
      if (norm(text(adres.node, 'LandCode')) !== 'NL') return [];
      const postcode = text(adres.node, 'Postcode');
      if (postcode !== undefined && NL_POSTCODE.test(postcode)) return [];
      return findings([[leaf(adres, 'Postcode'), postcode !== undefined], leaf(adres, 'LandCode')], `Postcode ${postcode ?? '(leeg)'}`);
    });
  },
};
