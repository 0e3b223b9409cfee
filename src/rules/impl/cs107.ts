import type { Finding, Rule } from '../rule.js';
import { type At, leaf, select, text } from '../walk.js';
import { clients, oneOf } from './client-util.js';

/** The Vervoer of a GeindiceerdeFunctie or ToegewezenFunctie is 1 or 2 (not 9, onbekend). */
export const CS107: Rule = {
  id: 'CS107',
  kinds: ['IO31', 'AW33', 'ZK31', 'ZK33'],
  meaning: '1 (vervoer nodig) of 2 (vervoer niet nodig) vullen.',
  check(message) {
    const out: Finding[] = [];
    for (const c of clients(message)) {
      checkAll(select(c, 'Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie'), out);
      checkAll(select(c, 'Indicatie/ToegewezenFuncties/ToegewezenFunctie'), out);
    }
    return out;
  },
};

const VERVOER = ['1', '2'];

function checkAll(functies: At[], out: Finding[]): void {
  for (const f of functies) {
    const vervoer = text(f.node, 'Vervoer');
    if (vervoer !== undefined && !oneOf(vervoer, VERVOER)) out.push({ path: leaf(f, 'Vervoer'), detail: `Vervoer ${vervoer}` });
  }
}
