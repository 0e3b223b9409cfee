import type { Rule } from '../rule.js';
import { select } from '../walk.js';
import { clients } from './toewijzing-util.js';

export const TR037: Rule = {
  id: 'TR037',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning: 'Bij een Indicatie komt in ieder geval één zorgeenheid (GeindiceerdeFunctie of GeindiceerdZorgzwaartepakket) voor.',
  check(message) {
    return clients(message)
      .flatMap((c) => select(c, 'Indicatie'))
      .filter(
        (ind) =>
          select(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie').length === 0 &&
          select(ind, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket').length === 0,
      )
      .map((ind) => ({ path: ind.path }));
  },
};
