import type { Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { findings, has, norm, oneOf, recordsWith } from './client-util.js';

/**
 * A Naam (any element with Partnernaam or NaamGebruik: the client's and a relatie's VolledigeNaam)
 * with a Partnernaam has NaamGebruik 1–4 (reported at Partnernaam and NaamGebruik); without one,
 * NaamGebruik 1 (reported at the Naam and NaamGebruik).
 * Kinds: the message XSLs that include the rule (IO31, AW33, ZK33, and inert AW39, AW317, ZK39)
 * plus ZK31, where the official all_merged.xsl applies it too (its match is namespace-free).
 */
export const CS050: Rule = {
  id: 'CS050',
  kinds: ['IO31', 'AW33', 'AW39', 'AW317', 'ZK31', 'ZK33', 'ZK39'],
  meaning: 'Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders waarde 1 vullen.',
  check(message) {
    return recordsWith(message, (n) => n.Partnernaam !== undefined || n.NaamGebruik !== undefined).flatMap((naam) => {
      const gebruik = text(naam.node, 'NaamGebruik');
      const gebruikAt: [string, boolean] = [leaf(naam, 'NaamGebruik'), gebruik !== undefined];
      const detail = `NaamGebruik ${gebruik ?? '(leeg)'}`;
      if (has(naam.node, 'Partnernaam')) {
        return oneOf(gebruik, ['1', '2', '3', '4']) ? [] : findings([leaf(naam, 'Partnernaam'), gebruikAt], `${detail} bij Partnernaam`);
      }
      return norm(gebruik) === '1' ? [] : findings([naam.path, gebruikAt], `${detail} zonder Partnernaam`);
    });
  },
};
