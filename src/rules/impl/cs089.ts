import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, text } from '../walk.js';
import { findings, norm } from './client-util.js';
import { recordRule } from '../record-rule.js';

/** The stylesheet's pattern `1000ZZ` on the raw text: a digit 1–9, three digits, two letters. */
const NL_POSTCODE = /^[1-9][0-9]{3}[a-zA-Z]{2}$/;

/**
 * An Adres with LandCode NL has a Dutch postcode (absent counts as wrong). Every message XSL
 * includes the rule; only IO31, AW33, ZK31 and ZK33 carry an Adres (AW317's own Postcode is
 * CS118's).
 */
export const CS089 = recordRule({
  id: 'CS089',
  kinds: HEEN_KINDS,
  meaning: 'Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat van een Nederlandse postcode.',
  on: ['Adres'],
  visit(adres, _message, _ctx, out) {
    if (norm(text(adres.node, 'LandCode')) !== 'NL') return;
    const postcode = text(adres.node, 'Postcode');
    if (postcode !== undefined && NL_POSTCODE.test(postcode)) return;
    out.push(...findings([[leaf(adres, 'Postcode'), postcode !== undefined], leaf(adres, 'LandCode')], `Postcode ${postcode ?? '(leeg)'}`));
  },
});
