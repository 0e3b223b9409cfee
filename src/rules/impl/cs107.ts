import type { Rule } from '../rule.js';
import { leaf, select, text } from '../walk.js';
import { clients, oneOf } from './client-util.js';

/** The Vervoer of a GeindiceerdeFunctie or ToegewezenFunctie is 1 or 2 (not 9, onbekend). */
export const CS107: Rule = {
  id: 'CS107',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: '1 (vervoer nodig) of 2 (vervoer niet nodig) vullen.',
  check(message) {
    const functies = clients(message).flatMap((c) => [
      ...select(c, 'Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie'),
      ...select(c, 'Indicatie/ToegewezenFuncties/ToegewezenFunctie'),
    ]);
    return functies.flatMap((f) => {
      const vervoer = text(f.node, 'Vervoer');
      return vervoer !== undefined && !oneOf(vervoer, ['1', '2']) ? [{ path: leaf(f, 'Vervoer'), detail: `Vervoer ${vervoer}` }] : [];
    });
  },
};
