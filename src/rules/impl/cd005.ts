import { HEEN_KINDS } from '../../messages/catalog.js';
import { leaf, text } from '../walk.js';
import { filled, findings } from './client-util.js';
import { recordRule } from '../record-rule.js';

/**
 * An Adres (basisschema CDT_Adres) has a LandCode exactly when it has a Postcode. The stylesheet
 * checks the basisschema Postcode/LandCode only, so AW317's own Client/Postcode is not concerned.
 * Every message XSL includes the rule; only IO31, AW33, ZK31 and ZK33 carry an Adres.
 */
export const CD005 = recordRule({
  id: 'CD005',
  kinds: HEEN_KINDS,
  meaning: 'Als Postcode gevuld is, dan verplicht vullen, anders leeg laten.',
  on: ['Adres'],
  visit(adres, _message, _ctx, out) {
    const postcode = text(adres.node, 'Postcode');
    const landCode = text(adres.node, 'LandCode');
    if (filled(postcode) === filled(landCode)) return;
    const detail = `Postcode ${postcode ?? '(leeg)'}, LandCode ${landCode ?? '(leeg)'}`;
    out.push(...findings([[leaf(adres, 'Postcode'), postcode !== undefined], [leaf(adres, 'LandCode'), landCode !== undefined]], detail));
  },
});
