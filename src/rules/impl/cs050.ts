import { leaf, text } from '../walk.js';
import { findings, has, norm, oneOf } from './client-util.js';
import { recordRule } from '../record-rule.js';

const WITH_PARTNERNAAM = ['1', '2', '3', '4'];

/**
 * A Naam (any element with Partnernaam or NaamGebruik: the client's and a relatie's VolledigeNaam)
 * with a Partnernaam has NaamGebruik 1–4 (reported at Partnernaam and NaamGebruik); without one,
 * NaamGebruik 1 (reported at the Naam and NaamGebruik).
 * Kinds: the message XSLs that include the rule (IO31, AW33, ZK33, and inert AW39, AW317, ZK39)
 * plus ZK31, where the official all_merged.xsl applies it too (its match is namespace-free).
 */
export const CS050 = recordRule({
  id: 'CS050',
  kinds: ['IO31', 'AW33', 'AW39', 'AW317', 'ZK31', 'ZK33', 'ZK39'],
  meaning: 'Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders waarde 1 vullen.',
  on: ['Naam'], // the only record with Partnernaam or NaamGebruik
  visit(naam, _message, _ctx, out) {
    if (naam.node.Partnernaam === undefined && naam.node.NaamGebruik === undefined) return;
    const gebruik = text(naam.node, 'NaamGebruik');
    if (has(naam.node, 'Partnernaam')) {
      if (!oneOf(gebruik, WITH_PARTNERNAAM)) out.push(...findings([leaf(naam, 'Partnernaam'), [leaf(naam, 'NaamGebruik'), gebruik !== undefined]], `NaamGebruik ${gebruik ?? '(leeg)'} bij Partnernaam`));
      return;
    }
    if (norm(gebruik) !== '1') out.push(...findings([naam.path, [leaf(naam, 'NaamGebruik'), gebruik !== undefined]], `NaamGebruik ${gebruik ?? '(leeg)'} zonder Partnernaam`));
  },
});
