import type { Rule } from '../rule.js';
import { leaf, select, text } from '../walk.js';
import { clients, findings, has, oneOf } from './client-util.js';

/**
 * A GeindiceerdeFunctie or ToegewezenFunctie has a Vervoer exactly when its FunctieCode is 64
 * (BH-GRP) or 82 (BG-GRP); reported at FunctieCode and Vervoer.
 */
export const CD022: Rule = {
  id: 'CD022',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: 'Als Functiecode de waarde 64 (BH-GRP) of 82 (BG-GRP) heeft, dan verplicht vullen, anders leeg laten.',
  check(message) {
    const functies = clients(message).flatMap((c) => [
      ...select(c, 'Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie'),
      ...select(c, 'Indicatie/ToegewezenFuncties/ToegewezenFunctie'),
    ]);
    return functies.flatMap((f) => {
      const code = text(f.node, 'FunctieCode');
      const vervoer = has(f.node, 'Vervoer');
      if (oneOf(code, ['64', '82']) === vervoer) return [];
      return findings([[leaf(f, 'FunctieCode'), code !== undefined], [leaf(f, 'Vervoer'), vervoer]], `FunctieCode ${code ?? '(leeg)'}, Vervoer ${vervoer ? 'gevuld' : 'leeg'}`);
    });
  },
};
