import type { Finding, Rule } from '../rule.js';
import { type At, kids, select, text } from '../walk.js';
import { clients } from './toewijzing-util.js';

export const TR082: Rule = {
  id: 'TR082',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning:
    'Indien FunctieCode de waarde 91 (ADL) bevat, dan moet Soort in de ToegewezenFunctie de waarde 1 (Regulier) bevatten en moet Toegewezen FunctieCode gelijk zijn aan Geindiceerde FunctieCode.',
  check(message) {
    const out: Finding[] = [];
    for (const c of clients(message))
      for (const ind of kids(c, 'Indicatie'))
        for (const tf of select(ind, 'ToegewezenFuncties/ToegewezenFunctie')) {
          if (text(tf.node, 'FunctieCode') !== '91') continue;
          const soort = text(tf.node, 'Soort');
          if (soort === '1') {
            if (!indicated91(ind)) out.push({ path: tf.path, detail: 'geen GeindiceerdeFunctie 91' });
          } else if (soort !== undefined) out.push({ path: tf.path, detail: `Soort ${soort}` });
        }
    return out;
  },
};

/** Whether the Indicatie has a GeindiceerdeFunctie with FunctieCode 91. */
function indicated91(ind: At): boolean {
  for (const g of select(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie')) if (text(g.node, 'FunctieCode') === '91') return true;
  return false;
}
