import type { Rule } from '../rule.js';
import { select, text } from '../walk.js';
import { clients } from './toewijzing-util.js';

export const TR082: Rule = {
  id: 'TR082',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning:
    'Indien FunctieCode de waarde 91 (ADL) bevat, dan moet Soort in de ToegewezenFunctie de waarde 1 (Regulier) bevatten en moet Toegewezen FunctieCode gelijk zijn aan Geindiceerde FunctieCode.',
  check(message) {
    return clients(message).flatMap((c) =>
      select(c, 'Indicatie').flatMap((ind) => {
        const indicated91 = select(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie').some((g) => text(g.node, 'FunctieCode') === '91');
        return select(ind, 'ToegewezenFuncties/ToegewezenFunctie').flatMap((tf) => {
          if (text(tf.node, 'FunctieCode') !== '91') return [];
          const soort = text(tf.node, 'Soort');
          if (soort === '1') return indicated91 ? [] : [{ path: tf.path, detail: 'geen GeindiceerdeFunctie 91' }];
          return soort !== undefined ? [{ path: tf.path, detail: `Soort ${soort}` }] : [];
        });
      }),
    );
  },
};
