import type { Rule } from '../rule.js';
import { select } from '../walk.js';
import { clients } from './levering-util.js';

/** An AW35/ZK35 Client has at least one GeleverdeFunctie or GeleverdZorgzwaartepakket; reported at the Client. */
export const TR039: Rule = {
  id: 'TR039',
  kinds: ['AW35', 'ZK35'],
  meaning: 'Bij een Client in een AW35 komt in ieder geval één geleverde zorgeenheid (GeleverdeFunctie of GeleverdZorgzwaartepakket) voor.',
  check(message) {
    return clients(message).flatMap((c) =>
      select(c, 'GeleverdeFuncties/GeleverdeFunctie').length === 0 && select(c, 'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket').length === 0
        ? [{ path: c.path, detail: 'geen geleverde zorgeenheid' }]
        : [],
    );
  },
};
